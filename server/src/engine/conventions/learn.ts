import type { ReportModel } from '../model.js';
import { parseReport } from '../parse/index.js';
import type { Segmenter } from '../text/segmenter.js';
import type { TypoModel } from '../text/typo-model.js';
import { learnCanonicalPhrases } from './learn-phrases.js';
import { learnGlossary } from './learn-glossary.js';
import { learnIndicators } from './learn-indicators.js';
import { learnSkeleton } from './learn-skeleton.js';
import { learnTargets } from './learn-targets.js';
import { learnTypoNames } from './learn-typo-names.js';
import { CONVENTIONS_VERSION, type Conventions } from './schema.js';

export interface CorpusDocument {
  /** A name for the document (its file name). */
  name: string;
  text: string;
}

export interface LearnedReport {
  name: string;
  model: ReportModel;
}

/**
 * Learns the conventions of a corpus. Pure: documents in, Conventions out. With the typo
 * model, the archive's own names that the model would correct are learned too (`typoNames`).
 */
export function learnConventions(documents: CorpusDocument[], segmenter: Segmenter, typoModel?: TypoModel): Conventions {
  // A file copied under several names is one report's evidence, not several (50 copies of
  // one report would otherwise outvote the rest of the archive).
  const seen = new Set<string>();
  const distinct = documents.filter((d) => {
    const key = d.text.replace(/\r\n?/g, '\n').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const reports: LearnedReport[] = distinct.map((d) => ({ name: d.name, model: parseReport(d.text, segmenter) }));
  const skeleton = learnSkeleton(reports);
  const glossary = learnGlossary(reports, segmenter);
  const conventions: Conventions = {
    version: CONVENTIONS_VERSION,
    sources: documents.map((d) => d.name),
    parts: skeleton.parts,
    partOrder: skeleton.partOrder,
    learnedWordings: skeleton.learnedWordings,
    headingStyles: skeleton.headingStyles,
    targets: learnTargets(reports, segmenter),
    indicators: learnIndicators(reports, segmenter),
    glossary: glossary.glossary,
    commonTerms: glossary.commonTerms,
    canonicalPhrases: learnCanonicalPhrases(reports, segmenter),
    typoNames: [],
  };
  if (typoModel) conventions.typoNames = learnTypoNames(reports, conventions, segmenter, typoModel);
  return conventions;
}
