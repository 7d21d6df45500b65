import { reorderEdits } from '../glossary/edits.js';
import { firstUseOf } from '../glossary/terms.js';
import type { Rule, RuleFinding } from '../types.js';
import { displacedParts } from './section-order.js';
import { msg, quoted } from './util.js';

/** Entries numbered 1..n and in order of first use in the body. */
export const rule: Rule = {
  id: 'glossary-order',
  severity: 'info',
  category: 'glossary',
  fixable: true,
  description: msg('名词解释条目未按1..n编号或未按正文首次出现的顺序排列', 'Entries are not numbered 1..n or not in order of first use'),
  check({ model }) {
    const entries = model.glossary?.entries ?? [];
    if (!entries.length) return [];
    const fix = { id: 'reorder', title: msg('按首次出现顺序重排并重新编号', 'Reorder by first use and renumber'), safe: false, edits: reorderEdits(model) };
    const findings: RuleFinding[] = [];
    entries.forEach((e, i) => {
      if (e.number !== null && e.number !== i + 1) {
        findings.push({ span: e.numberSpan, message: msg(`条目编号应为 ${i + 1}，写作 ${e.number}`, `Entry number should be ${i + 1}, not ${e.number}`), fixes: [fix] });
      }
    });
    // While sections are out of order the order of first use is not settled: judge it after.
    if (displacedParts(model).length) return findings;
    const uses = entries.map((e) => firstUseOf(model, e)?.start);
    let maxBefore = -1;
    let maxIndex = -1;
    entries.forEach((e, i) => {
      const at = uses[i];
      if (at === undefined) return;
      if (at < maxBefore && !findings.some((f) => f.span.start === e.numberSpan.start)) {
        const prev = entries[maxIndex]!;
        findings.push({
          span: e.termSpan,
          message: msg(`${quoted(e.term)}在正文中先于${quoted(prev.term)}出现，条目顺序应按首次出现排列`, `${quoted(e.term)} is used before ${quoted(prev.term)} in the body: entries follow first use`),
          related: [{ span: prev.termSpan, message: msg('排在前面的条目', 'the entry placed before it') }],
          fixes: [fix],
        });
      }
      if (at > maxBefore) {
        maxBefore = at;
        maxIndex = i;
      }
    });
    // Every finding offers the reorder; on a pathological appendix only the first does.
    if (findings.length > 60) findings.slice(1).forEach((f) => delete f.fixes);
    return findings;
  },
};
