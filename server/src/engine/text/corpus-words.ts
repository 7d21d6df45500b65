import evidence from './word-evidence.json';

/**
 * Words of 2–4 characters that published reports use and ICU's word breaker
 * (text/word-breaker.ts) does not know as one word (侨眷, 业态, 博士后, 县县), distilled from the
 * corpus by scripts/gen-word-evidence.mjs. Read beside ICU's cut where a rule needs to know
 * whether characters form a word (docs/rules/repeated-word.md, docs/rules/typo.md).
 */
let words: Set<string> | undefined;

export function isCorpusWord(text: string): boolean {
  words ??= new Set(evidence.words.split(' '));
  return words.has(text);
}

/** The length of the longest corpus word of 2–3 characters that starts at `index`, or 0 (four-character entries such as 推动发展 are often two words). */
export function corpusWordAt(text: string, index: number): number {
  for (let n = 3; n >= 2; n--) if (index + n <= text.length && isCorpusWord(text.slice(index, index + n))) return n;
  return 0;
}

/** The length of the longest corpus word of 2–3 characters that ends at `end`, or 0. */
export function corpusWordBefore(text: string, end: number): number {
  for (let n = 3; n >= 2; n--) if (end - n >= 0 && isCorpusWord(text.slice(end - n, end))) return n;
  return 0;
}
