import type { ReportModel } from '../model.js';
import { rule as typo } from '../rules/typo.js';
import type { Segmenter } from '../text/segmenter.js';
import type { TypoModel } from '../text/typo-model.js';
import { DEFAULT_SETTINGS } from '../types.js';
import type { Conventions } from './schema.js';

/** A word written this many times in the archive is its own usage, not a slip. */
const MIN_USES = 2;

/**
 * The archive's own names that the typo model would correct: every word the typo rule flags in
 * the archive (with the conventions learned from the whole archive, so glossary terms are
 * already guarded) that the archive writes at least twice. A locality writes the name of its
 * township, park or enterprise year after year, while a slip is rarely made twice; a listed
 * misspelling (布署) is never learned, however often it is written. The typo rule then treats
 * these words like glossary terms: it never corrects inside them.
 *
 * Two passes over the archive, after the rest is learned: `flag` each report, then `count` each
 * report's text; nothing of a report is kept but the words flagged and their counts.
 */
export class TypoNamesLearner {
  private readonly options = typo.options!.parse({});
  private readonly uses = new Map<string, number>();

  constructor(
    private readonly conventions: Conventions,
    private readonly segmenter: Segmenter,
    private readonly typoModel: TypoModel,
  ) {}

  /** First pass: the words the typo rule flags in one report. */
  flag(model: ReportModel): void {
    const ctx = { model, conventions: this.conventions, options: this.options, settings: DEFAULT_SETTINGS, segmenter: this.segmenter, typoModel: this.typoModel };
    for (const f of typo.check(ctx)) {
      const word = f.data?.word;
      if (typeof word === 'string' && word.length >= 2 && f.data?.known !== true && !this.uses.has(word)) this.uses.set(word, 0);
    }
  }

  /** Second pass: how often one report's text writes each flagged word (counted up to the threshold). */
  count(text: string): void {
    for (const [word, n] of this.uses) {
      let seen = n;
      for (let at = text.indexOf(word); at >= 0 && seen < MIN_USES; at = text.indexOf(word, at + word.length)) seen++;
      if (seen !== n) this.uses.set(word, seen);
    }
  }

  finish(): string[] {
    return [...this.uses].filter(([, n]) => n >= MIN_USES).map(([w]) => w).sort();
  }
}
