import type { GlossaryEntry, ReportModel, Span } from '../model.js';
import { bodySpan, foldedBody } from './candidates.js';
import { coreOf, entryKeys } from './match.js';
import { foldTerm } from './stats.js';

export { NATIONAL_TERMS } from './needs.js';

/** What writers may put between two characters of a term: `(C级)化工园区`, `“三社”联动`. */
const FILLERS = ')( “”‘’';

/** A term as writers may bracket or quote a part of it (after an optional opening bracket). */
function loosePattern(term: string): string {
  const chars = [...term].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return chars.join(`[${FILLERS}]?`);
}

/** Whether a written use refers to an entry (the matching of match.ts, on one use). */
export function usesEntry(use: string, entry: Pick<GlossaryEntry, 'keys' | 'term'>): boolean {
  const keys = entryKeys(entry.term, entry.keys);
  const u = use.normalize('NFKC').replace(/[“”"()\s]/g, '');
  return keys.some((k) => k === u || (u.length >= 2 && k.startsWith(u) && !/[A-Za-z0-9]/.test(k[u.length] ?? '')) || coreOf(k) === coreOf(u));
}

/**
 * Where the body first names an entry as the entry names itself: its term as written (width
 * folded, quote marks aside), else its other keys, else any use (`firstUseOf`). Writers order
 * a 名词解释 by the full name's first appearance, not by a shorter word that happens earlier.
 */
export function orderUseOf(model: ReportModel, entry: GlossaryEntry): number | undefined {
  const body = bodySpan(model);
  const region = foldedBody(model, body);
  const at = (k: string) => (k.length >= 2 ? region.indexOf(k) : -1);
  const term = foldTerm(entry.term);
  let i = at(term);
  if (i < 0) {
    const found = entryKeys(entry.term, entry.keys).map(at).filter((x) => x >= 0);
    i = found.length ? Math.min(...found) : -1;
  }
  return i >= 0 ? body.start + i : firstUseOf(model, entry)?.start;
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
  const spans = scan(region, body.start, needlesOf(entry));
  return spans.length ? spans : scan(region, body.start, shortenedNeedles(entry));
}

/**
 * An entry named more fully than the body names it: the body drops a leading qualifier
 * (`服务业营业税改征增值税` → `营业税改征增值税`, `深圳金融街` → `“金融街”`). A tail of at least half the
 * key counts when the writer quotes it, or when it is five characters or more.
 */
function shortenedNeedles(entry: GlossaryEntry): Map<string, Where> {
  const needles = new Map<string, Where>();
  for (const k of entryKeys(entry.term, entry.keys)) {
    const chars = [...k];
    if (chars.length < 4) continue;
    const min = Math.max(3, Math.ceil(chars.length / 2));
    for (let n = chars.length - 1; n >= min; n--) {
      const tail = chars.slice(chars.length - n).join('');
      if (/^[A-Za-z0-9]/.test(tail) && /[A-Za-z0-9]/.test(chars[chars.length - n - 1]!)) continue;
      if (!needles.has(tail)) needles.set(tail, n >= 5 ? 'any' : 'quoted');
    }
  }
  return needles;
}

type Where = 'any' | 'quoted' | 'word';

function scan(region: string, offset: number, needles: Map<string, Where>): Span[] {
  const spans: Span[] = [];
  for (const [needle, where] of needles) {
    for (const m of looseMatches(region, needle, where)) {
      const start = offset + m.start;
      if (!spans.some((s) => s.start <= start && start < s.end)) spans.push({ start, end: offset + m.end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/**
 * The matches, left to right and not overlapping, of the term written loosely (loosePattern)
 * after an optional `(`, marked as `where` asks: quoted (`“…”` around it), a word (no Latin
 * letter or digit on either side), or anywhere. What a global RegExp of that pattern finds, but
 * tried only where the term's first character stands and its second follows (directly or after
 * one filler): a glossary's dozens of terms cost a look at those places, not a pass over the
 * body each.
 */
function looseMatches(region: string, term: string, where: Where): Span[] {
  const chars = [...term];
  const first = chars[0]!;
  const out: Span[] = [];
  if (first === '(') {
    // The optional bracket and the term's own would compete: the RegExp decides.
    const before = where === 'quoted' ? '(?<=“)' : where === 'word' ? '(?<![A-Za-z0-9])' : '';
    const after = where === 'quoted' ? '(?=”)' : where === 'word' ? '(?![A-Za-z0-9])' : '';
    for (const m of region.matchAll(new RegExp(`${before}[(]?${loosePattern(term)}${after}`, 'g'))) out.push({ start: m.index, end: m.index + m[0].length });
    return out;
  }
  const rest = new RegExp(loosePattern(term) + (where === 'quoted' ? '(?=”)' : where === 'word' ? '(?![A-Za-z0-9])' : ''), 'y');
  // The lookbehind of the pattern at a match's start.
  const opens = (at: number) => (where === 'quoted' ? region[at - 1] === '“' : where === 'word' ? !LATIN_OR_DIGIT.test(region[at - 1] ?? '') : true);
  const second = chars[1];
  let from = 0;
  for (let q = region.indexOf(first); q >= 0; q = region.indexOf(first, Math.max(q + 1, from))) {
    if (second !== undefined) {
      const at = q + first.length;
      if (!region.startsWith(second, at) && !(FILLERS.includes(region[at] ?? '') && region.startsWith(second, at + 1))) continue;
    }
    rest.lastIndex = q;
    const m = rest.exec(region);
    if (!m) continue;
    // `(` right before belongs to the match when the pattern may start there.
    const start = q - 1 >= from && region[q - 1] === '(' && opens(q - 1) ? q - 1 : opens(q) ? q : -1;
    if (start < 0) continue;
    out.push({ start, end: q + m[0].length });
    from = q + m[0].length;
  }
  return out;
}

function needlesOf(entry: GlossaryEntry): Map<string, Where> {
  const needles = new Map<string, Where>();
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
  return needles;
}
