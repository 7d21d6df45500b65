import type { IndicatorMatch } from '../genre/indicators.js';
import type { Figure, ReportModel } from '../model.js';
import { targetSentences } from '../parse/targets.js';
import type { Rule, RuleFinding, Severity } from '../types.js';
import { formatFigure, indicatorMatch, periodLabel, periodOf } from './figures-util.js';
import { msg } from './util.js';

interface Stated {
  figure: Figure;
  indicator: IndicatorMatch;
  /** For a growth rate: the level stated just before it for the same indicator (its subject). */
  level?: Figure;
}

/**
 * The same indicator of the same period and kind stated twice with values that cannot both be
 * true. Each figure is an interval (rounding, 余/近/超/突破/以上/左右), units converted, and
 * carries its period and kind (parse/figures.ts): this year's target is never compared with
 * last year's result, a five-year total with one year, a stock with an increase, the start of
 * a from-to pair with its end. Error only when both figures name the indicator themselves and
 * are the same indicator, period and kind; a name of the same family (地方一般公共预算收入 and
 * 一般公共预算收入), an indicator carried from an earlier clause, or values that differ by a
 * power of ten (a 亿/万 slip) give a warning whose message says why.
 * Levels that differ more than twofold speak of different subjects (a district and one of its
 * zones), not of one figure written twice: they are not compared. docs/rules/figure-mismatch.md
 */
export const rule: Rule = {
  id: 'figure-mismatch',
  severity: 'error',
  category: 'figures',
  fixable: false,
  description: msg('同一指标、同一时期的数字前后不一致', 'The same indicator for the same period is stated with values that cannot both be true'),
  check({ model, conventions }) {
    const groups = new Map<string, Stated[]>();
    // A figure whose period nothing tells is compared only before the plan begins: after it,
    // an unmarked figure may as well be a target.
    const planStart = Math.min(
      targetSentences(model)[0]?.start ?? Infinity,
      ...model.landmarks.filter((l) => l.kind === 'plan' || l.kind === 'tasks' || l.kind === 'targets').map((l) => l.span.start),
    );
    let lastLevel: Figure | undefined;
    for (const f of model.figures) {
      if (f.measure === 'level' || f.measure === 'count') lastLevel = f;
      if (f.measure !== 'level' && f.measure !== 'growth' && f.measure !== 'count') continue;
      const period = periodOf(f);
      if (f.aspect === 'alternative' || f.aspect === 'of-plan') continue;
      if (period.startsWith('unresolved') && f.span.start >= planStart) continue;
      const indicator = indicatorMatch(f, conventions);
      if (!indicator) continue;
      const stated: Stated = { figure: f, indicator };
      if (f.measure === 'growth' && lastLevel && lastLevel.paragraph === f.paragraph && lastLevel.indicator === f.indicator && f.span.start - lastLevel.span.end < 40) stated.level = lastLevel;
      const key = [indicator.family, f.measure, f.unit, period, f.listIndex ?? ''].join('|');
      const group = groups.get(key);
      if (group) group.push(stated);
      else groups.set(key, [stated]);
    }
    const findings: RuleFinding[] = [];
    for (const group of groups.values()) {
      for (let i = 1; i < group.length; i++) {
        // The statements before this one (not at its own place): none may agree with it, and
        // the first that can be the same figure is the one it contradicts.
        const later = group[i]!;
        const earlier = (e: Stated) => e.figure.span.start !== later.figure.span.start;
        let any = false;
        let agrees = false;
        for (let j = 0; j < i && !agrees; j++) if (earlier(group[j]!)) (any = true), (agrees = overlap(group[j]!.figure, later.figure));
        if (!any || agrees) continue;
        let other: Stated | undefined;
        for (let j = 0; j < i && !other; j++) if (earlier(group[j]!) && comparable(group[j]!, later) !== 'different') other = group[j];
        if (!other) continue;
        findings.push(finding(model, other, later, comparable(other, later) === 'magnitude'));
      }
    }
    return findings;
  },
};

/** Whether two statements can be one figure written twice: the same, a magnitude slip, or different subjects. */
function comparable(a: Stated, b: Stated): 'same' | 'magnitude' | 'different' {
  if (a.figure.measure === 'growth') {
    if (a.level && b.level && a.level.unit === b.level.unit && ratio(a.level.base, b.level.base) > 1.5) return 'different';
    return 'same';
  }
  const r = ratio(a.figure.base, b.figure.base);
  if (r <= 2) return 'same';
  // 6.4亿元 against 6400万元: the same digits, a power of ten apart.
  const power = Math.log10(r);
  if (Math.abs(power - Math.round(power)) < 0.01 && digits(a.figure) === digits(b.figure)) return 'magnitude';
  return 'different';
}

function finding(model: ReportModel, earlier: Stated, later: Stated, magnitude: boolean): RuleFinding {
  const a = formatFigure(earlier.figure, model.text);
  const b = formatFigure(later.figure, model.text);
  const sameName = earlier.indicator.name === later.indicator.name;
  const name = later.indicator.name;
  const when = periodLabel(later.figure);
  const reasons: { zh: string; en: string }[] = [];
  if (!sameName) reasons.push({ zh: `两处名称不同（${earlier.indicator.name}、${later.indicator.name}），若为同一指标请统一`, en: `the names differ (${earlier.indicator.name}, ${later.indicator.name}); if they are one indicator, make them agree` });
  if (magnitude) reasons.push({ zh: '两数相差整10倍（亿/万等数量级疑误）', en: 'they differ by a power of ten (a 亿/万 slip?)' });
  const carried = ![earlier, later].every((s) => s.level || ownClause(model, s.figure));
  if (carried && !magnitude) reasons.push({ zh: '指标名由前文推断', en: 'the indicator is read from an earlier clause' });
  const samePeriod = !periodOf(later.figure).startsWith('unresolved');
  if (!samePeriod) reasons.push({ zh: '两处均未说明时期，若为同一时期请统一', en: 'neither place says its period; if it is the same, make them agree' });
  const severity: Severity | undefined = reasons.length || later.figure.period !== 'year' ? 'warning' : undefined;
  const line = (f: Figure) => model.lineStarts.findLastIndex((s) => s <= f.span.start);
  const f: RuleFinding = {
    span: later.figure.span,
    message: msg(
      `“${name}”（${when.zh}）前文为${a}，此处为${b}，数字不一致${reasons.length ? `：${reasons.map((r) => r.zh).join('；')}` : ''}`,
      `"${name}" (${when.en}) is ${a} earlier but ${b} here${reasons.length ? `: ${reasons.map((r) => r.en).join('; ')}` : ''}`,
    ),
    related: [{ span: earlier.figure.span, message: msg(`前文：${earlier.indicator.name} ${a}`, `earlier: ${earlier.indicator.name} ${a}`) }],
    data: {
      indicator: name,
      /** Both statements name the same indicator (the "use the figure from line N" action reads it). */
      sameIndicator: sameName,
      samePeriod,
      measure: later.figure.measure,
      period: periodOf(later.figure),
      text: b,
      otherText: a,
      otherLine: line(earlier.figure),
      magnitude,
    },
  };
  if (severity) f.severity = severity;
  return f;
}

/** The figure's clause names its indicator itself (not carried from an earlier clause). */
function ownClause(model: ReportModel, f: Figure): boolean {
  if (!f.indicatorSpan) return false;
  const between = model.norm.slice(f.indicatorSpan.end, f.span.start);
  return !/[,;:、。]/.test(between);
}

/**
 * Two figures agree when their intervals share more than an end: 6% stands for [5.5, 6.5) and
 * 7% for [6.5, 7.5), so they differ; `突破2000亿元` and `2000亿元` agree.
 */
function overlap(a: Figure, b: Figure): boolean {
  return a.low < b.high && b.low < a.high;
}

function ratio(x: number, y: number): number {
  if (x <= 0 || y <= 0) return Infinity;
  return Math.max(x, y) / Math.min(x, y);
}

/** The significant digits as written: 6.4 and 6400 both give `64`. */
function digits(f: Figure): string {
  return f.numberText.replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
}
