/**
 * Word segmentation behind a small interface, so the engine stays pure. No rule needs a
 * dictionary segmenter any more (repeated-word and typo read ICU's word breaker and the corpus's
 * word list: text/word-breaker.ts, text/corpus-words.ts); the faces pass `characterSegmenter`.
 */
export interface Segmenter {
  /** Splits text into words; concatenating the result gives the input back. */
  cut(text: string): string[];
}

/** One token per character. */
export const characterSegmenter: Segmenter = {
  cut: (text) => Array.from(text),
};
