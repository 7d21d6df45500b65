import type { Heading, Landmark, Paragraph, PartKind, Span } from '../model.js';

/**
 * Wording variants of the skeleton parts (domain.md). Built-in knowledge: the learner counts
 * which variants a corpus uses, but recognising a part needs a starting vocabulary.
 */
export const PART_PATTERNS = {
  review: /工作回顾|回顾|过去[一五]年|工作总结/,
  plan: /工作安排|工作计划|工作任务|重点任务|主要任务|工作建议|总体要求|预期目标|工作部署|重点工作|目标任务/,
  tasks: /重点工作|重点任务|主要任务/,
  selfBuilding: /政府自身建设|政府治理能力|自身建设|建设人民满意政府|政府治理体系/,
  salutation: /^各位代表(?:[、,](?:各位)?(?:同志们|委员|政协委员|列席人员))*[:!,]?$/,
  opening: /向大会(?:报告(?:政府)?工作|作(?:政府)?工作报告)|请予审议/,
  thanks: /(?:表示|致以)(?:最)?(?:衷心|诚挚|崇高|真诚)|衷心的感谢|崇高的敬意|的感谢和/,
  problems: /清醒(?:地)?(?:看到|认识到)|问题和不足|困难和问题|差距和不足|不足和问题|存在(?:一些)?(?:突出)?问题/,
  framing: /^(?:各位代表,)?(?:\d{4}年|今年|明年)是/,
  requirements: /总体要求|总的要求|总体思路|指导思想|工作总要求/,
  targets: /(?:预期|奋斗|主要|发展)目标[^,。:;]{0,4}?(?:是|为)?:/,
  taskList: /重点(?:抓好|做好|把握|推进)|做好以下|以下(?:[一二三四五六七八九十\d]+个)?(?:方面|几个方面)/,
  closing: /让我们|奋斗!|而努力奋斗|团结奋斗|砥砺前行|共同努力/,
  glossary: /^(?:附[:：]?)?名\s*词\s*解\s*释[:：]?$/,
} as const;

export const YEAR = /(\d{4})年/;

export interface LandmarkInput {
  norm: string;
  paragraphs: Paragraph[];
  headings: Heading[];
  /** Paragraph text with Markdown markers removed, per paragraph. */
  plain: string[];
}

/**
 * Finds the skeleton parts. Top-level sections come from `一、` headings; the parts inside
 * them (thanks, problems, framing, 总体要求, 预期目标, task list) from paragraph wording.
 */
export function findLandmarks(input: LandmarkInput): Landmark[] {
  const { norm, paragraphs, headings, plain } = input;
  const marks: Landmark[] = [];
  const add = (kind: PartKind, paragraph: number, span: Span, heading?: number, yearFrom?: Span) => {
    const mark: Landmark = { kind, span, end: span.end, paragraph };
    if (heading !== undefined) mark.heading = heading;
    if (yearFrom) {
      const y = YEAR.exec(norm.slice(yearFrom.start, yearFrom.end));
      if (y) {
        mark.year = Number(y[1]);
        const at = yearFrom.start + y.index;
        mark.yearSpan = { start: at, end: at + 4 };
      }
    }
    marks.push(mark);
  };

  let top: PartKind | undefined;
  const headingOf = new Map<number, number>();
  headings.forEach((h, i) => headingOf.set(h.paragraph, i));

  paragraphs.forEach((p, pi) => {
    const text = plain[pi]!;
    const hi = headingOf.get(pi);
    const h = hi === undefined ? undefined : headings[hi];
    const titleText = h?.titleText ?? '';
    const headSpan = h ? h.span : p.span;

    if (PART_PATTERNS.glossary.test(text.replace(/^#+\s*/, ''))) {
      add('glossary', pi, p.span);
      top = 'glossary';
      return;
    }
    if (h?.style === 'cn-comma') {
      const kind = topLevelKind(titleText, top);
      if (kind) {
        add(kind, pi, headSpan, hi, h.title);
        top = kind;
        h.part = kind;
      }
    } else if (h && (top === 'plan' || top === 'tasks') && /政府自身建设|政府治理能力/.test(titleText) && (h.style === 'cn-paren' || !marks.some((m) => m.kind === 'self-building'))) {
      add('self-building', pi, headSpan, hi, h.title);
      h.part = 'self-building';
    }

    if (PART_PATTERNS.salutation.test(text) && !marks.some((m) => m.kind === 'salutation')) {
      add('salutation', pi, p.span);
      return;
    }
    if (!top && PART_PATTERNS.opening.test(text)) add('opening', pi, matchSpan(norm, p.span, PART_PATTERNS.opening));
    if (top === 'glossary') {
      // A closing after the 名词解释 (misplaced) still counts as the closing.
      if (!/^\d{1,3}\s*[.、]/.test(text) && PART_PATTERNS.closing.test(text) && /^各位代表|让我们/.test(text)) add('closing', pi, p.span);
      return;
    }
    const inReview = top === 'review' || top === undefined;
    const inPlan = top === 'plan' || top === 'tasks';
    if (h?.style === 'cn-comma' || h?.style === 'cn-paren') return;
    if (PART_PATTERNS.thanks.test(text) && text.length > 8) {
      add('thanks', pi, matchSpan(norm, p.span, PART_PATTERNS.thanks));
    }
    if (PART_PATTERNS.problems.test(text) && (inReview || inPlan) && /在肯定成绩的同时|主要表现在|我们(?:也)?清醒|问题和不足|困难和问题/.test(text)) {
      add('problems', pi, matchSpan(norm, p.span, PART_PATTERNS.problems));
    }
    if (inPlan) {
      if (PART_PATTERNS.framing.test(text) && /周年|之年|一年|关键/.test(text)) add('framing', pi, p.span, undefined, p.span);
      if (/(?:总体要求|总的要求|总体思路|指导思想|工作总要求)(?:是|为)?:/.test(text)) {
        add('requirements', pi, matchSpan(norm, p.span, PART_PATTERNS.requirements));
      }
      if (PART_PATTERNS.targets.test(text)) add('targets', pi, matchSpan(norm, p.span, PART_PATTERNS.targets));
      if (PART_PATTERNS.taskList.test(text) && /:$|工作:|如下:/.test(text.trim()) && text.length < 80) {
        add('task-list', pi, p.span);
      }
    }
    // The closing: `各位代表!…让我们…奋斗!`, or a last call to action without the address.
    const closingLike = PART_PATTERNS.closing.test(text) && (/^各位代表/.test(text) || (/让我们/.test(text) && /(?:奋斗|努力|前进|贡献|篇章)[!。]$/.test(text)));
    if (closingLike && top !== undefined && top !== 'review') {
      add('closing', pi, p.span);
    }
  });
  // Only the last closing-like paragraph is the closing.
  const closings = marks.filter((m) => m.kind === 'closing');
  for (const c of closings.slice(0, -1)) marks.splice(marks.indexOf(c), 1);
  return marks.sort((a, b) => a.span.start - b.span.start);
}

function topLevelKind(title: string, current: PartKind | undefined): PartKind | undefined {
  if (PART_PATTERNS.selfBuilding.test(title)) return 'self-building';
  if (current === 'plan' && PART_PATTERNS.tasks.test(title)) return 'tasks';
  if (PART_PATTERNS.review.test(title) && !PART_PATTERNS.plan.test(title)) return 'review';
  if (PART_PATTERNS.plan.test(title)) return 'plan';
  return undefined;
}

function matchSpan(norm: string, span: Span, re: RegExp): Span {
  const m = re.exec(norm.slice(span.start, span.end));
  if (!m) return span;
  return { start: span.start + m.index, end: span.start + m.index + m[0].length };
}
