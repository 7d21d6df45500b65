import { rule as typo } from '../rules/typo.js';
import type { Segmenter } from '../text/segmenter.js';
import type { TypoModel } from '../text/typo-model.js';
import { DEFAULT_SETTINGS } from '../types.js';
import type { LearnedReport } from './learn.js';
import type { Conventions } from './schema.js';

/** A word written this many times in the archive is its own usage, not a slip. */
const MIN_USES = 2;

/**
 * The archive's own names that the typo model would correct: every word the typo rule flags in
 * the archive (with the conventions learned so far, so glossary terms are already guarded) that
 * the archive writes at least twice. A locality writes the name of its township, park or
 * enterprise year after year, while a slip is rarely made twice; a listed misspelling (布署) is
 * never learned, however often it is written. The typo rule then treats these words like
 * glossary terms: it never corrects inside them.
 */
export function learnTypoNames(reports: LearnedReport[], conventions: Conventions, segmenter: Segmenter, typoModel: TypoModel): string[] {
  const options = typo.options!.parse({});
  const flagged = new Set<string>();
  for (const { model } of reports) {
    for (const f of typo.check({ model, conventions, options, settings: DEFAULT_SETTINGS, segmenter, typoModel })) {
      const word = f.data?.word;
      if (typeof word === 'string' && word.length >= 2 && f.data?.known !== true) flagged.add(word);
    }
  }
  const uses = (word: string) => {
    let n = 0;
    for (const { model } of reports) {
      for (let at = model.text.indexOf(word); at >= 0 && n < MIN_USES; at = model.text.indexOf(word, at + word.length)) n++;
      if (n >= MIN_USES) break;
    }
    return n;
  };
  return [...flagged].filter((w) => uses(w) >= MIN_USES).sort();
}
