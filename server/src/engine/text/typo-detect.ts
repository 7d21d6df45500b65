/**
 * Finds likely typos in a paragraph with the character language model: a character is a
 * candidate when a confusable replacement (homophone, look-alike, known misspelling) makes
 * the n-grams around it much more likely (docs/rules/typo.md). Guards that depend on the
 * document (quotes, glossary, names) are the rule's business; this part depends only on the
 * paragraph text, so its result is memoised per paragraph on the model.
 */
import { ACCEPTED_CHAR_GROUPS, ACCEPTED_VARIANT_WORDS, KNOWN_MISSPELLINGS, LOOKALIKE_GROUPS } from './typo-confusables.js';
import { toSymbols, type TypoModel } from './typo-model.js';

export interface TypoCandidate {
  /** Offset of the character in the paragraph text (UTF-16). */
  index: number;
  from: string;
  /** Likely corrections, best first, each with its gain in log10 likelihood. */
  to: { char: string; gain: number }[];
  /** The paragraph matched a listed misspelling here. */
  known: boolean;
}

export interface TypoThresholds {
  /** Minimum gain (log10 likelihood of the window) for a homophone or look-alike. */
  gain: number;
  /** Minimum gain for a listed misspelling. */
  knownGain: number;
  /** A window is only examined when the character or the next one is this surprising (log10). */
  surprise: number;
}

export const DEFAULT_THRESHOLDS: TypoThresholds = { gain: 4.5, knownGain: 0.5, surprise: -2 };

const CACHE_LIMIT = 20000;

interface Tables {
  /** Code point → the code points it may have been written for. */
  confusables: Map<number, Int32Array>;
  known: { wrong: string; at: number; right: string }[];
}

const tablesFor = new WeakMap<TypoModel, Tables>();

function tables(model: TypoModel): Tables {
  let t = tablesFor.get(model);
  if (t) return t;
  const accepted = new Map<string, Set<string>>();
  for (const g of ACCEPTED_CHAR_GROUPS) for (const ch of g) accepted.set(ch, new Set(g));
  const confusables = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    if (a === b || accepted.get(a)?.has(b)) return;
    const list = confusables.get(a) ?? [];
    if (!list.includes(b)) list.push(b);
    confusables.set(a, list);
  };
  for (const [ch, others] of Object.entries(model.header.homophones)) for (const o of others) add(ch, o);
  for (const g of LOOKALIKE_GROUPS) for (const a of g) for (const b of g) add(a, b);
  const known = KNOWN_MISSPELLINGS.flatMap(([wrong, right]) => {
    const at = [...wrong].findIndex((c, i) => c !== [...right][i]);
    return at >= 0 ? [{ wrong, at, right: [...right][at]! }] : [];
  });
  const byCode = new Map<number, Int32Array>();
  for (const [ch, list] of confusables) byCode.set(ch.codePointAt(0)!, Int32Array.from(list, (c) => c.codePointAt(0)!));
  t = { confusables: byCode, known };
  tablesFor.set(model, t);
  return t;
}

/** Candidates for one paragraph, memoised by its text (a changed paragraph is re-checked, others reused). */
export function typoCandidates(model: TypoModel, text: string, thresholds: TypoThresholds = DEFAULT_THRESHOLDS): TypoCandidate[] {
  const key = `${thresholds.gain}/${thresholds.knownGain}/${thresholds.surprise}\u0000${text}`;
  const cached = model.paragraphCache.get(key) as TypoCandidate[] | undefined;
  if (cached) return cached;
  const found = detect(model, text, thresholds);
  if (model.paragraphCache.size >= CACHE_LIMIT) model.paragraphCache.delete(model.paragraphCache.keys().next().value!);
  model.paragraphCache.set(key, found);
  return found;
}

function detect(model: TypoModel, text: string, th: TypoThresholds): TypoCandidate[] {
  const { confusables, known } = tables(model);
  const { symbols, offsets } = toSymbols(text);
  const n = symbols.length;
  const order = model.order;
  const { logpStep, bowStep, unknownLogp } = model.header;
  const nonPositive = logpStep >= 0 && bowStep >= 0 && unknownLogp <= 0;
  const lp = new Float64Array(n);
  for (let j = 1; j < n; j++) lp[j] = model.logProb(symbols, j);

  const knownAt = new Map<number, number>();
  for (const k of known) {
    for (let from = text.indexOf(k.wrong); from >= 0; from = text.indexOf(k.wrong, from + 1)) {
      knownAt.set(from + [...k.wrong].slice(0, k.at).join('').length, k.right.codePointAt(0)!);
    }
  }
  const variantSpans: [number, number][] = [];
  for (const w of ACCEPTED_VARIANT_WORDS) {
    for (let from = text.indexOf(w); from >= 0; from = text.indexOf(w, from + 1)) variantSpans.push([from, from + w.length]);
  }

  const out: TypoCandidate[] = [];
  const work = symbols.slice();
  let firsts = new Float64Array(16);
  for (let i = 1; i < n - 1; i++) {
    const ch = symbols[i]!;
    const offset = offsets[i]!;
    const knownRight = knownAt.get(offset);
    const alternatives = confusables.get(ch);
    if (!alternatives && knownRight === undefined) continue;
    if (knownRight === undefined && lp[i]! > th.surprise && lp[i + 1]! > th.surprise) continue;
    if (variantSpans.some(([s, e]) => offset >= s && offset < e)) continue;
    const last = Math.min(n - 1, i + order - 1);
    let base = 0;
    for (let j = i; j <= last; j++) base += lp[j]!;
    const gains: { char: number; gain: number }[] = [];
    // The window's gain under `alt`, or -Infinity as soon as it cannot reach `min`: with a
    // model whose log-probabilities are never positive the running score only falls (and
    // rounding is monotone), so a partial score already below base + min stays below it.
    // Most alternatives are dropped after the first n-gram; the gains kept are the same sums.
    const tryChar = (alt: number, min: number, first?: number) => {
      let score = 0;
      if (nonPositive && score - base < min) return -Infinity;
      work[i] = alt;
      for (let j = i; j <= last; j++) {
        score += j === i && first !== undefined ? first : model.logProb(work, j);
        if (nonPositive && score - base < min) break;
      }
      work[i] = ch;
      return score - base;
    };
    if (alternatives && !(nonPositive && -base < th.gain)) {
      // Each alternative's n-gram at i shares its context: looked up once for all of them.
      // Those whose first n-gram already falls below base + gain are given as -Infinity.
      if (firsts.length < alternatives.length) firsts = new Float64Array(alternatives.length);
      model.logProbsAt(symbols, i, alternatives, base + th.gain, firsts);
      for (let a = 0; a < alternatives.length; a++) {
        const alt = alternatives[a]!;
        const gain = tryChar(alt, th.gain, firsts[a]!);
        if (gain >= th.gain) gains.push({ char: alt, gain });
      }
    }
    if (knownRight !== undefined && !gains.some((g) => g.char === knownRight)) {
      const gain = tryChar(knownRight, th.knownGain);
      if (gain >= th.knownGain) gains.push({ char: knownRight, gain });
    }
    if (!gains.length) continue;
    gains.sort((a, b) => b.gain - a.gain);
    out.push({
      index: offset,
      from: String.fromCodePoint(ch),
      to: gains.map((g) => ({ char: String.fromCodePoint(g.char), gain: g.gain })),
      known: knownRight !== undefined && gains.some((g) => g.char === knownRight),
    });
  }
  return out;
}
