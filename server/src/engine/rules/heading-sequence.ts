import type { Heading, ReportModel, Span } from '../model.js';
import { parseChineseInteger, toChineseInteger } from '../text/numerals.js';
import type { Rule, RuleFinding, RuleFix, SpanEdit } from '../types.js';
import { markerNumeral, msg } from './util.js';

const NUMBERED = new Set(['cn-comma', 'cn-paren', 'arabic-dot', 'arabic-paren', 'ordinal-shi']);

interface Item {
  number: number;
  /** Span of the numeral to rewrite. */
  numeral: Span;
  span: Span;
  chinese: boolean;
  heading?: Heading;
}

/**
 * Numbering at one level runs 1, 2, 3…: a skip, a repeat or a step back is a slip. A run
 * restarting at 1 is a new list (一是… restarts under each (N); the plan's tasks restart after
 * the review's). A run that is only out of order (a permutation) is a moved section, which
 * section-order reports.
 */
export const rule: Rule = {
  id: 'heading-sequence',
  severity: 'warning',
  category: 'structure',
  fixable: true,
  description: msg('同级标题编号跳号、重号或倒退（一、二、四；(一)(二)(二)；一是…二是…四是）', 'Heading numbers at one level skip, repeat or go back'),
  check({ model }) {
    const findings: RuleFinding[] = [];
    // Items numbered through a whole part (7. under (一), 8. under (二)): the last number of
    // each style at each depth, so that a list may continue where the previous one stopped.
    const lastAt = new Map<string, number>();
    const visit = (siblings: Heading[], depth = 0) => {
      const byStyle = new Map<string, Heading[]>();
      for (const h of siblings) {
        if (NUMBERED.has(h.style) && h.number !== null) {
          const hs = byStyle.get(h.style);
          if (hs) hs.push(h);
          else byStyle.set(h.style, [h]);
        }
        visit(h.children, depth + 1);
      }
      for (const [style, hs] of byStyle) {
        const items = hs.flatMap((h) => {
          const numeral = markerNumeral(model, h);
          return numeral ? [{ number: h.number!, numeral, span: h.span, chinese: style !== 'arabic-dot' && style !== 'arabic-paren', heading: h }] : [];
        });
        const key = `${depth}:${style}`;
        const previous = lastAt.get(key);
        const continues = previous !== undefined && items[0]?.number === previous + 1;
        // A fragment may open partway through any list.
        const fragmentStart = (model.fragment && previous === undefined) || continues;
        for (const f of checkRuns(model, items, fragmentStart)) findings.push(f);
        if (items.length) lastAt.set(key, items.at(-1)!.number);
        for (const f of mixedWidth(model, hs)) findings.push(f);
      }
    };
    visit(model.outline);
    for (const p of model.paragraphs) for (const f of checkRuns(model, inlineOrdinals(model, p.span), false)) findings.push(f);
    return findings;
  },
};

/** What every inline ordinal holds: a quick test before the search with its lookbehind. */
const ORDINAL_IS = /[一二三四五六七八九十]是/;

/** `…主要表现在:一是…,二是…;三是…` inside one paragraph (not at its start: those are headings). */
function inlineOrdinals(model: ReportModel, span: Span): Item[] {
  const text = model.norm.slice(span.start, span.end);
  const items: Item[] = [];
  if (!ORDINAL_IS.test(text)) return items;
  for (const m of text.matchAll(/(?<=[,;:。!?、])([一二三四五六七八九十]{1,2})是(?![非否])/g)) {
    const start = span.start + m.index;
    items.push({ number: parseChineseInteger(m[1]!), numeral: { start, end: start + m[1]!.length }, span: { start, end: start + m[0].length }, chinese: true });
  }
  return items[0]?.number === 1 && items.length >= 2 ? items : [];
}

function checkRuns(model: ReportModel, items: Item[], fragmentStart: boolean): RuleFinding[] {
  // Numbers that are only out of order (a permutation of 1..n): a moved section, section-order's case.
  const all = items.map((i) => i.number).sort((a, b) => a - b);
  if (all.length > 1 && all.every((n, i) => n === i + 1) && items.some((it, i) => it.number !== i + 1)) return [];
  const runs: Item[][] = [];
  for (const item of items) {
    const run = runs.at(-1);
    if (!run || item.number === 1) runs.push([item]);
    else run.push(item);
  }
  const findings: RuleFinding[] = [];
  runs.forEach((run, ri) => {
    // Only a fragment may open with a run that does not start at 1.
    const first = ri === 0 && fragmentStart ? run[0]!.number : 1;
    const expected = run.map((_, i) => first + i);
    const numbers = run.map((i) => i.number);
    if (numbers.every((n, i) => n === expected[i])) return;
    const sorted = [...numbers].sort((a, b) => a - b);
    if (sorted.every((n, i) => n === expected[i])) return; // only moved: section-order's case
    const fix = renumber(run, first);
    run.forEach((item, i) => {
      const prev = run[i - 1];
      const want = prev ? prev.number + 1 : first;
      if (item.number === want || (prev && numbers[i - 1] !== expected[i - 1] && item.number === expected[i])) return;
      const label = model.text.slice(item.span.start, Math.min(item.span.end, item.numeral.end + 1));
      const what = prev && item.number === prev.number ? msg('重号', 'repeats the previous number') : prev && item.number < prev.number ? msg('编号倒退', 'goes back') : msg('跳号', 'skips a number');
      findings.push({
        span: { start: item.span.start, end: item.numeral.end + 1 },
        message: msg(`标题编号“${label}”${what.zh}：此处应为第${want}项`, `Heading number "${label}" ${what.en}: item ${want} expected here`),
        related: prev ? [{ span: prev.span, message: msg('上一项', 'previous item') }] : [],
        fixes: [fix],
      });
    });
  });
  return findings;
}

function renumber(run: Item[], first: number): RuleFix {
  const edits: SpanEdit[] = [];
  run.forEach((item, i) => {
    const n = first + i;
    if (item.number !== n) edits.push({ span: item.numeral, newText: item.chinese ? toChineseInteger(n) : String(n) });
  });
  return { id: 'renumber', title: msg('重新连续编号', 'Renumber the run'), safe: false, edits };
}

/** `(一)` and `（一）` mixed at one level: worth a look, not wrong. */
function mixedWidth(model: ReportModel, hs: Heading[]): RuleFinding[] {
  const parens = hs.filter((h) => h.style === 'cn-paren' || h.style === 'arabic-paren');
  const full = parens.filter((h) => h.fullWidth).length;
  if (!full || full === parens.length) return [];
  // A tie has no majority to follow: the punctuation rule's document-wide width decides, and a
  // fix here would undo its fix (the two rules would swap the brackets back and forth forever).
  if (full * 2 === parens.length) return [];
  const minority = full * 2 > parens.length ? parens.filter((h) => !h.fullWidth) : parens.filter((h) => h.fullWidth);
  const majorityFull = full * 2 > parens.length;
  return minority.map((h) => ({
    span: h.marker,
    severity: 'info' as const,
    message: msg(
      `同级标题括号全角半角混用：其余标题用${majorityFull ? '全角（）' : '半角()'}`,
      `Full- and half-width brackets mixed at one heading level: the others use ${majorityFull ? 'full-width （）' : 'half-width ()'}`,
    ),
    fixes: [
      {
        id: 'width',
        title: msg('统一括号宽度', 'Use the same bracket width'),
        safe: true,
        edits: [
          { span: { start: h.marker.start, end: h.marker.start + 1 }, newText: majorityFull ? '（' : '(' },
          { span: { start: h.marker.end - 1, end: h.marker.end }, newText: majorityFull ? '）' : ')' },
        ],
      },
    ],
  }));
}
