/**
 * The word breaker built into the runtime: ICU's dictionary segmentation (Intl.Segmenter),
 * with no load time. jieba (server/src/segmenter.ts) knows more words but costs ~0.5 s and
 * ~75 MiB to load its dictionary, so rules ask ICU first and jieba only about what ICU leaves
 * open (docs/rules/repeated-word.md, docs/rules/typo.md). Undefined where the runtime has no
 * ICU word data: callers then ask jieba directly.
 */
const breaker = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

export function icuWords(text: string): string[] | undefined {
  if (!breaker) return undefined;
  const words: string[] = [];
  for (const s of breaker.segment(text)) words.push(s.segment);
  return words;
}
