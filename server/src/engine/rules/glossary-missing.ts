import { z } from 'zod';
import { entriesAdder, newEntryFor, respellEdits, respellUsesEdits, widthFits } from '../glossary/edits.js';
import { judgeGlossary } from '../glossary/needs.js';
import type { Rule, RuleFinding } from '../types.js';
import { msg } from './util.js';

const options = z.strictObject({
  /** Without a 名词解释: one hint for the whole document (off by default; `report-lint terms` lists them). */
  hintWithoutGlossary: z.boolean().default(false),
});

/**
 * A term the evidence says needs an entry has none, in a report that has a 名词解释: other
 * places explain it and glossary-writing places do not leave it unexplained, or the report
 * explains all its other terms of the same kind (docs/rules/glossary-missing.md). A report
 * without a 名词解释 gets no per-term findings. A term spelt differently in the body and in
 * its entry (width only) is its own finding, fixed by making them agree.
 */
export const rule: Rule<z.infer<typeof options>> = {
  id: 'glossary-missing',
  severity: 'warning',
  category: 'glossary',
  fixable: true,
  options,
  description: msg('需要解释的术语未在名词解释中说明', 'A term that needs explaining has no entry in the glossary (名词解释)'),
  check({ model, conventions, settings, options: opts }) {
    const state = judgeGlossary(model, conventions, settings);
    const findings: RuleFinding[] = [];
    if (!model.glossary?.entries.length) {
      const likely = state.missing.filter((j) => j.score >= 0.3);
      if (!opts.hintWithoutGlossary || model.glossary || !likely.length) return [];
      const names = likely.slice(0, 5).map((j) => `“${j.candidate.uses[0]!.text}”`).join('、');
      return [
        {
          span: model.title ?? { start: model.body.start, end: model.body.start },
          severity: 'info',
          message: msg(
            `本文没有名词解释；${likely.length}个术语可能需要解释（如${names}），可用“补全名词解释”或 report-lint terms 查看`,
            `The document has no glossary (名词解释); ${likely.length === 1 ? '1 term may need' : `${likely.length} terms may need`} an entry (e.g. ${names}): see the command "Complete the glossary" or report-lint terms`,
          ),
        },
      ];
    }
    for (const s of state.spellings) {
      findings.push({
        span: s.candidate.uses[0]!.span,
        message: msg(`正文写作${s.bodyText}，名词解释写作${s.entryText}`, `The body writes ${s.bodyText}, the glossary (名词解释) ${s.entryText}`),
        related: [{ span: model.glossary.entries[s.entryIndex]!.termSpan, message: msg('名词解释条目', 'the glossary entry') }],
        // The spelling whose widths suit their neighbours wins (`TD-LTE`, not `TD－LTE`); else the body's.
        fixes: [
          widthFits(s.entryText, s.bodyText) === 'a'
            ? {
                id: 'respell',
                title: msg(`将正文中的${s.bodyText}改为${s.entryText}`, `Write ${s.entryText} in the body too`),
                safe: true,
                edits: respellUsesEdits(s.candidate.uses, s.bodyText, s.entryText),
              }
            : {
                id: 'respell',
                title: msg(`将名词解释中的${s.entryText}改为${s.bodyText}`, `Write ${s.bodyText} in the glossary too`),
                safe: true,
                edits: respellEdits(model, s.entryIndex, s.entryText, s.bodyText),
              },
        ],
        data: { term: s.candidate.key },
      });
    }
    const reported = state.missing.filter((j) => j.strong);
    const additions = reported.map((j) => newEntryFor(j.candidate, j.evidence, conventions));
    const addEntriesEdits = entriesAdder(model);
    const addAll =
      reported.length > 1
        ? { id: 'add-all', title: msg(`在名词解释中补全全部 ${reported.length} 个术语`, `Add all ${reported.length} missing terms to the glossary (名词解释)`), safe: false, edits: addEntriesEdits(additions) }
        : undefined;
    reported.forEach((j, i) => {
      const term = j.candidate.uses[0]!.text;
      const entry = additions[i]!;
      const carried = entry.definition !== '（释义待补充）';
      const fixes = [
        {
          id: 'add',
          title: msg(`在名词解释中添加“${term}”${carried ? '（采用通行释义）' : ''}`, `Add "${term}" to the glossary (名词解释)${carried ? ' with its common definition' : ''}`),
          safe: false,
          edits: addEntriesEdits([entry]),
        },
      ];
      if (addAll && i === 0) fixes.push(addAll);
      findings.push({
        span: j.candidate.uses[0]!.span,
        message: msg(`“${term}”未在名词解释中说明：${j.reason.zh}`, `"${term}" is not explained in the glossary (名词解释): ${j.reason.en}`),
        fixes,
        data: { term: j.candidate.key },
      });
    });
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};
