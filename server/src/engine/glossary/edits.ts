import { foldWidth } from '../text/fold.js';
import type { Conventions } from '../conventions/schema.js';
import { documentWidth, inWidth } from '../fixes.js';
import type { GlossaryEntry, ReportModel, Span } from '../model.js';
import type { SpanEdit } from '../types.js';
import type { Candidate } from './candidates.js';
import { coveredBy, entryKeys } from './match.js';
import { foldTerm, type Evidence } from './stats.js';
import { firstUseOf } from './terms.js';

/** What a writer must replace: visible, searchable, never mistaken for a real definition. */
export const PLACEHOLDER = '（释义待补充）';

export interface NewEntry {
  /** The folded term (to avoid adding a term twice). */
  key: string;
  term: string;
  definition: string;
  firstUse: number;
  quoted: boolean;
}

/**
 * The entry to add for a term. A definition from the conventions' glossary (the seeds or the
 * user's archive) is offered only where it carries over: the very term, and the corpus shows
 * several places defining it alike or State Council reports using it. Otherwise a placeholder:
 * another place's programme of the same name is not this place's.
 */
export function newEntryFor(c: Candidate, evidence: Evidence, conventions: Conventions): NewEntry {
  const first = c.uses[0]!;
  const carries = evidence.alike >= 2 || evidence.national;
  const known = carries ? conventions.glossary.find((g) => entryKeys(g.term, g.keys).includes(c.key)) : undefined;
  return { key: c.key, term: first.text, definition: known?.definition ?? PLACEHOLDER, firstUse: first.span.start, quoted: first.quoted };
}

interface Style {
  /** Text before the number on the line (indent, an opening bracket). */
  before: string;
  /** Text between the number and the term (`.`, `、`, `）`). */
  after: string;
  numbering: 'arabic' | 'circled' | 'none';
  colon: string;
  quote: boolean;
  end: string;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** How many of `，。：；（）` the text holds (counted, not collected: the whole document is read). */
function fullWidthMarks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff0c || c === 0x3002 || c === 0xff1a || c === 0xff1b || c === 0xff08 || c === 0xff09) n++;
  }
  return n;
}

/** How many of `,:;()` the text holds right before a Chinese character or `“`. */
function halfWidthMarksBeforeChinese(text: string): number {
  let n = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2c && c !== 0x3a && c !== 0x3b && c !== 0x28 && c !== 0x29) continue;
    const next = text.charCodeAt(i + 1);
    if ((next >= 0x4e00 && next <= 0x9fff) || next === 0x201c) n++;
  }
  return n;
}

/** The document's own entry format: numbering, brackets, colon width, quoted terms. */
function styleOf(model: ReportModel): Style {
  const entries = model.glossary?.entries ?? [];
  const first = entries[0];
  const fullWidth = fullWidthMarks(model.text) >= halfWidthMarksBeforeChinese(model.text);
  if (!first) return { before: '', after: '.', numbering: 'arabic', colon: fullWidth ? '：' : ':', quote: true, end: '' };
  const lineStart = model.text.lastIndexOf('\n', first.span.start - 1) + 1;
  const numberText = model.text.slice(first.numberSpan.start, first.numberSpan.end);
  const numbering = first.number === null ? 'none' : CIRCLED.includes(numberText) ? 'circled' : 'arabic';
  const colon = model.text.slice(first.termSpan.end, first.definitionSpan.start).trim() || (fullWidth ? '：' : ':');
  const quoted = entries.filter((e) => /^(?:\S{0,4}?[.、．)）])?[“"]/.test(e.term)).length * 2 >= entries.length;
  const ended = entries.filter((e) => /[。.]$/.test(e.definition.trim())).length * 2 > entries.length;
  return {
    before: model.text.slice(lineStart, numbering === 'none' ? first.termSpan.start : first.numberSpan.start),
    after: numbering === 'none' ? '' : model.text.slice(first.numberSpan.end, first.termSpan.start),
    numbering,
    colon,
    quote: quoted,
    end: ended ? (colon === ':' ? '.' : '。') : '',
  };
}

function numberText(style: Style, n: number): string {
  if (style.numbering === 'none') return '';
  return style.numbering === 'circled' && n <= CIRCLED.length ? CIRCLED[n - 1]! : String(n);
}

function lineStart(model: ReportModel, offset: number): number {
  return model.text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * Edits that add entries in order of first use and renumber the entries after them, in the
 * document's own entry format; the 名词解释 the parser found is the one edited, a term it
 * already covers is never added again, and a section is created at the end only when the
 * report has none.
 */
export function addEntriesEdits(model: ReportModel, additions: NewEntry[]): SpanEdit[] {
  return entriesAdder(model)(additions);
}

/**
 * addEntriesEdits for several sets of additions to one model: the document's entry format,
 * width and the existing entries' keys and first uses are read once, not once per term
 * (glossary-missing offers an edit per missing term and one for all of them).
 */
export function entriesAdder(model: ReportModel): (additions: NewEntry[]) => SpanEdit[] {
  let known: { style: Style; existing: string[][]; width: 'full' | 'half'; firstUses?: number[] } | undefined;
  const facts = () => {
    if (!known) {
      const entries = model.glossary?.entries ?? [];
      known = { style: styleOf(model), existing: entries.map((e) => entryKeys(e.term, e.keys)), width: documentWidth(model) };
    }
    return known;
  };
  return (additions) => addEntries(model, additions, facts);
}

function addEntries(
  model: ReportModel,
  additions: NewEntry[],
  facts: () => { style: Style; existing: string[][]; width: 'full' | 'half'; firstUses?: number[] },
): SpanEdit[] {
  const known = facts();
  const { style, existing } = known;
  const eol = model.eol;
  const entries = model.glossary?.entries ?? [];
  const seen = new Set<string>();
  const sorted = [...additions]
    .sort((a, b) => a.firstUse - b.firstUse)
    .filter((a) => !existing.some((keys) => coveredBy(keys, a.key)) && !seen.has(foldTerm(a.key)) && seen.add(foldTerm(a.key)));
  if (!sorted.length) return [];
  const termText = (e: NewEntry) => (style.quote && e.quoted && !/^[“"]/.test(e.term) ? `“${e.term}”` : e.term);
  // The placeholder and a carried definition in the document's punctuation width (docs/fixes.md).
  const width = known.width;
  const definition = (e: NewEntry) => inWidth(e.definition === PLACEHOLDER || /[。.]$/.test(e.definition) ? e.definition : e.definition + style.end, width);
  const line = (n: number, e: NewEntry) => `${style.before}${numberText(style, n)}${style.after}${termText(e)}${style.colon}${definition(e)}`;
  if (!model.glossary) {
    const at = model.body.end;
    const lines = sorted.map((e, i) => line(i + 1, e));
    return [{ span: { start: at, end: at }, newText: `${eol}${eol}名词解释${eol}${lines.join(eol)}` }];
  }
  const firstUses = (known.firstUses ??= entries.map((e) => firstUseOf(model, e)?.start ?? Infinity));
  const edits: SpanEdit[] = [];
  const inserts = new Map<number, string[]>();
  let added = 0;
  let next = 0;
  const renumbered: { entry: GlossaryEntry; number: number }[] = [];
  entries.forEach((entry, i) => {
    while (next < sorted.length && sorted[next]!.firstUse < firstUses[i]!) {
      const at = lineStart(model, entry.span.start);
      const n = (entry.number ?? i + 1) + added;
      inserts.set(at, [...(inserts.get(at) ?? []), line(n, sorted[next]!) + eol]);
      added++;
      next++;
    }
    if (added && entry.number !== null) renumbered.push({ entry, number: entry.number + added });
  });
  const last = entries.at(-1);
  const tail = sorted.slice(next);
  if (tail.length) {
    const base = (last?.number ?? entries.length) + added;
    const at = last ? last.span.end : model.glossary.heading.end;
    inserts.set(at, tail.map((e, i) => eol + line(base + i + 1, e)));
  }
  for (const [at, texts] of inserts) edits.push({ span: { start: at, end: at }, newText: texts.join('') });
  for (const r of renumbered) edits.push({ span: r.entry.numberSpan, newText: numberText(style, r.number) });
  return edits;
}

/**
 * Of two spellings of a term that differ only in the width of some characters, the one whose
 * widths suit their neighbours (GB/T 15834: half-width marks between Latin letters or digits,
 * `TD-LTE`, `1+10+N`; full-width ones beside Chinese characters): 'a', 'b', or undefined when
 * the neighbours do not tell.
 */
export function widthFits(a: string, b: string): 'a' | 'b' | undefined {
  if (a.length !== b.length) return undefined;
  let votes = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const around = [a[i - 1], a[i + 1]].filter((c): c is string => c !== undefined).map((c) => foldWidth(c));
    const halfA = a.charCodeAt(i) < 0x3000;
    if (around.length && around.every((c) => /[A-Za-z0-9]/.test(c))) votes += halfA ? 1 : -1;
    else if (around.some((c) => /[\u4e00-\u9fff]/.test(c))) votes += halfA ? -1 : 1;
  }
  return votes > 0 ? 'a' : votes < 0 ? 'b' : undefined;
}

/** Makes the body's uses of a term agree with the glossary entry's spelling (`TD－LTE` → `TD-LTE`). */
export function respellUsesEdits(uses: readonly { span: Span; text: string }[], bodyText: string, entryText: string): SpanEdit[] {
  return uses.filter((u) => u.text === bodyText).map((u) => ({ span: u.span, newText: entryText }));
}

/** Makes an entry's spelling agree with the body's (`1＋10＋N` → `1+10+N`). */
export function respellEdits(model: ReportModel, entryIndex: number, entryText: string, bodyText: string): SpanEdit[] {
  const entry = model.glossary?.entries[entryIndex];
  if (!entry) return [];
  const at = model.text.indexOf(entryText, entry.termSpan.start);
  if (at < 0 || at + entryText.length > entry.termSpan.end) return [];
  return [{ span: { start: at, end: at + entryText.length }, newText: bodyText }];
}

/** Removes an entry's line and renumbers the entries after it. */
export function removeEntryEdits(model: ReportModel, index: number): SpanEdit[] {
  const entries = model.glossary!.entries;
  const entry = entries[index]!;
  const start = lineStart(model, entry.span.start);
  const newline = model.text.indexOf('\n', entry.span.end);
  // The line with its line break; a last line without one takes the break before it.
  const removal: Span =
    newline >= 0
      ? { start, end: newline + 1 }
      : { start: Math.max(0, start - (model.text[start - 2] === '\r' ? 2 : 1)), end: model.text.length };
  const edits: SpanEdit[] = [{ span: removal, newText: '' }];
  for (const later of entries.slice(index + 1)) {
    if (later.number !== null) edits.push({ span: later.numberSpan, newText: String(later.number - 1) });
  }
  return edits;
}

/**
 * Rewrites the entries numbered 1..n in the given order of their indices (default: as they
 * stand, so only the numbers change).
 */
export function reorderEdits(model: ReportModel, order: readonly number[] = model.glossary!.entries.map((_, i) => i)): SpanEdit[] {
  const entries = model.glossary!.entries;
  const edits: SpanEdit[] = [];
  order.map((i) => ({ e: entries[i]! })).forEach(({ e }, k) => {
    const target = entries[k]!;
    const body = model.text.slice(e.numberSpan.end, e.span.end);
    const text = `${k + 1}${body}`;
    if (model.text.slice(target.numberSpan.start, target.span.end) !== text) edits.push({ span: { start: target.numberSpan.start, end: target.span.end }, newText: text });
  });
  return edits;
}
