import { parseReport } from '../parse/index.js';
import type { Segmenter } from '../text/segmenter.js';
import type { TypoModel } from '../text/typo-model.js';
import { GlossaryLearner } from './learn-glossary.js';
import { IndicatorsLearner } from './learn-indicators.js';
import { PhrasesLearner } from './learn-phrases.js';
import { SkeletonLearner } from './learn-skeleton.js';
import { TargetsLearner } from './learn-targets.js';
import { TypoNamesLearner } from './learn-typo-names.js';
import { CONVENTIONS_VERSION, type Conventions } from './schema.js';

export interface CorpusDocument {
  /** A name for the document (its file name). */
  name: string;
  text: string;
}

/**
 * Learns the conventions of a corpus. Pure: documents in, Conventions out. With the typo
 * model, the archive's own names that the model would correct are learned too (`typoNames`).
 */
export function learnConventions(documents: CorpusDocument[], segmenter: Segmenter, typoModel?: TypoModel): Conventions {
  return learnConventionsFrom(() => documents, segmenter, typoModel);
}

/**
 * The same, reading the archive as it goes: `read()` gives the documents one at a time, in the
 * same order each time it is called (once, or three times with the typo model), and each
 * report's parsed model is dropped before the next is read, so memory does not grow with the
 * archive (`report-lint learn` reads the files again rather than keeping them).
 */
export function learnConventionsFrom(read: () => Iterable<CorpusDocument>, segmenter: Segmenter, typoModel?: TypoModel): Conventions {
  const sources: string[] = [];
  const skeleton = new SkeletonLearner();
  const glossary = new GlossaryLearner();
  const targets = new TargetsLearner();
  const indicators = new IndicatorsLearner();
  const phrases = new PhrasesLearner();
  for (const d of distinct(read(), sources)) {
    const model = parseReport(d.text, segmenter);
    skeleton.add(model);
    glossary.add(d.name, model);
    targets.add(model);
    indicators.add(d.name, model);
    phrases.add(d.name, model);
  }
  const { parts, partOrder, learnedWordings, headingStyles } = skeleton.finish();
  const learned = glossary.finish();
  const conventions: Conventions = {
    version: CONVENTIONS_VERSION,
    sources,
    parts,
    partOrder,
    learnedWordings,
    headingStyles,
    targets: targets.finish(),
    indicators: indicators.finish(),
    glossary: learned.glossary,
    commonTerms: learned.commonTerms,
    canonicalPhrases: phrases.finish(),
    typoNames: [],
  };
  if (typoModel) {
    const names = new TypoNamesLearner(conventions, segmenter, typoModel);
    for (const d of distinct(read())) names.flag(parseReport(d.text, segmenter));
    for (const d of distinct(read())) names.count(d.text.charCodeAt(0) === 0xfeff ? d.text.slice(1) : d.text);
    conventions.typoNames = names.finish();
  }
  return conventions;
}

/**
 * The documents with a file copied under several names kept once (identical text after line
 * endings and surrounding whitespace): one report's evidence, not several — 50 copies of one
 * report would otherwise outvote the rest of the archive. Every name goes to `sources`.
 * Only a 64-bit hash and the length of each text are kept, not the text.
 */
function* distinct(documents: Iterable<CorpusDocument>, sources?: string[]): Generator<CorpusDocument> {
  const seen = new Set<string>();
  for (const d of documents) {
    sources?.push(d.name);
    const key = fingerprint(d.text.replace(/\r\n?/g, '\n').trim());
    if (seen.has(key)) continue;
    seen.add(key);
    yield d;
  }
}

/** cyrb53-style hash (two 32-bit lanes) with the length: a collision among an archive's reports is not a concern. */
function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(h1 >>> 0).toString(36)}.${(h2 >>> 0).toString(36)}.${text.length}`;
}
