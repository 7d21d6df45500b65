import type { Segmenter } from '../text/segmenter.js';
import type { LearnedReport } from './learn.js';
import type { Conventions } from './schema.js';

/** Glossary definitions found in 名词解释 sections, and terms used but never explained. */
export function learnGlossary(
  _reports: LearnedReport[],
  _segmenter: Segmenter,
): { glossary: Conventions['glossary']; commonTerms: string[] } {
  return { glossary: [], commonTerms: [] };
}
