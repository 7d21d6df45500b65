/**
 * Word segmentation behind a small interface, so the engine stays pure: the faces load
 * jieba-wasm (server/src/segmenter.ts) and hand it in; tests may pass the same.
 */
export interface Segmenter {
  /** Splits text into words; concatenating the result gives the input back. */
  cut(text: string): string[];
  /**
   * True while the face is still loading the dictionary (the language server publishes what is
   * ready first): rules leave undecided what only the segmenter can decide, and the face lints
   * again once it is loaded. Calling `cut` meanwhile loads it on the spot.
   */
  readonly pending?: boolean;
}

/** Fallback when no dictionary segmenter is available: one token per character. */
export const characterSegmenter: Segmenter = {
  cut: (text) => Array.from(text),
};
