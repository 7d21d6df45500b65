import { findCandidates } from '../glossary/candidates.js';
import type { Segmenter } from '../text/segmenter.js';
import type { LearnedReport } from './learn.js';
import type { Conventions } from './schema.js';

/**
 * Definitions from every 名词解释 in the corpus, and common knowledge: numbered slogans used in
 * at least two reports and explained in none (the corpus shows writers never explain them).
 */
export function learnGlossary(
  reports: LearnedReport[],
  _segmenter: Segmenter,
): { glossary: Conventions['glossary']; commonTerms: string[] } {
  const glossary: Conventions['glossary'] = [];
  for (const { name, model } of reports) {
    for (const e of model.glossary?.entries ?? []) {
      if (!e.term || !e.definition.trim()) continue;
      if (glossary.some((g) => g.term === e.term)) continue;
      glossary.push({ term: e.term, keys: e.keys, definition: e.definition.trim(), source: name });
    }
  }
  const explained = new Set(glossary.flatMap((g) => g.keys));
  const usedIn = new Map<string, Set<string>>();
  for (const { name, model } of reports) {
    for (const a of findCandidates(model)) {
      if (a.shape !== 'numbered' && a.shape !== 'formula') continue;
      usedIn.set(a.key, (usedIn.get(a.key) ?? new Set()).add(name));
    }
  }
  const commonTerms = [...usedIn.entries()]
    .filter(([term, r]) => r.size >= 2 && !explained.has(term) && ![...explained].some((k) => k.includes(term) || term.includes(k)))
    .map(([term]) => term)
    .sort();
  return { glossary, commonTerms };
}
