import type { Conventions } from '../conventions/schema.js';
import type { Figure, ReportModel, Span } from '../model.js';
import type { Rule, RuleFinding } from '../types.js';
import { formatFigure, indicatorMatch } from './figures-util.js';
import { msg } from './util.js';

/** Parts that together make their total (built-in): 一般公共预算收入 = 税收收入 + 非税收入. */
const COMPLETE_SPLITS: Record<string, string[]> = { 一般公共预算收入: ['税收收入', '非税收入'], 地方一般公共预算收入: ['税收收入', '非税收入'] };
const PART_INDICATORS = new Set(Object.values(COMPLETE_SPLITS).flat());
/**
 * Indicators whose growth is reported at comparable (constant) prices by the statistics
 * bureaus (国家统计局: 地区生产总值 and value added at 不变价), so growth and current-price
 * levels may legitimately differ.
 */
const REAL_GROWTH = /生产总值|增加值|总产值|GDP/;

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
 * Figures that arithmetic ties together and that disagree. Parts and wholes (`其中`
 * breakdowns): parts above the total, complete parts that miss it, shares of one whole above
 * 100% (or, for a complete split, not 100%), a stated share the values contradict, and a
 * total's growth that its parts' growths cannot produce (seed 002 line 57: 3% from parts of
 * 1.4% and 3%). A growth rate its own levels contradict (`从7394亿元增加到9027亿元，增长14.1%`
 * is +22.1%; at comparable prices a difference is possible, so that is info). A structure
 * ratio (`三次产业结构为3.1:38.5:59.4`) that does not make 100. Parts are compared only with a
 * whole of the same kind (a stock with a stock, an increase with an increase). Every
 * comparison allows the rounding of the precision the text states. docs/rules/sum-mismatch.md
 */
export const rule: Rule = {
  id: 'sum-mismatch',
  severity: 'warning',
  category: 'figures',
  fixable: false,
  description: msg('数字之间的算术关系不成立：分项之和超过总数、占比之和超过100%、占比与数值矛盾、增速与前后数值不符', 'Figures that arithmetic ties together disagree'),
  check({ model, conventions }) {
    const findings: RuleFinding[] = [];
    const byParagraph = figuresByParagraph(model);
    for (const b of breakdowns(model, conventions, byParagraph)) for (const f of checkBreakdown(model, b)) findings.push(f);
    for (const f of growthAgainstLevels(model, conventions, byParagraph)) findings.push(f);
    for (const f of structureRatios(model)) findings.push(f);
    return findings;
  },
};

function figuresByParagraph(model: ReportModel): Map<number, Figure[]> {
  const out = new Map<number, Figure[]>();
  for (const f of model.figures) {
    const list = out.get(f.paragraph);
    if (list) list.push(f);
    else out.set(f.paragraph, [f]);
  }
  return out;
}

function breakdowns(model: ReportModel, conventions: Conventions, byParagraph: Map<number, Figure[]>): Breakdown[] {
  const out: Breakdown[] = [];
  for (const [pi, figs] of byParagraph) {
    if (figs.length < 2) continue;
    const p = model.paragraphs[pi]!;
    const text = model.norm.slice(p.span.start, p.span.end);
    let k = 0;
    for (const m of text.matchAll(/其中/g)) {
      const at = p.span.start + m.index;
      while (k < figs.length && figs[k]!.span.end <= at) k++;
      // The total is the last level figure before 其中 (in this sentence or the one before) of
      // the same unit and kind as the first part: `赤字13500亿元，比上年增加1500亿元，其中…` is a
      // breakdown of 13500, not of the increase.
      // Amounts and counts of things (`新建学校12所,其中小学8所`) break down alike.
      const first = isAmount(figs[k]) ? figs[k] : undefined;
      let total: Figure | undefined;
      for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
        const f = figs[j]!;
        if (!isAmount(f) || (first && f.measure !== first.measure)) continue;
        if (first && (f.unit !== first.unit || (f.aspect ?? 'value') !== (first.aspect ?? 'value'))) continue;
        total = f;
        break;
      }
      if (!total || /。[^。]*。/.test(model.norm.slice(total.span.end, at))) continue;
      // `不低于每生每年3000元`: a floor, not a total.
      if (total.indicatorSpan && /不低于|不少于|至少|最低/.test(model.norm.slice(total.indicatorSpan.start, total.span.start))) continue;
      // `其中,A…;B…` lists its parts up to the sentence end; `其中A…` up to the first `;`.
      const rest = text.slice(m.index + 2);
      const listed = /^[,:]/.test(rest);
      const stop = rest.search(listed ? /[。!?]/ : /[。!?;]/);
      const end = at + 2 + (stop < 0 ? rest.length : stop);
      const name = indicatorMatch(total, conventions)?.name ?? total.indicator;
      let growth: Figure | undefined;
      for (let j = figs.indexOf(total) + 1; j < k; j++) if (figs[j]!.measure === 'growth') growth ??= figs[j];
      const parts: Part[] = [];
      for (let j = k; j < figs.length && figs[j]!.span.end <= end; j++) {
        const f = figs[j]!;
        const known = indicatorMatch(f, conventions);
        const partName = known?.name ?? f.indicator;
        if (isAmount(f)) {
          if (f.measure !== total.measure || f.unit !== total.unit || (f.aspect ?? 'value') !== (total.aspect ?? 'value') || f.period !== total.period) break;
          // A named headline indicator that is not one of the total's parts ends the list.
          if (parts.length && known && !PART_INDICATORS.has(known.name) && f.indicator !== total.indicator) break;
          // A later value larger than the whole is another quantity the sentence goes on to; a
          // first one is a slip when its name shares a word with the total's, or names a kind
          // of the counted things (`企业64家,其中国企37家`) or a short category (`其中省级…`): an
          // output (总产值) above value added is not a part.
          if (f.low > total.high && (parts.length || !(related(partName, name ?? total.indicator) || f.measure === 'count' || (partName?.length ?? 0) <= 4))) break;
          parts.push(partName ? { level: f, name: partName } : { level: f });
        } else if (parts.length && f.measure === 'growth') parts.at(-1)!.growth ??= f;
        else if (parts.length && f.measure === 'share' && shareOfTotal(model, parts.at(-1)!.level, f, total, name)) parts.at(-1)!.share ??= f;
      }
      if (!parts.length) continue;
      const split = name ? COMPLETE_SPLITS[name] : undefined;
      const complete = !!split && split.every((s) => parts.some((x) => x.name === s));
      const b: Breakdown = { total, parts, complete };
      if (name) b.name = name;
      if (growth) b.growth = growth;
      out.push(b);
    }
  }
  return out;
}

/**
 * A share belongs to a part when it follows it in the same clause or the next, and its whole is
 * the total: `占全市38.4%` or `占世界60%` is a share of another whole.
 */
function shareOfTotal(model: ReportModel, part: Figure, share: Figure, total: Figure, totalName: string | undefined): boolean {
  const between = model.norm.slice(part.span.end, share.span.start);
  if (/[;。]/.test(between) || (between.match(/[,、]/g)?.length ?? 0) > 3) return false;
  if (share.indicator && share.indicator !== part.indicator && !/^占/.test(share.indicator)) return false;
  const whole = /占(.*?)(?:的)?(?:比重|比例)?(?:为|达到|达)?$/.exec(between)?.[1] ?? '';
  if (!whole || /^(?:比|总[量额数]?|全部)$/.test(whole)) return true;
  return [totalName ?? '', total.indicator ?? ''].some((n) => n.includes(whole) || whole.includes(n) && n.length >= 2);
}

function checkBreakdown(model: ReportModel, b: Breakdown): RuleFinding[] {
  const out: RuleFinding[] = [];
  const show = (f: Figure) => formatFigure(f, model.text);
  const totalName = b.name ?? '总数';
  const sum = b.parts.reduce((s, x) => s + x.level.base, 0);
  const tolerance = Math.max(ulpBase(b.total) + b.parts.reduce((s, x) => s + ulpBase(x.level), 0), b.total.base * 1e-6);
  const related = [{ span: b.total.span, message: msg(`总数：${totalName} ${show(b.total)}`, `total: ${totalName} ${show(b.total)}`) }];
  const partsText = b.parts.map((x) => show(x.level)).join(' + ');
  const partsLow = b.parts.reduce((s, x) => s + (x.level.low === -Infinity ? 0 : x.level.low), 0);
  if (partsLow > b.total.high + tolerance || (b.complete && b.total.high !== Infinity && Math.abs(sum - b.total.base) > tolerance && b.total.approx.length === 0 && b.parts.every((x) => !x.level.approx.length))) {
    out.push({
      span: { start: b.parts[0]!.level.span.start, end: b.parts.at(-1)!.level.span.end },
      message: msg(`分项之和（${partsText}）与${totalName}${show(b.total)}不符`, `The parts (${partsText}) do not add up to the total ${show(b.total)}`),
      related,
    });
  }
  const shares = b.parts.filter((x) => x.share && !x.share.approx.length);
  if (shares.length >= 2) {
    const total = shares.reduce((s, x) => s + Number(x.share!.numberText), 0);
    const allowed = shares.reduce((s, x) => s + ulp(x.share!), 0);
    const whole = b.complete && shares.length === b.parts.length;
    if (total > 100 + allowed + 1e-9 || (whole && Math.abs(total - 100) > allowed + 1e-9)) {
      out.push({
        span: { start: shares[0]!.share!.span.start, end: shares.at(-1)!.share!.span.end },
        message: msg(
          `各分项占比之和为${round(total)}%，${whole ? '不等于' : '超过'}100%`,
          `The parts' shares add up to ${round(total)}%, ${whole ? 'not' : 'more than'} 100%`,
        ),
        related,
      });
    }
  }
  for (const x of shares) {
    const computed = (x.level.base / b.total.base) * 100;
    const stated = Number(x.share!.numberText);
    if (b.total.approx.length || x.level.approx.length) continue;
    if (Math.abs(computed - stated) > ulp(x.share!) + 0.05 + (100 * (ulpBase(x.level) + (computed / 100) * ulpBase(b.total))) / b.total.base) {
      out.push({
        span: x.share!.span,
        message: msg(`占比${stated}%与数值不符：${show(x.level)}÷${show(b.total)}≈${round(computed)}%`, `Share ${stated}% contradicts the values: ${show(x.level)} / ${show(b.total)} ≈ ${round(computed)}%`),
        related: [{ span: x.level.span, message: msg('分项数值', 'the part') }, ...related],
      });
    }
  }
  const grown = b.parts.filter((x) => x.growth);
  // A total's growth lies between its parts' growths only when the parts make the whole.
  if (b.complete && b.growth && grown.length === b.parts.length && grown.length >= 2) {
    const stated = signed(model, b.growth);
    const rates = grown.map((x) => signed(model, x.growth!));
    const lastYear = grown.reduce((s, x) => s + x.level.base / (1 + signed(model, x.growth!) / 100), 0);
    const expected = (sum / lastYear - 1) * 100;
    const allowed = ulp(b.growth) + grown.reduce((m, x) => Math.max(m, ulp(x.growth!)), -Infinity) + 0.1;
    const outside = stated < rates.reduce((a, c) => Math.min(a, c), Infinity) - allowed || stated > rates.reduce((a, c) => Math.max(a, c), -Infinity) + allowed;
    if (outside || Math.abs(stated - expected) > allowed) {
      out.push({
        span: b.growth.span,
        message: msg(
          `${totalName}增长${show(b.growth)}与分项增速（${grown.map((x) => show(x.growth!)).join('、')}）不符：按分项数值加权应约为${round(expected)}%`,
          `The total's growth ${show(b.growth)} cannot come from its parts' growths (${grown.map((x) => show(x.growth!)).join(', ')}): weighted, about ${round(expected)}%`,
        ),
        related: grown.map((x) => ({ span: x.growth!.span, message: msg(`分项增速 ${show(x.growth!)}`, `a part grows ${show(x.growth!)}`) })),
      });
    }
  }
  return out;
}

/**
 * A growth rate stated with the levels it follows from, in one sentence: `从A增加到B，增长g%`
 * (g = B/A − 1) or `B，增加C，增长g%` (g = C/(B − C)). Growth of output measures is stated at
 * comparable prices, so for those (and when the text says 可比) a difference is info.
 */
function growthAgainstLevels(model: ReportModel, conventions: Conventions, byParagraph: Map<number, Figure[]>): RuleFinding[] {
  const out: RuleFinding[] = [];
  const show = (f: Figure) => formatFigure(f, model.text);
  for (const [pi, figs] of byParagraph) {
    const p = model.paragraphs[pi]!;
    figs.forEach((g, i) => {
      if (g.measure !== 'growth' || g.unit !== '%' || (g.aspect ?? 'value') !== 'value' || g.approx.length || !g.indicator) return;
      const sentence = p.sentences.find((s) => s.start <= g.span.start && g.span.end <= s.end);
      if (!sentence) return;
      const same = figs.filter((f, j) => j !== i && f.indicator === g.indicator && f.unit !== '%' && f.span.start >= sentence.start && f.span.end <= sentence.end && !f.approx.length && Math.abs(j - i) <= 3);
      const to = same.find((f) => f.aspect === 'to');
      const change = same.find((f) => f.aspect === 'change');
      const from = same.find((f) => f.aspect === 'from' && (to ? f.span.end <= to.span.start && f.unit === to.unit : change && f.unit === change.unit));
      const level = same.find((f) => (f.aspect ?? 'value') === 'value' && change && f.unit === change.unit && f.span.end <= change.span.start);
      let expected: number | undefined;
      let allowed = ulp(g) + 0.05;
      let places: Figure[] = [];
      if (from && to && from.base > 0) {
        expected = (to.base / from.base - 1) * 100;
        allowed += (to.base / from.base) * 100 * (ulpBase(to) / to.base + ulpBase(from) / from.base);
        places = [from, to];
      } else if (from && change && from.base > 0) {
        expected = (change.base / from.base) * 100;
        allowed += 100 * (ulpBase(change) / from.base + (change.base * ulpBase(from)) / from.base ** 2);
        places = [from, change];
      } else if (level && change && level.base > change.base) {
        const before = level.base - change.base;
        expected = (change.base / before) * 100;
        allowed += 100 * (ulpBase(change) / before + (change.base * (ulpBase(level) + ulpBase(change))) / before ** 2);
        places = [level, change];
      }
      if (expected === undefined || Math.abs(expected - Number(g.numberText)) <= allowed) return;
      const name = indicatorMatch(g, conventions)?.name ?? g.indicator;
      const caveat = g.comparable || places.some((f) => f.comparable) || REAL_GROWTH.test(name);
      const f: RuleFinding = {
        span: g.span,
        message: msg(
          `“${name}”增长${show(g)}，但按${places.map(show).join('、')}计算应为${round(expected)}%${caveat ? '（若增速按可比价计算，两者可以不同，请核实）' : ''}`,
          `"${name}" grows ${show(g)}, but ${places.map(show).join(', ')} give ${round(expected)}%${caveat ? ' (growth at comparable prices may differ: please check)' : ''}`,
        ),
        related: places.map((x) => ({ span: x.span, message: msg(`数值 ${show(x)}`, `value ${show(x)}`) })),
      };
      if (caveat) f.severity = 'info';
      out.push(f);
    });
  }
  return out;
}

/** `三次产业结构为3.1:38.5:59.4`: percentages of one whole, written as a ratio, make 100. */
function structureRatios(model: ReportModel): RuleFinding[] {
  const out: RuleFinding[] = [];
  const re = /(?:结构|比例|之比|结构比)(?:调整|优化|演进|变化)?(?:为|是|达到|由)?((?:\d+(?:\.\d+)?:){1,3}\d+(?:\.\d+)?)(?![\d.:])/g;
  for (const m of model.norm.slice(model.body.start, model.body.end).matchAll(re)) {
    const values = m[1]!.split(':');
    if (!values.some((v) => v.includes('.'))) continue;
    const sum = values.reduce((s, v) => s + Number(v), 0);
    const allowed = values.reduce((s, v) => s + 0.5 * 10 ** -(v.split('.')[1]?.length ?? 0), 0);
    if (sum < 90 || sum > 110 || Math.abs(sum - 100) <= allowed + 1e-9) continue;
    const start = model.body.start + m.index + m[0].length - m[1]!.length;
    const span: Span = { start, end: start + m[1]!.length };
    out.push({
      span,
      message: msg(`比例${m[1]}各项之和为${round(sum)}，不等于100`, `The ratio ${m[1]} adds up to ${round(sum)}, not 100`),
    });
  }
  return out;
}

const isAmount = (f: Figure | undefined) => f?.measure === 'level' || f?.measure === 'count';

/** Two names share a two-character word (`税收收入`, `一般公共预算收入`), or one is missing. */
function related(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  for (let i = 0; i + 2 <= a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
}

/** Growth as a signed percentage: `下降2%` is −2. */
function signed(model: ReportModel, f: Figure): number {
  const before = model.norm.slice(Math.max(0, f.span.start - 4), f.span.start);
  return Number(f.numberText) * (/下降|减少|降低|回落/.test(before) ? -1 : 1);
}

const round = (x: number) => Math.round(x * 100) / 100;
