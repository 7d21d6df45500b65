import type { Conventions } from '../conventions/schema.js';
import { lookupIndicator, TARGET_QUALIFIER_HABITS } from '../genre/indicators.js';
import { subjectCount, targetItems, type TargetItem } from '../parse/targets.js';
import type { Rule, RuleFinding } from '../types.js';
import { msg } from './util.js';

/** Names replaced by newer ones (built-in: 2014 budget law renamed the revenue). */
export const SUPERSEDED_INDICATORS: Record<string, string> = {
  一般公共财政预算收入: '一般公共预算收入',
  公共财政预算收入: '一般公共预算收入',
};

const ACHIEVED = /增长了|提高了|下降了|完成了|实现了|达到了|已完成|已经完成|已达到|已实现/;

export const rule: Rule = {
  id: 'target-phrasing',
  severity: 'warning',
  category: 'targets',
  fixable: true,
  description: msg('预期目标表述不规范：缺少以上/左右等限定语、用了完成时、“分别”前后数目不符、指标旧称、增速超过100%', 'A main target (预期目标) is phrased against convention'),
  check({ model, conventions }) {
    const items = targetItems(model);
    const findings: RuleFinding[] = [];
    for (const item of items) {
      const achieved = ACHIEVED.exec(item.text);
      if (achieved) {
        const span = { start: item.span.start + achieved.index, end: item.span.start + achieved.index + achieved[0].length };
        findings.push({
          span,
          message: msg(`预期目标不应使用完成时“${achieved[0]}”`, `A target should not use achieved wording "${achieved[0]}"`),
          fixes: [{ title: msg('改为目标表述', 'Use target wording'), safe: false, edits: [{ span, newText: achieved[0].replace(/了|已经|已/g, '') }] }],
        });
      }
      if (item.respectively && item.values.length && subjectCount(item.indicator) !== item.values.length) {
        findings.push({
          span: item.span,
          message: msg(
            `“分别”对应${subjectCount(item.indicator)}个主体，却给出${item.values.length}个数值`,
            `"分别" has ${subjectCount(item.indicator)} subjects but ${item.values.length} values`,
          ),
        });
      }
      // The new name dates from the 2014 budget law, in force from 2015: reports drafted before
      // it (up to those delivered early in 2015) use the old one rightly; a report whose year
      // nothing tells is left alone.
      const year = model.reportYear ?? model.planYear;
      const renamed = year !== undefined && year >= 2016;
      for (const [old, current] of renamed ? Object.entries(SUPERSEDED_INDICATORS) : []) {
        const at = item.text.indexOf(old);
        if (at < 0 || item.text.includes(current) && !item.text.includes('财政')) continue;
        const span = { start: item.span.start + at, end: item.span.start + at + old.length };
        findings.push({
          span,
          message: msg(`指标旧称“${old}”，现称“${current}”`, `"${old}" is the old name; now "${current}"`),
          fixes: [{ title: msg(`改为“${current}”`, `Use "${current}"`), safe: false, edits: [{ span, newText: current }] }],
        });
        break;
      }
      for (const v of item.values) {
        if (v.unit === '%' && v.number > 100 && item.verb === '增长') {
          findings.push({
            span: v.span,
            severity: 'info',
            message: msg(`增速 ${v.text} 超过100%，请核实（常为 ${v.number / 10}% 之误）`, `Growth of ${v.text} is above 100%: please check (often ${v.number / 10}%)`),
          });
        }
      }
    }
    for (const f of missingQualifiers(items, conventions)) findings.push(f);
    return findings;
  },
};

/** Writers qualify this indicator's target when its siblings are qualified: in this share of the cases seen, at least. */
const HABIT = 0.75;
const HABIT_CASES = 8;

/**
 * An item whose % siblings all carry a qualifier while it carries none, for an indicator that
 * writers habitually qualify (the corpus, plus the conventions learned from the user's own
 * reports); a range (`5%-5.5%`) or 力争 counts as qualified.
 */
function missingQualifiers(items: readonly TargetItem[], conventions: Conventions): RuleFinding[] {
  const growth = items.filter((i) => i.values.some((v) => v.unit === '%'));
  const bare = growth.filter((i) => !i.qualifier && !i.strive && !i.range);
  const qualified = growth.filter((i) => i.qualifier);
  if (bare.length !== 1 || qualified.length < 2) return [];
  const item = bare[0]!;
  const learned = conventions.targets.indicators.find((x) => x.name === item.indicator)?.qualifiers ?? {};
  const habit = { ...(TARGET_QUALIFIER_HABITS[lookupIndicator(item.indicator, conventions.indicators)?.name ?? item.indicator] ?? { qualified: 0, bare: 0 }) };
  for (const [q, n] of Object.entries(learned)) habit[q === '（无）' ? 'bare' : 'qualified'] += n;
  if (habit.qualified + habit.bare < HABIT_CASES || habit.qualified < HABIT * (habit.qualified + habit.bare)) return [];
  const counts = new Map<string, number>();
  for (const [q, n] of Object.entries(learned)) if (q !== '（无）') counts.set(q, (counts.get(q) ?? 0) + n);
  for (const s of qualified) counts.set(s.qualifier!, (counts.get(s.qualifier!) ?? 0) + 1);
  const qualifier = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const last = item.values.at(-1)!;
  return [
    {
      span: { start: item.indicatorSpan.start, end: last.span.end },
      message: msg(
        `“${item.indicator}”的目标缺少限定语（其余目标均带“以上/左右”等），是否应为“${last.text}${qualifier}”？`,
        `The target for "${item.indicator}" lacks a qualifier while its siblings carry one: "${last.text}${qualifier}"?`,
      ),
      related: qualified.slice(0, 2).map((s) => ({ span: s.qualifierSpan!, message: msg('同句其他目标的限定语', 'a sibling target’s qualifier') })),
      fixes: [{ title: msg(`加上“${qualifier}”`, `Add "${qualifier}"`), safe: false, edits: [{ span: { start: last.span.end, end: last.span.end }, newText: qualifier }] }],
    },
  ];
}
