import type { ReportModel, Span } from './model.js';
import type { SpanEdit } from './types.js';

/** Marks that come in both widths (GB/T 15834), each half-width mark at its full-width partner's index. */
export const HALF_MARKS = ',:;!?()';
export const FULL_MARKS = '，：；！？（）';

/**
 * Marks of either width in Chinese context (next to a Chinese character, or a bracket whose
 * partner is), by width: what the punctuation rule counts to find the document's majority.
 */
export function marksByWidth(model: ReportModel): { half: number[]; full: number[] } {
  // Several rules and each new glossary entry ask for the width: counted once per model.
  let marks = widthMemo.get(model);
  if (!marks) widthMemo.set(model, (marks = countMarksByWidth(model)));
  return marks;
}
const widthMemo = new WeakMap<ReportModel, { half: number[]; full: number[] }>();

/** Each code unit's width as a mark that has both widths: 1 half, 2 full, 0 not such a mark. */
const MARK_WIDTH = new Uint8Array(0x10000);
for (const ch of HALF_MARKS) MARK_WIDTH[ch.charCodeAt(0)] = 1;
for (const ch of FULL_MARKS) MARK_WIDTH[ch.charCodeAt(0)] = 2;

/** The code unit at `i` is a Chinese character, a Chinese quote or title mark; outside the text it is not. */
function isChineseAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0x4e00 && c <= 0x9fff) || c === 0x201c || c === 0x201d || c === 0x300a || c === 0x300b;
}

function countMarksByWidth(model: ReportModel): { half: number[]; full: number[] } {
  const half: number[] = [];
  const full: number[] = [];
  const text = model.text;
  const chinese = (i: number) => isChineseAt(text, i - 1) || isChineseAt(text, i + 1);
  // Every lint reads every character here: a typed-array look-up per character, and a
  // paragraph's brackets are matched only when a mark outside Chinese context needs its partner.
  for (const p of model.paragraphs) {
    // A bracket goes with its partner: `计划(2018-2020)，` counts (and changes) both or neither.
    let partner: Map<number, number> | undefined;
    for (let i = p.span.start; i < p.span.end; i++) {
      const w = MARK_WIDTH[text.charCodeAt(i)]!;
      if (!w) continue;
      if (!chinese(i)) {
        const other = (partner ??= bracketPartners(text, p.span)).get(i);
        if (other === undefined || !chinese(other)) continue;
      }
      (w === 1 ? half : full).push(i);
    }
  }
  return { half, full };
}

/** Matching round brackets of either width in a span, both ways. */
export function bracketPartners(text: string, span: Span): Map<number, number> {
  const partner = new Map<number, number>();
  const open: number[] = [];
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（') open.push(i);
    else if ((ch === ')' || ch === '）') && open.length) {
      const at = open.pop()!;
      partner.set(at, i);
      partner.set(i, at);
    }
  }
  return partner;
}

/**
 * The document's punctuation width: full unless most of its marks in Chinese context are
 * half-width (a tie, or no marks at all, is full width: GB/T 15834's default). The setting
 * `punctuation: 'fullwidth'` asks for full width whatever the document does.
 */
export function documentWidth(model: ReportModel, policy: 'majority' | 'fullwidth' = 'majority'): 'full' | 'half' {
  if (policy === 'fullwidth') return 'full';
  const { half, full } = marksByWidth(model);
  return half.length > full.length ? 'half' : 'full';
}

/**
 * Text a fix inserts, written in the document's width, so that a fix never brings in marks the
 * punctuation rule would then flag (docs/fixes.md). Only the marks that have both widths change,
 * and a half-width mark becomes full width only in Chinese context, as the punctuation rule
 * reads it (`1:1`, `PM2.5(细颗粒物)` stay; `（释义待补充）` becomes `(释义待补充)` in a
 * half-width document).
 */
export function inWidth(text: string, width: 'full' | 'half'): string {
  const [from, to] = width === 'half' ? [FULL_MARKS, HALF_MARKS] : [HALF_MARKS, FULL_MARKS];
  const partner = width === 'full' ? bracketPartners(text, { start: 0, end: text.length }) : undefined;
  const chinese = (i: number) => isChineseAt(text, i - 1) || isChineseAt(text, i + 1);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const at = from.indexOf(ch);
    const other = partner?.get(i);
    const convert = at >= 0 && (!partner || chinese(i) || (other !== undefined && chinese(other)));
    out += convert ? to[at]! : ch;
  }
  return out;
}

export interface FixResult {
  text: string;
  applied: number;
  /** Edits left out because they overlapped an edit already taken. */
  skipped: number;
}

/**
 * Applies edits given as spans of `text`. Edits are taken in order of position; an edit that
 * overlaps one already taken is skipped (a second pass after re-linting picks it up), so
 * no character of the user's text is edited twice.
 */
export function applySpanEdits(text: string, edits: SpanEdit[]): FixResult {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const taken: SpanEdit[] = [];
  let skipped = 0;
  for (const edit of sorted) {
    const last = taken[taken.length - 1];
    if (edit.span.start < 0 || edit.span.end > text.length || edit.span.end < edit.span.start) {
      skipped++;
      continue;
    }
    if (last && overlaps(last.span, edit.span)) {
      skipped++;
      continue;
    }
    taken.push(edit);
  }
  let out = '';
  let pos = 0;
  for (const edit of taken) {
    out += text.slice(pos, edit.span.start) + edit.newText;
    pos = edit.span.end;
  }
  out += text.slice(pos);
  return { text: out, applied: taken.length, skipped };
}

/** Two spans overlap when they share a character, or both insert at the same place. */
export function overlaps(a: Span, b: Span): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** Groups of edits that do not overlap each other within a group (a fix is all or nothing). */
export function compatibleFixes(fixes: SpanEdit[][]): SpanEdit[][] {
  const chosen: SpanEdit[][] = [];
  const used: Span[] = [];
  for (const edits of fixes) {
    if (edits.some((e) => used.some((u) => overlaps(u, e.span)))) continue;
    if (edits.some((e, i) => edits.some((f, j) => i < j && overlaps(e.span, f.span)))) continue;
    chosen.push(edits);
    for (const e of edits) used.push(e.span);
  }
  return chosen;
}
