import type { Segmenter } from '../text/segmenter.js';
import type { LearnedReport } from './learn.js';

/** Formulations the corpus writes verbatim across reports. */
export function learnCanonicalPhrases(_reports: LearnedReport[], _segmenter: Segmenter): string[] {
  return [];
}
