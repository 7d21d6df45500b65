import { removeEntryEdits } from '../glossary/edits.js';
import { firstUseOf } from '../glossary/terms.js';
import type { Rule, RuleFinding } from '../types.js';
import { msg, quoted } from './util.js';

/** An entry of 名词解释 that the body never uses. */
export const rule: Rule = {
  id: 'glossary-unused',
  severity: 'warning',
  category: 'glossary',
  fixable: true,
  tags: ['unnecessary'],
  description: msg('名词解释中的条目在正文中未使用', 'A glossary (名词解释) entry is never used in the body'),
  check({ model }) {
    const entries = model.glossary?.entries ?? [];
    return entries.flatMap((e, i): RuleFinding[] =>
      firstUseOf(model, e)
        ? []
        : [
            {
              span: e.termSpan,
              message: msg(`名词解释条目${quoted(e.term)}在正文中未出现`, `The entry ${quoted(e.term)} is not used in the body`),
              fixes: [{ title: msg('删除该条目并重新编号', 'Remove the entry and renumber'), safe: false, edits: removeEntryEdits(model, i) }],
            },
          ],
    );
  },
};
