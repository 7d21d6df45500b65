import type { Conventions } from '../conventions/schema.js';
import type { GlossaryEntry, ReportModel, Span } from '../model.js';
import type { SpanEdit } from '../types.js';
import { firstUseOf, usesEntry, type Abbreviation } from './terms.js';

/** What a writer must replace: visible, searchable, never mistaken for a real definition. */
export const PLACEHOLDER = '（释义待补充）';

export interface NewEntry {
  term: string;
  definition: string;
  firstUse: number;
}

/** The entry to add for a term: the corpus's wording and definition when the corpus knows it. */
export function newEntryFor(a: Abbreviation, conventions: Conventions): NewEntry {
  const known = conventions.glossary.find((g) => a.uses.some((u) => usesEntry(u.text, g)) || usesEntry(a.key, g));
  const firstUse = a.uses[0]!.span.start;
  if (known) return { term: known.term, definition: known.definition, firstUse };
  return { term: a.uses[0]!.quoted ? `“${a.key}”` : a.key, definition: PLACEHOLDER, firstUse };
}

interface Style {
  separator: string;
  colon: string;
  indent: string;
}

function styleOf(model: ReportModel): Style {
  const first = model.glossary?.entries[0];
  if (!first) return { separator: '.', colon: '：', indent: '' };
  const afterNumber = model.text.slice(first.numberSpan.end, first.termSpan.start).trim() || '.';
  const colon = model.text[first.termSpan.end] ?? '：';
  const lineStart = model.text.lastIndexOf('\n', first.span.start - 1) + 1;
  return { separator: afterNumber, colon, indent: model.text.slice(lineStart, first.span.start) };
}

function lineStart(model: ReportModel, offset: number): number {
  return model.text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * Edits that add entries in order of first use and renumber the entries after them; creates
 * the 名词解释 section at the end of the report when there is none.
 */
export function addEntriesEdits(model: ReportModel, additions: NewEntry[]): SpanEdit[] {
  const style = styleOf(model);
  const eol = model.eol;
  const sorted = [...additions].sort((a, b) => a.firstUse - b.firstUse);
  const line = (n: number, e: NewEntry) => `${style.indent}${n}${style.separator}${e.term}${style.colon}${e.definition}`;
  if (!model.glossary) {
    const at = model.body.end;
    const lines = sorted.map((e, i) => line(i + 1, e));
    return [{ span: { start: at, end: at }, newText: `${eol}${eol}名词解释${eol}${lines.join(eol)}` }];
  }
  const entries = model.glossary.entries;
  const firstUses = entries.map((e) => firstUseOf(model, e)?.start ?? Infinity);
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
  for (const r of renumbered) edits.push({ span: r.entry.numberSpan, newText: String(r.number) });
  return edits;
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

/** Rewrites the entries in order of first use, numbered 1..n (entries never used stay last). */
export function reorderEdits(model: ReportModel): SpanEdit[] {
  const entries = model.glossary!.entries;
  const order = entries
    .map((e, i) => ({ e, i, first: firstUseOf(model, e)?.start ?? Infinity }))
    .sort((a, b) => a.first - b.first || a.i - b.i);
  const edits: SpanEdit[] = [];
  order.forEach(({ e }, k) => {
    const target = entries[k]!;
    const body = model.text.slice(e.numberSpan.end, e.span.end);
    const text = `${k + 1}${body}`;
    if (model.text.slice(target.numberSpan.start, target.span.end) !== text) edits.push({ span: { start: target.numberSpan.start, end: target.span.end }, newText: text });
  });
  return edits;
}
