import type { Landmark, PartKind, ReportModel } from '../model.js';
import type { Rule, RuleFinding } from '../types.js';
import { msg, PART_NAMES } from './util.js';

/**
 * The order the skeleton always keeps (domain.md): salutation < opening < review (thanks <
 * problems) < plan (framing < 总体要求 < 预期目标 < tasks) < 自身建设 < closing < 名词解释.
 * Built-in: five reports can show the order but not which deviations are allowed.
 */
const RANK: Partial<Record<PartKind, number>> = {
  salutation: 1, opening: 2, review: 3, thanks: 4, problems: 5, plan: 6, framing: 7, requirements: 8,
  targets: 9, 'task-list': 10, tasks: 10, 'self-building': 12, closing: 13, glossary: 14,
};

/** Indices of a longest non-decreasing subsequence: the parts that are in order. */
function inOrder(ranks: number[]): Set<number> {
  const n = ranks.length;
  const len = new Array<number>(n).fill(1);
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (ranks[j]! <= ranks[i]! && len[j]! + 1 > len[i]!) {
        len[i] = len[j]! + 1;
        prev[i] = j;
      }
    }
  }
  let best = 0;
  for (let i = 1; i < n; i++) if (len[i]! >= len[best]!) best = i;
  const keep = new Set<number>();
  for (let i = n ? best : -1; i >= 0; i = prev[i]!) keep.add(i);
  return keep;
}

/** The skeleton parts that are out of order (not in the longest in-order subsequence). */
export function displacedParts(model: ReportModel): Landmark[] {
  const marks = model.landmarks.filter((l) => RANK[l.kind] !== undefined);
  const keep = inOrder(marks.map((l) => RANK[l.kind]!));
  return marks.filter((_, i) => !keep.has(i));
}

export const rule: Rule = {
  id: 'section-order',
  severity: 'warning',
  category: 'structure',
  fixable: false,
  description: msg('报告各部分顺序不符合惯例（如自身建设在工作安排之前、致谢出现在工作安排中）', 'A part of the report is out of its conventional order'),
  check({ model }) {
    const marks = model.landmarks.filter((l) => RANK[l.kind] !== undefined);
    const ranks = marks.map((l) => RANK[l.kind]!);
    const keep = inOrder(ranks);
    const findings: RuleFinding[] = [];
    marks.forEach((mark, i) => {
      if (keep.has(i)) return;
      // The part it should come before: the highest-ranked in-order part before it.
      let after: Landmark | undefined;
      marks.forEach((m, j) => {
        if (j < i && keep.has(j) && ranks[j]! > ranks[i]! && (!after || ranks[j]! >= RANK[after.kind]!)) after = m;
      });
      // Or, when it was moved up: the first in-order part after it that should precede it.
      const before = after ? undefined : marks.find((m, j) => j > i && keep.has(j) && ranks[j]! < ranks[i]!);
      findings.push(finding(mark, after, before));
    });
    for (const f of selfBuildingNotLast(model.landmarks, model)) findings.push(f);
    return findings;
  },
};

function finding(mark: Landmark, after: Landmark | undefined, before: Landmark | undefined): RuleFinding {
  const name = PART_NAMES[mark.kind];
  const other = after ?? before;
  if (!other) return { span: mark.span, message: msg(`“${name.zh}”的位置不符合报告惯例`, `"${name.en}" is out of the report's order`) };
  const o = PART_NAMES[other.kind];
  // Moved down: it comes after a part it should precede; moved up: before one it should follow.
  const [zhWhere, enWhere, zhShould, enShould] = after ? ['之后', 'after', '之前', 'before'] : ['之前', 'before', '之后', 'after'];
  return {
    span: mark.span,
    message: msg(`“${name.zh}”出现在“${o.zh}”${zhWhere}，位置不符合报告惯例`, `"${name.en}" comes ${enWhere} "${o.en}", out of the report's order`),
    related: [{ span: other.span, message: msg(`应在此“${o.zh}”${zhShould}`, `should come ${enShould} this ${o.en}`) }],
  };
}

/** 自身建设 written as a task of the plan must be its last task. */
function selfBuildingNotLast(landmarks: Landmark[], model: ReportModel): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const mark of landmarks) {
    if (mark.kind !== 'self-building' || mark.heading === undefined) continue;
    const h = model.headings[mark.heading]!;
    if (h.style !== 'cn-paren') continue;
    const sectionEnd = model.headings.find((o) => o.style === 'cn-comma' && o.span.start > h.span.start)?.span.start ?? model.body.end;
    const next = model.headings.find((o) => o.style === 'cn-paren' && o.span.start > h.span.start && o.span.start < sectionEnd);
    if (!next) continue;
    out.push({
      span: h.span,
      message: msg('“政府自身建设”应作为工作安排的最后一项', "The government's own conduct (自身建设) should be the last task of the plan"),
      related: [{ span: next.span, message: msg('其后还有工作任务', 'a task follows it') }],
    });
  }
  return out;
}
