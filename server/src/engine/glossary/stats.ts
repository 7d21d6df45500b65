import builtin from './term-stats.json';

/**
 * How real reports treat a term: which places explain it in their 名词解释 and which use it
 * without explaining it. Distilled from the real-report corpus by `scripts/gen-term-stats.mjs`
 * (terms and place numbers only, no text); see docs/rules/glossary-missing.md.
 */
export interface TermStats {
  /** Where the figures come from (the generator and its corpus). */
  source: string;
  /** Places (a government at one level), by number. */
  places: string[];
  /** Places whose reports are State Council (national) reports. */
  national: number[];
  /** Corpus file stem → place number, so a measurement can leave the place out. */
  files: Record<string, number>;
  /**
   * Per term (folded, see `foldTerm`): `e` places that explain it, `u` places whose report
   * has a 名词解释 and still uses the term unexplained, `o` places that use it in a report
   * without one, `a` places that explain it with alike definitions (the largest group).
   */
  terms: Record<string, { e?: number[]; u?: number[]; o?: number[]; a?: number[] }>;
}

export interface Evidence {
  /** Places that explain the term in their 名词解释. */
  explained: number;
  /** Places with a 名词解释 that use the term without an entry. */
  unexplained: number;
  /** Places without a 名词解释 that use it. */
  other: number;
  /** National reports use it without explaining it. */
  national: boolean;
  /** Places defining it alike (a definition carries over). */
  alike: number;
}

export const NO_EVIDENCE: Evidence = { explained: 0, unexplained: 0, other: 0, national: false, alike: 0 };

export const defaultTermStats: TermStats = builtin as TermStats;

/** The statistics without one place: for measuring on that place's own reports. */
export function withoutPlace(stats: TermStats, place: number): TermStats {
  const drop = (ids?: number[]) => ids?.filter((i) => i !== place);
  const terms: TermStats['terms'] = {};
  for (const [k, v] of Object.entries(stats.terms)) terms[k] = { e: drop(v.e), u: drop(v.u), o: drop(v.o), a: drop(v.a) };
  return { ...stats, terms };
}

/** The place a corpus file belongs to (`district_x_2020.minus3.txt` → its place), if any. */
export function placeOfFile(stats: TermStats, fileName: string): number | undefined {
  const stem = (fileName.split(/[\\/]/).pop() ?? '').replace(/\..*$/, '');
  return stats.files[stem];
}

/** A term as the statistics key it: width folded (＋→+, （→(), quotes and spaces removed. */
export function foldTerm(term: string): string {
  // The same terms (glossary keys, conventions, candidates) are folded on every lint.
  let folded = foldMemo.get(term);
  if (folded === undefined) {
    if (foldMemo.size >= FOLD_MEMO_LIMIT) foldMemo.clear();
    foldMemo.set(term, (folded = foldUncached(term)));
  }
  return folded;
}
const foldMemo = new Map<string, string>();
const FOLD_MEMO_LIMIT = 50_000;

function foldUncached(term: string): string {
  // Character by character, and only where the width form keeps one character, like the
  // folded body (`Ⅳ` stays: NFKC would make it two letters).
  const folded = Array.from(term, (ch) => {
    const f = ch.normalize('NFKC');
    return f.length === ch.length ? f : ch;
  }).join('');
  return folded.replace(/[“”"'‘’「」《》〈〉\s]/g, '');
}

export function evidenceOf(stats: TermStats, key: string): Evidence {
  const t = stats.terms[foldTerm(key)];
  if (!t) return NO_EVIDENCE;
  const national = (places?: number[]) => !!places?.some((p) => stats.national.includes(p));
  return {
    explained: t.e?.length ?? 0,
    unexplained: t.u?.length ?? 0,
    other: t.o?.length ?? 0,
    national: national(t.u) || national(t.o),
    alike: t.a?.length ?? 0,
  };
}
