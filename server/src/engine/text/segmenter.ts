/**
 * Word segmentation behind a small interface, so the engine stays pure. No rule needs a
 * dictionary segmenter any more (repeated-word and typo read ICU's word breaker and the corpus's
 * word list: text/word-breaker.ts, text/corpus-words.ts); the faces pass `characterSegmenter`.
 */
export interface Segmenter {
  /** Splits text into words; concatenating the result gives the input back. */
  cut(text: string): string[];
  /**
   * True while a face is still loading a dictionary: rules leave undecided what only the
   * segmenter can decide. No face sets it now; engine/lint.ts and engine/incremental.ts still read it.
   */
  readonly pending?: boolean;
}

/** One token per character. */
export const characterSegmenter: Segmenter = {
  cut: (text) => Array.from(text),
};
