import { addEntriesEdits, newEntryFor } from '../glossary/edits.js';
import { commonKnowledge, entryFor, findAbbreviations, isCommon } from '../glossary/terms.js';
import type { Rule, RuleFinding } from '../types.js';
import { msg } from './util.js';

/**
 * A numbered slogan, a term the corpus explains, or a Latin acronym is used in the body and has
 * no entry in 名词解释, and is not common knowledge. One finding per term, at its first use.
 */
export const rule: Rule = {
  id: 'glossary-missing',
  severity: 'warning',
  category: 'glossary',
  fixable: true,
  description: msg('缩略语、数字略语未在名词解释中说明', 'An abbreviation or numbered slogan has no entry in 名词解释'),
  check({ model, conventions, settings }) {
    const common = commonKnowledge(conventions, settings);
    const missing = findAbbreviations(model, conventions).filter((a) => !isCommon(a, common) && !entryFor(model, a));
    // Without a glossary, plain acronyms are too weak a signal; keep the list short.
    const reported = model.glossary ? missing : missing.filter((a) => a.kind !== 'acronym' || a.uses.length >= 2);
    const all = reported.map((a) => newEntryFor(a, conventions));
    const addAll = reported.length > 1 ? { title: msg(`在名词解释中补全全部 ${reported.length} 个术语`, `Add all ${reported.length} missing terms to 名词解释`), safe: false, edits: addEntriesEdits(model, all) } : undefined;
    return reported.map((a, i): RuleFinding => {
      const entry = all[i]!;
      const known = entry.definition !== '（释义待补充）';
      const fixes = [
        {
          title: model.glossary
            ? msg(`在名词解释中添加“${a.key}”${known ? '（采用语料释义）' : ''}`, `Add "${a.key}" to 名词解释${known ? ' (corpus definition)' : ''}`)
            : msg(`新建名词解释并添加“${a.key}”`, `Create 名词解释 with "${a.key}"`),
          safe: false,
          edits: addEntriesEdits(model, [entry]),
        },
      ];
      // One "add all" is enough: on the first term (the 补全名词解释 command uses it too).
      if (addAll && i === 0) fixes.push(addAll);
      const f: RuleFinding = {
        span: a.uses[0]!.span,
        message: model.glossary
          ? msg(`“${a.key}”未在名词解释中说明`, `"${a.key}" is not explained in 名词解释`)
          : msg(`“${a.key}”可能需要在名词解释中说明（本文没有名词解释）`, `"${a.key}" may need a 名词解释 entry (the document has none)`),
        fixes,
        data: { term: a.key },
      };
      if (!model.glossary) f.severity = 'info';
      return f;
    });
  },
};
