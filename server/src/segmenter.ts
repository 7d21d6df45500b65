import * as jieba from 'jieba-wasm';
import type { Segmenter } from './engine/text/segmenter.js';

/** A segmenter whose dictionary the face loads when it chooses (see `pending`). */
export interface LoadableSegmenter extends Segmenter {
  /** Loads the dictionary now (~0.5 s, ~75 MiB): `pending` is false from then on. */
  load(): void;
}

/**
 * jieba-wasm behind the engine's Segmenter interface. One portable .wasm: the same .vsix
 * works on every platform with no native build at install (nodejs-jieba needs a C++ build
 * and 1.1–1.3 s to load; see README). The dictionary loads on the first `cut` or `load()`
 * (~0.5 s): rules ask ICU's word breaker first (engine/text/word-breaker.ts), so most
 * reports never need it. `deferred`: `pending` stays true until `load()`, so a first lint
 * publishes without it (the language server).
 */
export function createJiebaSegmenter(extraWords: Iterable<string> = [], options: { deferred?: boolean } = {}): LoadableSegmenter {
  let pending: string[] | undefined = [...extraWords];
  const load = () => {
    if (!pending) return;
    for (const w of new Set(pending)) if (w.length >= 2 && w.length <= 16) jieba.add_word(w, 20000);
    pending = undefined;
  };
  return {
    get pending() {
      return options.deferred === true && pending !== undefined;
    },
    load,
    cut: (text) => {
      load();
      return jieba.cut(text, true);
    },
  };
}

/** The segmenter with the conventions' indicator names and glossary terms in its dictionary. */
export function segmenterForConventions(
  conventions: { indicators: string[]; glossary: { keys: string[] }[] },
  options: { deferred?: boolean } = {},
): LoadableSegmenter {
  return createJiebaSegmenter([...conventions.indicators, ...conventions.glossary.flatMap((g) => g.keys)], options);
}
