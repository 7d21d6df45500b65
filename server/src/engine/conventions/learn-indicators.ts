import type { Segmenter } from '../text/segmenter.js';
import type { LearnedReport } from './learn.js';

/** Indicator names seen with figures across the corpus. */
export function learnIndicators(_reports: LearnedReport[], _segmenter: Segmenter): string[] {
  return [];
}
