import type { Conventions } from '../conventions/schema.js';
import type { ReportModel, Span } from '../model.js';
import type { EngineSettings, Message, RuleFix } from '../types.js';
import { addEntriesEdits, entriesAdder, newEntryFor, PLACEHOLDER, type NewEntry } from './edits.js';
import { judgeGlossary } from './needs.js';
import { foldTerm } from './stats.js';

/**
 * One line of 补全名词解释 (`report-lint terms`, the editor's quick pick): a body term the
 * 名词解释 does not explain yet, with why it may need an entry and the entry that adds it.
 */
export interface GlossaryChoice {
  /** The term as the writer first wrote it. */
  term: string;
  /** The folded term (`foldTerm`): what a face sends back to ask for the entry. */
  key: string;
  /** 0..1, the list is sorted by it (docs/rules/glossary-missing.md). */
  score: number;
  /**
   * Strongly needed: what glossary-missing reports in a report with a 名词解释; in a report
   * without one, a term several places explain and few leave unexplained. Faces preselect these.
   */
  needed: boolean;
  reason: Message;
  uses: Span[];
  entry: NewEntry;
  /** Adds this entry alone (fix id `add`, as glossary-missing's own fix). */
  fix: RuleFix;
}

/** The body's candidate terms, best first; terms the 名词解释 covers and the user's common terms left out. */
export function glossaryChoices(model: ReportModel, conventions: Conventions, settings: EngineSettings): GlossaryChoice[] {
  const addEntries = entriesAdder(model);
  return judgeGlossary(model, conventions, settings).missing.map((j) => {
    const entry = newEntryFor(j.candidate, j.evidence, conventions);
    const term = j.candidate.uses[0]!.text;
    const carried = entry.definition !== PLACEHOLDER;
    return {
      term,
      key: j.candidate.key,
      score: j.score,
      needed: j.needed,
      reason: j.reason,
      uses: j.candidate.uses.map((u) => u.span),
      entry,
      fix: {
        id: 'add',
        title: { zh: `在名词解释中添加“${term}”${carried ? '（采用通行释义）' : ''}`, en: `Add "${term}" to the glossary (名词解释)${carried ? ' with its common definition' : ''}` },
        safe: false,
        edits: addEntries([entry]),
      },
    };
  });
}

/**
 * The edits that add the chosen terms (by key or as written) in one go: entries in order of
 * first use, numbered on from the document's own, none twice, in the 名词解释 the parser found
 * (a new one only when the report has none). Keys not among the choices are ignored.
 */
export function addChoicesEdits(model: ReportModel, choices: readonly GlossaryChoice[], wanted: readonly string[]) {
  const keys = new Set(wanted.map(foldTerm));
  return addEntriesEdits(
    model,
    choices.filter((c) => keys.has(c.key) || keys.has(foldTerm(c.term))).map((c) => c.entry),
  );
}
