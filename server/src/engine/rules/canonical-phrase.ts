import type { ReportModel, Span } from '../model.js';
import { CANONICAL_PHRASES, distanceAtMostOne, SUPERSEDED_NAMES } from '../text/phrases.js';
import type { Rule, RuleFinding } from '../types.js';
import { msg } from './util.js';

/**
 * A near miss of a fixed formulation — one character changed, dropped or added
 * (`习近平总书牢记` for `习近平总书记`) — with the canonical form as the fix; and names that
 * were replaced (`一般公共财政预算收入` → `一般公共预算收入`).
 */
export const rule: Rule = {
  id: 'canonical-phrase',
  severity: 'error',
  category: 'proofreading',
  fixable: true,
  description: msg('固定提法写错（错字、漏字、多字）或使用已更名的旧称', 'A fixed formulation is misspelled, or a superseded name is used'),
  check({ model, conventions }) {
    const phrases = [...new Set([...CANONICAL_PHRASES, ...conventions.canonicalPhrases])].filter((p) => p.length >= 6);
    const findings: RuleFinding[] = [];
    const text = model.text;
    const seen = new Set<number>();
    for (const phrase of phrases) {
      for (const near of nearMisses(model, phrase)) {
        if (seen.has(near.start)) continue;
        seen.add(near.start);
        const written = text.slice(near.start, near.end);
        findings.push({
          span: near,
          message: msg(`“${written}”疑为固定提法“${phrase}”之误`, `"${written}" looks like a slip for the fixed formulation "${phrase}"`),
          fixes: [{ title: msg(`改为“${phrase}”`, `Change to "${phrase}"`), safe: false, edits: [{ span: near, newText: phrase }] }],
        });
      }
    }
    for (const [old, current] of Object.entries(SUPERSEDED_NAMES)) {
      for (let at = text.indexOf(old, model.body.start); at >= 0 && at < model.body.end; at = text.indexOf(old, at + old.length)) {
        if (text.slice(at - 2, at) === '一般' && old.startsWith('公共')) continue;
        const span = { start: at, end: at + old.length };
        findings.push({
          span,
          message: msg(`“${old}”已更名为“${current}”`, `"${old}" has been renamed "${current}"`),
          fixes: [{ title: msg(`改为“${current}”`, `Change to "${current}"`), safe: false, edits: [{ span, newText: current }] }],
        });
      }
    }
    return findings;
  },
};

/** Windows within one edit of the phrase, found from its first or last three characters. */
function nearMisses(model: ReportModel, phrase: string): Span[] {
  const text = model.text;
  const out: Span[] = [];
  const anchors = [phrase.slice(0, 3), phrase.slice(-3)];
  for (const [k, anchor] of anchors.entries()) {
    for (let at = text.indexOf(anchor, model.body.start); at >= 0 && at < model.body.end; at = text.indexOf(anchor, at + 1)) {
      // Prefer the reading that keeps the phrase's last character in place (a stray insertion).
      for (const len of [phrase.length + 1, phrase.length, phrase.length - 1]) {
        const start = k === 0 ? at : at + anchor.length - len;
        const window = text.slice(start, start + len);
        if (start < 0 || window === phrase || text.startsWith(phrase, start) || text.slice(start - 1, start - 1 + phrase.length) === phrase) continue;
        if (text.slice(start, start + phrase.length + 1).includes(phrase) || text.slice(Math.max(0, start - 1), start + len + 1).includes(phrase)) continue;
        if (/[\s,，。;；:：、“”()（）\d]/.test(window)) continue;
        // Ends must match, except a last-character slip in a long formulation (意志 for 意识).
        const endsMatch = window.at(-1) === phrase.at(-1) || (len === phrase.length && phrase.length >= 8 && k === 0);
        if (distanceAtMostOne(window, phrase) && endsMatch && window[0] === phrase[0]) {
          if (!out.some((s) => s.start < start + len && start < s.end)) out.push({ start, end: start + len });
          break;
        }
      }
    }
  }
  return out;
}
