import type { Figure } from '../model.js';
import type { Rule, RuleFinding } from '../types.js';
import { formatFigure, indicatorOf, periodOf } from './figures-util.js';
import { msg } from './util.js';

/**
 * The same indicator, measure and period stated twice with values that cannot both be true:
 * each figure is an interval (rounding, 余/近/超/突破/以上/左右), units converted; only
 * intervals that cannot overlap disagree. The later statement carries the earlier one.
 */
export const rule: Rule = {
  id: 'figure-mismatch',
  severity: 'error',
  category: 'figures',
  fixable: false,
  description: msg('同一指标、同一时期的数字前后不一致', 'The same indicator for the same period is stated with values that cannot both be true'),
  check({ model, conventions }) {
    const groups = new Map<string, Figure[]>();
    for (const f of model.figures) {
      if (f.measure !== 'level' && f.measure !== 'growth') continue;
      const indicator = indicatorOf(f, conventions);
      if (!indicator) continue;
      const key = `${indicator}|${f.measure}|${f.unit}|${periodOf(f, model)}|${f.listIndex ?? ''}`;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    const findings: RuleFinding[] = [];
    for (const [key, figures] of groups) {
      const indicator = key.split('|')[0]!;
      figures.forEach((later, i) => {
        const earlier = figures.slice(0, i).find((e) => e.paragraph !== later.paragraph || e.span.start !== later.span.start);
        if (!earlier || overlap(earlier, later)) return;
        if (i > 0 && figures.slice(0, i).some((e) => overlap(e, later))) return;
        const a = formatFigure(earlier, model.text);
        const b = formatFigure(later, model.text);
        findings.push({
          span: later.span,
          message: msg(`“${indicator}”前文为${a}，此处为${b}，数字不一致`, `"${indicator}" is ${a} earlier but ${b} here`),
          related: [{ span: earlier.span, message: msg(`前文：${indicator} ${a}`, `earlier: ${indicator} ${a}`) }],
        });
      });
    }
    return findings;
  },
};

function overlap(a: Figure, b: Figure): boolean {
  return a.low <= b.high && b.low <= a.high;
}
