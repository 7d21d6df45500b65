/**
 * The word breaker built into the runtime: ICU's dictionary segmentation (Intl.Segmenter),
 * with no load time and no data to ship. Rules read it beside the words of published reports
 * it does not know (text/corpus-words.ts): docs/rules/repeated-word.md, docs/rules/typo.md.
 * Undefined where the runtime has no ICU word data: callers then fall back to characters.
 */
const breaker = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

export function icuWords(text: string): string[] | undefined {
  if (!breaker) return undefined;
  const words: string[] = [];
  for (const s of breaker.segment(text)) words.push(s.segment);
  return words;
}
