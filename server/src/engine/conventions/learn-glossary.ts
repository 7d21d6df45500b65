import { findCandidates } from '../glossary/candidates.js';
import type { ReportModel } from '../model.js';
import type { Conventions } from './schema.js';

/**
 * Definitions from every 名词解释 in the corpus, and common knowledge: numbered slogans used in
 * at least two reports and explained in none (the corpus shows writers never explain them).
 */
export class GlossaryLearner {
  private readonly glossary: Conventions['glossary'] = [];
  private readonly terms = new Set<string>();
  /** Numbered and formula terms, with the first two reports that use them (two is the threshold). */
  private readonly usedIn = new Map<string, string[]>();

  /** One report's evidence; the model is not kept. */
  add(name: string, model: ReportModel): void {
    for (const e of model.glossary?.entries ?? []) {
      if (!e.term || !e.definition.trim() || this.terms.has(e.term)) continue;
      this.terms.add(e.term);
      this.glossary.push({ term: e.term, keys: e.keys, definition: e.definition.trim(), source: name });
    }
    for (const a of findCandidates(model)) {
      if (a.shape !== 'numbered' && a.shape !== 'formula') continue;
      const reports = this.usedIn.get(a.key);
      if (!reports) this.usedIn.set(a.key, [name]);
      else if (reports.length < 2 && !reports.includes(name)) reports.push(name);
    }
  }

  finish(): { glossary: Conventions['glossary']; commonTerms: string[] } {
    const explained = new Set(this.glossary.flatMap((g) => g.keys));
    const commonTerms = [...this.usedIn.entries()]
      .filter(([term, r]) => r.length >= 2 && !explained.has(term) && ![...explained].some((k) => k.includes(term) || term.includes(k)))
      .map(([term]) => term)
      .sort();
    return { glossary: this.glossary, commonTerms };
  }
}
