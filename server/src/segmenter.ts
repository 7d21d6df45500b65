import * as jieba from 'jieba-wasm';
import type { Segmenter } from './engine/text/segmenter.js';

/**
 * jieba-wasm behind the engine's Segmenter interface. One portable .wasm: the same .vsix
 * works on every platform with no native build at install (nodejs-jieba needs a C++ build
 * and 1.1–1.3 s to load; see README). The first `cut` pays the dictionary load (~0.3 s).
 */
export function createJiebaSegmenter(extraWords: Iterable<string> = []): Segmenter {
  // jieba loads its dictionary on first use (~0.3 s): defer it until a rule needs a cut.
  let pending: string[] | undefined = [...extraWords];
  const ready = () => {
    if (!pending) return;
    for (const w of new Set(pending)) if (w.length >= 2 && w.length <= 16) jieba.add_word(w, 20000);
    pending = undefined;
  };
  return {
    cut: (text) => {
      ready();
      return jieba.cut(text, true);
    },
  };
}

/** The segmenter with the conventions' indicator names and glossary terms in its dictionary. */
export function segmenterForConventions(conventions: { indicators: string[]; glossary: { keys: string[] }[] }): Segmenter {
  return createJiebaSegmenter([...conventions.indicators, ...conventions.glossary.flatMap((g) => g.keys)]);
}
