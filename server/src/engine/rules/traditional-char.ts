import { traditionalChars } from '../text/traditional.js';
import type { Rule, RuleFinding } from '../types.js';
import { msg } from './util.js';

/** Traditional characters inside simplified text (`跨境電商`, `創建`). */
export const rule: Rule = {
  id: 'traditional-char',
  severity: 'warning',
  category: 'proofreading',
  fixable: true,
  scope: 'paragraph',
  description: msg('简体文本中夹有繁体字', 'Traditional characters inside simplified text'),
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const p of model.paragraphs) {
      for (const t of traditionalChars(model.text.slice(p.span.start, p.span.end))) {
        const span = { start: p.span.start + t.index, end: p.span.start + t.index + 1 };
        findings.push({
          span,
          message: msg(`繁体字“${t.from}”，简体为“${t.to}”`, `Traditional character "${t.from}"; simplified "${t.to}"`),
          fixes: [{ title: msg(`改为“${t.to}”`, `Change to "${t.to}"`), safe: false, edits: [{ span, newText: t.to }] }],
        });
      }
    }
    return findings;
  },
};
