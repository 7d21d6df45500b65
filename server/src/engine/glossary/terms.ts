import type { GlossaryEntry, ReportModel, Span } from '../model.js';
import { bodySpan, foldedBody } from './candidates.js';
import { coreOf, entryKeys } from './match.js';

export { NATIONAL_TERMS } from './needs.js';

/** A term as writers may bracket it: `(C级)化工园区` for `C级化工园区`. */
function loosePattern(term: string): string {
  const chars = [...term].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `[(]?${chars.join('[)( ]?')}`;
}

/** Whether a written use refers to an entry (the matching of match.ts, on one use). */
export function usesEntry(use: string, entry: Pick<GlossaryEntry, 'keys' | 'term'>): boolean {
  const keys = entryKeys(entry.term, entry.keys);
  const u = use.normalize('NFKC').replace(/[“”"()\s]/g, '');
  return keys.some((k) => k === u || (u.length >= 2 && k.startsWith(u) && !/[A-Za-z0-9]/.test(k[u.length] ?? '')) || coreOf(k) === coreOf(u));
}

/** First use of an entry in the body. */
export function firstUseOf(model: ReportModel, entry: GlossaryEntry): Span | undefined {
  return usesOf(model, entry)[0];
}

const usesCache = new WeakMap<ReportModel, Map<GlossaryEntry, Span[]>>();

/** Every use of an entry in the body (computed once per model and entry). */
export function usesOf(model: ReportModel, entry: GlossaryEntry): Span[] {
  let perModel = usesCache.get(model);
  if (!perModel) usesCache.set(model, (perModel = new Map()));
  let spans = perModel.get(entry);
  if (!spans) perModel.set(entry, (spans = findUses(model, entry)));
  return spans;
}

/**
 * Uses of an entry: its keys width-folded anywhere (`1+10+N` for `1＋10＋N`, the bracketed
 * short form `SILAS` and the name without it); the key's core (`三北` of `三北工程`) and a
 * leading acronym (`PCT` of `PCT国际专利`) only where the writer marks or spells it as a term.
 */
function findUses(model: ReportModel, entry: GlossaryEntry): Span[] {
  const body = bodySpan(model);
  const region = foldedBody(model, body);
  const spans: Span[] = [];
  const needles = new Map<string, 'any' | 'quoted' | 'word'>();
  for (const k of entryKeys(entry.term, entry.keys)) {
    if (k.length < 2 && !/^[A-Za-z]$/.test(k)) continue;
    needles.set(k, 'any');
  }
  for (const k of [...needles.keys()]) {
    const core = coreOf(k);
    if (core.length >= 2 && core !== k && !needles.has(core)) needles.set(core, 'quoted');
    const latin = /^[A-Za-z][A-Za-z0-9]+(?=[\u4e00-\u9fff])/.exec(k)?.[0];
    if (latin && !needles.has(latin)) needles.set(latin, 'word');
  }
  for (const [needle, where] of needles) {
    const loose = loosePattern(needle);
    const source = where === 'quoted' ? `(?<=“)${loose}(?=”)` : where === 'word' ? `(?<![A-Za-z0-9])${loose}(?![A-Za-z0-9])` : loose;
    for (const m of region.matchAll(new RegExp(source, 'g'))) {
      const start = body.start + m.index;
      if (!spans.some((s) => s.start <= start && start < s.end)) spans.push({ start, end: start + m[0].length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
