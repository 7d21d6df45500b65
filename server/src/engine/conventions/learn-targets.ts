import type { Segmenter } from '../text/segmenter.js';
import type { LearnedReport } from './learn.js';
import type { Conventions } from './schema.js';

/** Target phrasing: indicators, verbs and qualifiers of the 预期目标 sentences. */
export function learnTargets(_reports: LearnedReport[], _segmenter: Segmenter): Conventions['targets'] {
  return { verbs: {}, qualifiers: {}, indicators: [] };
}
