import type { Conventions } from '../conventions/schema.js';
import type { Figure, GlossaryEntry, ReportModel, Span } from '../model.js';
import { findCandidates } from './candidates.js';
import { entryKeys } from './match.js';
import { usesEntry, usesOf } from './terms.js';

export interface TermInfo {
  term: string;
  span: Span;
  entry?: GlossaryEntry;
  entryIndex?: number;
  corpusDefinition?: string;
  uses: Span[];
}

/** The term under the cursor: a quoted term or a known abbreviation, with its explanation. */
export function termAt(model: ReportModel, offset: number, conventions: Conventions): TermInfo | undefined {
  const entries = model.glossary?.entries ?? [];
  // On an entry of 名词解释 itself.
  const own = entries.findIndex((e) => offset >= e.termSpan.start && offset <= e.termSpan.end);
  if (own >= 0) {
    const entry = entries[own]!;
    return { term: entry.term, span: entry.termSpan, entry, entryIndex: own, uses: usesOf(model, entry) };
  }
  const quote = model.quotes.find((q) => offset >= q.span.start && offset <= q.span.end);
  const known = conventions.glossary.flatMap((g) => entryKeys(g.term, g.keys));
  const abbreviation = findCandidates(model, known).find((a) => a.uses.some((u) => offset >= u.span.start && offset <= u.span.end));
  const text = quote?.text ?? abbreviation?.uses[0]?.text;
  const span = quote?.inner ?? abbreviation?.uses.find((u) => offset >= u.span.start && offset <= u.span.end)?.span;
  if (!text || !span) return undefined;
  const entryIndex = entries.findIndex((e) => usesEntry(text, e));
  const info: TermInfo = { term: text, span, uses: [] };
  if (entryIndex >= 0) {
    info.entry = entries[entryIndex]!;
    info.entryIndex = entryIndex;
    info.uses = usesOf(model, info.entry);
  } else {
    const defined = conventions.glossary.find((g) => usesEntry(text, g));
    if (!defined) return abbreviation ? { ...info, uses: abbreviation.uses.map((u) => u.span) } : undefined;
    info.corpusDefinition = `${defined.term}：${defined.definition}`;
    info.uses = abbreviation?.uses.map((u) => u.span) ?? [span];
  }
  return info;
}

/** Every use of entry `index` in the body. */
export function usesOfEntry(model: ReportModel, index: number): Span[] {
  const entry = model.glossary?.entries[index];
  return entry ? usesOf(model, entry) : [];
}

/** The figure under the cursor and the other statements of the same indicator. */
export function figureAt(model: ReportModel, offset: number): { figure: Figure; others: Figure[] } | undefined {
  const figure = model.figures.find((f) => offset >= f.span.start && offset <= f.span.end);
  if (!figure?.indicator) return figure ? { figure, others: [] } : undefined;
  const others = model.figures.filter((f) => f !== figure && f.indicator === figure.indicator && f.unit === figure.unit && f.listIndex === figure.listIndex);
  return { figure, others };
}
