import { FULL_MARKS, HALF_MARKS, marksByWidth } from '../fixes.js';
import type { ReportModel, Span } from '../model.js';
import type { Rule, RuleFinding } from '../types.js';
import { msg } from './util.js';

const PAIRS: [string, string][] = [['“', '”'], ['‘', '’'], ['《', '》'], ['（', '）'], ['(', ')'], ['【', '】']];
const HALF = HALF_MARKS;
const FULL = FULL_MARKS;
/** Tolerated share of the minority width before the text counts as simply mixed. */
const MINORITY = 0.25;

/**
 * Punctuation (GB/T 15834): unpaired quotes and brackets, doubled 。。 or ，，, and half- and
 * full-width punctuation mixed in Chinese text (the majority style wins; setting `fullwidth`
 * requires full width).
 */
export const rule: Rule = {
  id: 'punctuation',
  severity: 'warning',
  category: 'proofreading',
  fixable: true,
  description: msg('标点不成对、重复，或中文里全角半角标点混用', 'Unpaired or doubled punctuation, or mixed half- and full-width punctuation'),
  check({ model, settings }) {
    const findings: RuleFinding[] = [];
    for (const p of model.paragraphs) {
      for (const f of unpaired(model, p.span)) findings.push(f);
      for (const f of doubled(model, p.span)) findings.push(f);
    }
    for (const f of width(model, settings.punctuation)) findings.push(f);
    return findings;
  },
};

/** Each code unit → its pair's index in PAIRS, +1 for an opening mark, −1 for a closing one, 0 for others. */
const PAIR_OF = new Int8Array(0x10000);
PAIRS.forEach(([open, close], k) => {
  PAIR_OF[open.charCodeAt(0)] = k + 1;
  PAIR_OF[close.charCodeAt(0)] = -(k + 1);
});

/** Per pair: the open marks not yet closed, and the closing marks with no open one. */
const STACKS: number[][] = PAIRS.map(() => []);
const ORPHANS: number[][] = PAIRS.map(() => []);

function unpaired(model: ReportModel, span: Span): RuleFinding[] {
  const out: RuleFinding[] = [];
  const text = model.text;
  // One pass over the paragraph for all pairs (each pair's marks are matched on their own); a
  // typed-array look-up per character, and the same stacks for every paragraph (emptied here).
  for (let k = 0; k < PAIRS.length; k++) STACKS[k]!.length = ORPHANS[k]!.length = 0;
  let marks = false;
  for (let i = span.start; i < span.end; i++) {
    const k = PAIR_OF[text.charCodeAt(i)]!;
    if (!k) continue;
    marks = true;
    if (k > 0) STACKS[k - 1]!.push(i);
    else if (STACKS[-k - 1]!.length) STACKS[-k - 1]!.pop();
    else ORPHANS[-k - 1]!.push(i);
  }
  if (!marks) return out;
  for (let k = 0; k < PAIRS.length; k++) {
    const [open, close] = PAIRS[k]!;
    const stack = STACKS[k]!;
    const orphans = ORPHANS[k]!;
    if (!stack.length && !orphans.length) continue;
    // (1) as a list marker at the start of a paragraph has no partner by design (tested once per
    // paragraph: per orphan it would be quadratic in a run of brackets).
    const listMarker = open === '(' && /^\s*\d{1,2}\)/.test(text.slice(span.start, Math.min(span.end, span.start + 64)));
    for (const at of [...stack, ...orphans]) {
      const isOpen = text[at] === open;
      if (!isOpen && listMarker) continue;
      out.push({
        span: { start: at, end: at + 1 },
        message: isOpen ? msg(`“${open}”没有对应的“${close}”`, `"${open}" has no matching "${close}"`) : msg(`“${close}”没有对应的“${open}”`, `"${close}" has no matching "${open}"`),
      });
    }
  }
  return out;
}

const DOUBLED = /([。，、；：！？,;])\1+/g;

function doubled(model: ReportModel, span: Span): RuleFinding[] {
  const out: RuleFinding[] = [];
  const text = model.text.slice(span.start, span.end);
  // One RegExp for all paragraphs (matchAll would copy it per paragraph).
  DOUBLED.lastIndex = 0;
  for (let m = DOUBLED.exec(text); m; m = DOUBLED.exec(text)) {
    const start = span.start + m.index;
    out.push({
      span: { start, end: start + m[0].length },
      message: msg(`标点“${m[1]}”重复`, `Doubled "${m[1]}"`),
      fixes: [{ id: 'doubled', title: msg('删除重复标点', 'Delete the doubled mark'), safe: true, edits: [{ span: { start: start + 1, end: start + m[0].length }, newText: '' }] }],
    });
  }
  return out;
}

/** Punctuation marks in Chinese context (next to a Chinese character), by width. */
function width(model: ReportModel, policy: 'majority' | 'fullwidth'): RuleFinding[] {
  const { half, full } = marksByWidth(model);
  const text = model.text;
  const total = half.length + full.length;
  if (!total) return [];
  let wrong: number[];
  let toFull: boolean;
  if (policy === 'fullwidth') {
    wrong = half;
    toFull = true;
  } else {
    toFull = full.length >= half.length;
    wrong = toFull ? half : full;
    if (wrong.length > total * MINORITY) return [];
  }
  return wrong.map((i) => {
    const ch = text[i]!;
    const to = toFull ? FULL[HALF.indexOf(ch)]! : HALF[FULL.indexOf(ch)]!;
    // A full-width mark carries its own space: spaces typed after the half-width one go with it
    // (`转变, 打造` → `转变，打造`), unless the line ends there.
    let end = i + 1;
    if (toFull) {
      while (text[end] === ' ') end++;
      if (end >= text.length || text[end] === '\n' || text[end] === '\r') end = i + 1;
    }
    return {
      span: { start: i, end: i + 1 },
      message:
        policy === 'fullwidth'
          ? msg(`中文中应使用全角标点“${to}”（GB/T 15834）`, `Use the full-width "${to}" in Chinese text (GB/T 15834)`)
          : msg(`全文多用${toFull ? '全角' : '半角'}标点，此处“${ch}”应为“${to}”`, `The text mostly uses ${toFull ? 'full' : 'half'}-width punctuation: "${ch}" should be "${to}"`),
      fixes: [{ id: 'width', title: msg(`改为“${to}”`, `Change to "${to}"`), safe: true, edits: [{ span: { start: i, end }, newText: to }] }],
    };
  });
}
