import type { Conventions } from '../conventions/schema.js';
import type { Figure, ReportModel } from '../model.js';
import type { Rule, RuleFinding } from '../types.js';
import { BUILTIN_INDICATORS, formatFigure, indicatorOf } from './figures-util.js';
import { msg } from './util.js';

/** Parts that together make their total (built-in): 一般公共预算收入 = 税收收入 + 非税收入. */
const COMPLETE_SPLITS: Record<string, string[]> = { 一般公共预算收入: ['税收收入', '非税收入'] };
const PART_INDICATORS = new Set(Object.values(COMPLETE_SPLITS).flat());

interface Part {
  level: Figure;
  name?: string;
  growth?: Figure;
  share?: Figure;
}

interface Breakdown {
  total: Figure;
  name?: string;
  growth?: Figure;
  parts: Part[];
  complete: boolean;
}

/** Half the last stated digit: the rounding a written value allows (in written units). */
const ulp = (f: Figure) => 0.5 * 10 ** -f.decimals;
/** The same in the canonical unit. */
const ulpBase = (f: Figure) => (Number(f.numberText) ? (ulp(f) * f.base) / Number(f.numberText) : 0);

/**
 * Parts and wholes (`其中` breakdowns): parts above the total, complete parts that miss it,
 * shares that do not make 100%, a stated share the values contradict, and a total's growth
 * that its parts' growths cannot produce (seed 002 line 57: 3% from parts of 1.4% and 3%).
 * Every comparison allows the rounding of the precision the text states.
 */
export const rule: Rule = {
  id: 'sum-mismatch',
  severity: 'warning',
  category: 'figures',
  fixable: false,
  description: msg('部分与总数不符：分项之和超过总数、占比之和不为100%、占比与数值矛盾、总增速超出分项增速范围', 'Parts and whole disagree'),
  check({ model, conventions }) {
    const findings: RuleFinding[] = [];
    for (const b of breakdowns(model, conventions)) findings.push(...checkBreakdown(model, b));
    return findings;
  },
};

function breakdowns(model: ReportModel, conventions: Conventions): Breakdown[] {
  const out: Breakdown[] = [];
  for (const p of model.paragraphs) {
    const text = model.norm.slice(p.span.start, p.span.end);
    for (const m of text.matchAll(/其中/g)) {
      const at = p.span.start + m.index;
      const sentenceEnd = p.span.start + (text.slice(m.index).search(/。/) < 0 ? text.length : m.index + text.slice(m.index).search(/。/));
      const inPara = model.figures.filter((f) => f.span.start >= p.span.start && f.span.end <= p.span.end);
      const before = inPara.filter((f) => f.span.end <= at);
      // The total is the last level figure before 其中, in this sentence or the one before.
      const total = [...before].reverse().find((f) => f.measure === 'level');
      if (!total || /。.*。/.test(model.norm.slice(total.span.end, at))) continue;
      const name = indicatorOf(total, conventions) ?? total.indicator;
      const growth = before.find((f) => f.span.start > total.span.start && f.measure === 'growth');
      const parts: Part[] = [];
      for (const f of inPara.filter((x) => x.span.start > at && x.span.end <= sentenceEnd)) {
        const partName = f.indicator ? (BUILTIN_INDICATORS[f.indicator] ?? f.indicator) : undefined;
        if (f.measure === 'level') {
          if (f.unit !== total.unit) break;
          if (partName && BUILTIN_INDICATORS[f.indicator!] && !PART_INDICATORS.has(partName)) break;
          parts.push(partName ? { level: f, name: partName } : { level: f });
        } else if (parts.length && f.measure === 'growth') parts.at(-1)!.growth ??= f;
        else if (parts.length && (f.measure === 'share' || f.measure === 'other') && f.unit === '%') parts.at(-1)!.share ??= f;
      }
      if (!parts.length) continue;
      const split = name ? COMPLETE_SPLITS[name] : undefined;
      const complete = (!!split && split.every((s) => parts.some((x) => x.name === s))) || (parts.length >= 2 && parts.every((x) => x.share));
      const b: Breakdown = { total, parts, complete };
      if (name) b.name = name;
      if (growth) b.growth = growth;
      out.push(b);
    }
  }
  return out;
}

function checkBreakdown(model: ReportModel, b: Breakdown): RuleFinding[] {
  const out: RuleFinding[] = [];
  const show = (f: Figure) => formatFigure(f, model.text);
  const totalName = b.name ?? '总数';
  const sum = b.parts.reduce((s, x) => s + x.level.base, 0);
  const tolerance = Math.max(ulpBase(b.total) + b.parts.reduce((s, x) => s + ulpBase(x.level), 0), b.total.base * 1e-6);
  const related = [{ span: b.total.span, message: msg(`总数：${totalName} ${show(b.total)}`, `total: ${totalName} ${show(b.total)}`) }];
  const partsText = b.parts.map((x) => show(x.level)).join(' + ');
  if (sum > b.total.high + tolerance || (b.complete && b.total.high !== Infinity && Math.abs(sum - b.total.base) > tolerance && b.total.approx.length === 0)) {
    out.push({
      span: { start: b.parts[0]!.level.span.start, end: b.parts.at(-1)!.level.span.end },
      message: msg(`分项之和（${partsText}）与${totalName}${show(b.total)}不符`, `The parts (${partsText}) do not add up to the total ${show(b.total)}`),
      related,
    });
  }
  const shares = b.parts.filter((x) => x.share);
  if (b.complete && shares.length === b.parts.length && shares.length >= 2) {
    const total = shares.reduce((s, x) => s + Number(x.share!.numberText), 0);
    const allowed = shares.reduce((s, x) => s + ulp(x.share!), 0);
    if (Math.abs(total - 100) > allowed + 1e-9) {
      out.push({
        span: { start: shares[0]!.share!.span.start, end: shares.at(-1)!.share!.span.end },
        message: msg(`各分项占比之和为${round(total)}%，不等于100%`, `The parts' shares add up to ${round(total)}%, not 100%`),
        related,
      });
    }
  }
  for (const x of shares) {
    const computed = (x.level.base / b.total.base) * 100;
    const stated = Number(x.share!.numberText);
    if (Math.abs(computed - stated) > ulp(x.share!) + 0.05 + (100 * (ulpBase(x.level) + (computed / 100) * ulpBase(b.total))) / b.total.base) {
      out.push({
        span: x.share!.span,
        message: msg(`占比${stated}%与数值不符：${show(x.level)}÷${show(b.total)}≈${round(computed)}%`, `Share ${stated}% contradicts the values: ${show(x.level)} / ${show(b.total)} ≈ ${round(computed)}%`),
        related: [{ span: x.level.span, message: msg('分项数值', 'the part') }, ...related],
      });
    }
  }
  const grown = b.parts.filter((x) => x.growth);
  if (b.growth && grown.length >= 2) {
    const stated = signed(model, b.growth);
    const rates = grown.map((x) => signed(model, x.growth!));
    let expected: number | undefined;
    if (b.complete && grown.length === b.parts.length) {
      const lastYear = grown.reduce((s, x) => s + x.level.base / (1 + signed(model, x.growth!) / 100), 0);
      expected = (sum / lastYear - 1) * 100;
    }
    const allowed = ulp(b.growth) + Math.max(...grown.map((x) => ulp(x.growth!))) + (expected !== undefined ? 0.1 : 0);
    const outside = stated < Math.min(...rates) - allowed || stated > Math.max(...rates) + allowed;
    if (outside || (expected !== undefined && Math.abs(stated - expected) > allowed)) {
      out.push({
        span: b.growth.span,
        message: msg(
          `${totalName}增长${show(b.growth)}与分项增速（${grown.map((x) => show(x.growth!)).join('、')}）不符${expected !== undefined ? `：按分项数值加权应约为${round(expected)}%` : ''}`,
          `The total's growth ${show(b.growth)} cannot come from its parts' growths (${grown.map((x) => show(x.growth!)).join(', ')})${expected !== undefined ? `: weighted, about ${round(expected)}%` : ''}`,
        ),
        related: grown.map((x) => ({ span: x.growth!.span, message: msg(`分项增速 ${show(x.growth!)}`, `a part grows ${show(x.growth!)}`) })),
      });
    }
  }
  return out;
}

/** Growth as a signed percentage: `下降2%` is −2. */
function signed(model: ReportModel, f: Figure): number {
  const before = model.norm.slice(Math.max(0, f.span.start - 4), f.span.start);
  return Number(f.numberText) * (/下降|减少|降低|回落/.test(before) ? -1 : 1);
}

const round = (x: number) => Math.round(x * 100) / 100;
