/**
 * Word segmentation behind a small interface, so the engine stays pure: the faces load
 * jieba-wasm (server/src/segmenter.ts) and hand it in; tests may pass the same.
 */
export interface Segmenter {
  /** Splits text into words; concatenating the result gives the input back. */
  cut(text: string): string[];
}

/** Fallback when no dictionary segmenter is available: one token per character. */
export const characterSegmenter: Segmenter = {
  cut: (text) => Array.from(text),
};
