import type { Figure, FigureAspect, FigurePeriod, Heading, Measure, ReportModel, Span } from '../model.js';
import { INDICATOR_NAMES } from '../genre/indicators.js';
import { scanFigures } from '../text/figures.js';
import { targetSentences } from './targets.js';
import type { Segmenter } from '../text/segmenter.js';

// Each figure learns what it speaks of: its indicator (the phrase that opens its clause), its
// measure (level, growth, share, count), its period (one year, several years, a stock to date,
// part of a year) and its aspect (the value, a yearly average, the ends of a from-to pair, the
// change, an alternative in brackets, a ratio to plan), and whether it is a target. The
// sentence's own words win (去年, 今年, 2023年, 过去五年, “十三五”时期, 1-10月, 累计, 年均,
// 力争); then what its paragraph or section said; then the part it stands in (the review's
// year, the plan's year). What none of these tells stays unresolved. docs/rules/figure-mismatch.md

/**
 * Words that open a clause before the indicator (`全年完成固定资产投资…`): time words (the
 * period is read from the markers, not the name), estimates, and verbs whose object is the
 * indicator (`带动固定资产投资增长…`, `安排民生支出…`).
 */
const LEADING =
  /^(?:同时|并且|据?初步(?:测算|核算|统计|预计)|预计|全年|全旗|全市|全县|全区|全镇|全州|全盟|全省|我[省市区县旗镇州盟]|今年|去年|上年|当年|年内|\d{4}年(?:度|全年)?|\d{1,2}(?:-|—|至)\d{1,2}月|前?[一二三]季度|上半年|累计|共|其中|完成|实现|达到|达|新增加|接待|落实|全力|力争|确保|有力|带动|拉动|推动|促进|安排)+/;
/** Verbs between the indicator and its value. */
const VERB = /(?:同比)?(?:完成|实现|达到|达|增长|增加(?!值)|下降|降低|提高|提升|减少|突破|超过|控制在|保持在|稳定在|占比|占|为|是|预计完成|力争完成|力争|跨越|跃上)/;
/** Comparison bases and from-to openers left at the end of an indicator phrase. */
const NAME_TAIL = /(?:比上年|比去年|较上年|较去年|同比|与上年相比|比\d{4}年|从|由|分别|年均|平均)+$/;
const GROWTH = /增长|增速|增幅|涨幅|增加(?!值)|下降|降低|提高|提升|减少|回落|上涨|降幅/;
const SHARE = /占比|比重|比例|占[^,;。]{0,12}的?|覆盖率|率/;
/** Units that count things (家, 个, 项…): a count, not a measured level. */
const COUNT_UNITS = new Set(['个', '家', '座', '所', '套', '项', '辆', '台', '列', '件', '处', '条', '头', '只', '株']);

const CN = '[二三四五六七八九十两]';
/**
 * Period words of a sentence (the genre's own; each seen across the development corpus):
 * several years (过去五年, 五年来, 近三年, “十三五”时期, 2016-2020年, 2012年以来, 党的十八大以来),
 * part of a year (1-10月, 一季度, 上半年), the review year (去年, 上年, 过去一年, 一年来 — not
 * `比上年`, a comparison base), the plan year (今年), a stated year (`2023年`, not `比2012年`),
 * and target words (力争, 确保, 目标是).
 */
const MARKERS = new RegExp(
  [
    `(?<years>过去(?:${CN}|\\d{1,3})年|(?:近|这)?(?:${CN}+|(?<!\\d)\\d{1,3})年(?:来|间)|近(?:${CN}|\\d{1,3})年|“?十[一二三四五六七八九]?五”?(?:时期|期间|以来|规划期|期末|末)|\\d{4}年?(?:-|—|～|至|到)\\d{4}年|\\d{4}年以来|大以来|届以来|本届政府)`,
    `(?<partYear>(?:\\d{1,2}|[一二三四五六七八九十]{1,2})(?:-|—|至|到)(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月|前?[一二三四]季度|上半年|前\\d{1,2}个月)`,
    `(?<review>(?<![比较同与于超])(?:去年|上年)(?!同期|度|底|末)|过去一年|一年来)`,
    `(?<plan>今年(?!以来)|本年度)`,
    `(?<base>(?:与|比|较|同)\\d{4}年)`,
    `(?<year>(?<![比较与同\\d-])\\d{4}年(?!以来|前|后|初|代|\\d|-|—|至|到))`,
    `(?<target>力争|争取|确保|预期目标|目标(?:是|为)|拟)`,
    // Words of results, not of targets: a comparison with last year, a first estimate.
    `(?<result>比上年|同比|初步核算|初步统计|预计全年|全年实现|全年完成)`,
  ].join('|'),
  'g',
);

interface Marker {
  at: number;
  kind: 'years' | 'partYear' | 'review' | 'plan' | 'year' | 'target' | 'base' | 'result';
  year?: number;
  /** A comparison base (`比2010年增长5倍`): it dates the changes it compares, not the sentence's levels. */
  base?: boolean;
}

interface Named {
  name: string;
  start: number;
  end: number;
}

/** A `分别` list: values matched in order to the subjects named before them. */
interface Run {
  subjects: Named[];
  counters: Map<Measure, number>;
  members: Figure[];
}

/**
 * The subjects of `城镇、农村常住居民人均可支配收入分别…`: `城镇` stands for `城镇常住居民…` when the
 * name-only clauses are as long as the named one's first word; `A、B分别…` names A and B whole.
 */
function namesOf(fragments: Named[], own: Named): Named[] {
  if (!fragments.length) return [own];
  const length = fragments[0]!.name.length;
  const short = fragments.every((f) => f.name.length === length) && own.name.length > length + 1 && !own.name.startsWith(fragments[0]!.name);
  return [...fragments.map((f) => (short ? { ...f, name: f.name + own.name.slice(length) } : f)), own];
}

/**
 * Each measure's values of a `分别` list go to the subjects in order when there are as many
 * values as subjects (`接待游客…旅游收入…分别增长13.3%和20.1%`); otherwise a value keeps its
 * place in the list and, with several subjects, no indicator (its subject is unknown).
 */
function finishRun(run: Run | undefined): void {
  if (!run) return;
  for (const [measure, count] of run.counters) {
    const members = run.members.filter((f) => f.measure === measure);
    if (run.subjects.length > 1 && count === run.subjects.length) {
      members.forEach((f, i) => {
        const s = run.subjects[i]!;
        f.indicator = s.name;
        f.indicatorSpan = { start: s.start, end: s.end };
        f.listIndex = undefined;
      });
    } else if (run.subjects.length > 1) {
      for (const f of members) {
        f.indicator = undefined;
        f.indicatorSpan = undefined;
      }
    }
  }
}

interface Context {
  period?: FigurePeriod;
  year?: number;
  target?: boolean;
}

/**
 * Figures with the indicator phrase they belong to, their measure, period and aspect. A clause
 * without an indicator of its own (`…完成113亿元,增长4%`) inherits the previous clause's.
 */
export function extractFigures(model: ReportModel, _segmenter: Segmenter): Figure[] {
  const figures: Figure[] = [];
  const reviewYear = model.reviewYear ?? (model.planYear !== undefined ? model.planYear - 1 : undefined);
  const planYear = model.planYear ?? (model.reviewYear !== undefined ? model.reviewYear + 1 : undefined);
  const sectionOf = headingContexts(model, reviewYear, planYear);
  // Figures inside a 预期目标 statement are the plan year's targets, whatever part the parser saw.
  const targetSpans = targetSentences(model);
  let targetIndex = 0;
  model.paragraphs.forEach((p, pi) => {
    if (p.topPart === 'glossary') return;
    // A figure has digits (scanFigures reads ASCII digits, as norm writes them): the sentences
    // after the paragraph's last digit state no figure, and what they say frames none.
    const lastDigit = lastDigitIn(model.norm, p.span.start, p.span.end);
    if (lastDigit < 0) return;
    const planLike = p.topPart === 'plan' || p.topPart === 'tasks' || p.topPart === 'self-building' || p.part === 'targets';
    const part: Context =
      (p.topPart as string | undefined) === 'five-year'
        ? { period: 'years', target: true }
        : planLike
          ? { period: 'year', year: planYear, target: true }
          : p.topPart === 'review' || p.topPart === 'thanks' || p.topPart === 'problems'
            ? { period: 'year', year: reviewYear, target: false }
            : {};
    const section = p.heading !== undefined ? sectionOf[p.heading] : undefined;
    /** What an earlier sentence of this paragraph said (`过去五年,…。地区生产总值…`). */
    let carried: Context | undefined;
    for (const sentence of p.sentences) {
      if (sentence.start > lastDigit) break;
      const text = model.norm.slice(sentence.start, sentence.end);
      const markers = findMarkers(text, reviewYear, planYear);
      const sentenceFirst = figures.length;
      const brackets = bracketSpans(text);
      let inherited: Named | undefined;
      let lastMeasure: Measure | undefined;
      let clauseStart = sentence.start;
      let markerIndex = 0;
      let stated: Context | undefined;
      let compared: Context | undefined;
      let targetWord = false;
      let resultWord = false;
      /** Names of this sentence's clauses that state figures, and name-only clauses before one (`城镇、农村…`). */
      const subjects: Named[] = [];
      let fragments: Named[] = [];
      let run: Run | undefined;
      let lastAspect: FigureAspect | undefined;
      let lastFigure: Figure | undefined;
      // A figure is a number with a unit (scanFigures looks for ASCII digits, as norm writes
      // them): a sentence without a digit has none, and its clauses' names only serve figures
      // of the same sentence, so only its markers (for `carried`) are read.
      const clauses = /\d/.test(text) ? text.split(/[,;:、]/) : [];
      // Likewise the clauses after the sentence's last digit: their names would serve no figure.
      const sentenceDigit = Math.min(lastDigit, sentence.end - 1) - sentence.start;
      for (const clause of clauses) {
        if (clauseStart - sentence.start > sentenceDigit) break;
        const span = { start: clauseStart, end: clauseStart + clause.length };
        clauseStart = span.end + 1;
        const found = scanFigures(model.norm, span.start, span.end);
        if (!found.length) {
          const named = INDICATOR_NAMES.exec(clause);
          // A known indicator without a figure here (`固定资产投资再破千亿大关`) is the subject of
          // what follows; any other number (`9.25亿英镑`) ends the previous indicator's run.
          const subject = /^(?:其中)?([\u4e00-\u9fff]{2,16}?)(?:跨越|突破|再破|迈上|跃上|首次|超过)/.exec(clause.trim());
          if (named) inherited = { name: named[0], start: span.start + named.index, end: span.start + named.index + named[0].length };
          else if (subject) inherited = { name: subject[1]!, start: span.start, end: span.start + subject[0].length };
          else if (/\d/.test(clause)) inherited = undefined;
          const bare = clause.trim();
          if (model.norm[span.end] === '、' && /^[\u4e00-\u9fff]{2,16}$/.test(bare)) fragments.push({ name: bare, start: span.start, end: span.end });
          else fragments = [];
          continue;
        }
        const headStart = Math.max(0, found[0]!.span.start - span.start - 30);
        const head = clause.slice(headStart, found[0]!.span.start - span.start);
        const lead = LEADING.exec(head)?.[0].length ?? 0;
        const verb = VERB.exec(head.slice(lead));
        const raw = head.slice(lead, verb ? lead + verb.index : head.length).replace(/^[“"(]|[”")]$/g, '').trim();
        const name = raw.replace(NAME_TAIL, '');
        const ownStart = span.start + headStart + lead + Math.max(0, head.slice(lead).indexOf(raw));
        let own: Named | undefined =
          name.length >= 2 && /^[\u4e00-\u9fffA-Z]/.test(name) && !/^(?:较|比|与|同比|和|及|为)/.test(name) ? { name, start: ownStart, end: ownStart + name.length } : undefined;
        // `规上工业总产值完成240亿元,增加值增长5.5%`: 增加值 of the same 规上工业.
        if (own && own.name === '增加值' && inherited && /总?产值$/.test(inherited.name)) own = { ...own, name: inherited.name.replace(/总?产值$/, '增加值') };
        // `城乡居民人均可支配收入增长5.3%、8.1%`: 城乡 names two subjects, urban then rural.
        const both = own && /^城乡/.test(own.name) ? ['城镇', '农村'].map((w) => ({ ...own!, name: own!.name.replace(/^城乡/, w) })) : undefined;
        if (both) {
          finishRun(run);
          run = { subjects: both, counters: new Map(), members: [] };
        } else if (/分别/.test(head)) {
          finishRun(run);
          run = { subjects: own ? namesOf(fragments, own) : [...subjects], counters: new Map(), members: [] };
        } else if (own && run) {
          finishRun(run);
          run = undefined;
        }
        fragments = [];
        if (own && subjects.at(-1)?.name !== own.name) subjects.push(own);
        const indicator = own ?? inherited;
        if (own) inherited = own;
        let previousEnd = span.start;
        let previous: Figure | undefined;
        for (const f of found) {
          while (markerIndex < markers.length && sentence.start + markers[markerIndex]!.at < f.span.start) {
            const m = markers[markerIndex++]!;
            if (m.kind === 'target') targetWord = true;
            else if (m.kind === 'result') resultWord = true;
            else if (m.base) compared = contextOf(m, planYear);
            else stated = contextOf(m, planYear);
          }
          const window = model.norm.slice(Math.max(previousEnd, f.span.start - 24), f.span.start);
          const measure = measureOf(f, window, own?.name, own, lastMeasure);
          lastMeasure = measure;
          const bareValue = !own && lastFigure !== undefined && !/[\u4e00-\u9fff]/.test(window.replace(/[和及、]/g, ''));
          const aspect = bareValue && lastAspect ? lastAspect : aspectOf(f, window, previous ?? lastFigure);
          lastAspect = aspect;
          // A base (`与2009年相比,A增长108.3%、B增长212.7%`) dates the changes after it, not the levels.
          const local = /累计|总数|总量达|保有量|总计|共计|存量/.test(window) ? ({ period: 'to-date' } as Context) : measure === 'growth' || aspect === 'change' ? compared : undefined;
          const ctx = local ?? stated ?? carried ?? section ?? part;
          const from: Figure['periodFrom'] = local || stated ? 'sentence' : carried || section ? 'section' : part.period ? 'part' : undefined;
          while (targetIndex < targetSpans.length && targetSpans[targetIndex]!.end < f.span.start) targetIndex++;
          const inTargets = targetIndex < targetSpans.length && targetSpans[targetIndex]!.start <= f.span.start;
          const target = inTargets || targetWord || (!resultWord && (ctx.target ?? part.target ?? false));
          // Every field present from the start, in one order (absent ones undefined, never
          // deleted): figures then share one shape, which keeps this loop and the rules reading
          // them fast (properties added one by one, and deleted, made every figure a new shape).
          const { span: fs, numberText, value, unitText, unit, base, low, high, approx, decimals } = f;
          const figure: Figure = { span: fs, numberText, value, unitText, unit, base, low, high, approx, decimals, indicator: undefined, indicatorSpan: undefined, measure, year: undefined, listIndex: undefined, target, paragraph: pi, period: undefined, periodFrom: undefined, aspect, comparable: undefined };
          if (ctx.period) figure.period = aspect === 'average' ? 'years' : ctx.period;
          else if (inTargets && planYear !== undefined) {
            figure.period = 'year';
            figure.year = planYear;
          }
          const year = ctx.year ?? (ctx.period === 'to-date' ? (stated ?? carried ?? section ?? part).year : undefined);
          if (year !== undefined && figure.period !== 'years') figure.year = year;
          if (from && figure.period) figure.periodFrom = from;
          if (/可比/.test(clause) || (inBracket(brackets, f.span.start - sentence.start) && /可比/.test(text))) figure.comparable = true;
          // `(按可比口径增长15.5%)` restates; `(其中义务教育学位750个)` breaks down, like 其中 outside brackets.
          if (inBracket(brackets, f.span.start - sentence.start) && !/[(]其中[^()]*$/.test(text.slice(0, f.span.start - sentence.start))) figure.aspect = 'alternative';
          if (indicator) {
            figure.indicator = indicator.name;
            figure.indicatorSpan = { start: indicator.start, end: indicator.end };
          }
          if (run) {
            const index = run.counters.get(measure) ?? 0;
            run.counters.set(measure, index + 1);
            figure.listIndex = index;
            run.members.push(figure);
          }
          figures.push(figure);
          previousEnd = f.span.end;
          previous = figure;
          lastFigure = figure;
        }
      }
      finishRun(run);
      // A period stated before the sentence's figures frames the paragraph's later sentences:
      // any such in its first sentence (`2023年是…。`, `过去五年,…。`), in a later one only when
      // it opens the sentence (`五年来,…`). One said after a figure (`增速“十三五”以来首次…`)
      // or part of a year (`1-11月`) is said of its own sentence.
      const firstFigure = figures.length > sentenceFirst ? figures[sentenceFirst]!.span.start - sentence.start : text.length;
      const last = markers.filter((m) => m.kind !== 'target' && m.kind !== 'result' && m.kind !== 'partYear' && !m.base && m.at < firstFigure && (sentence === p.sentences[0] || m.at <= 8)).at(-1);
      if (last) carried = contextOf(last, planYear);
    }
  });
  return figures;
}

function measureOf(f: { unit: string }, window: string, ownName: string | undefined, own: Named | undefined, lastMeasure: Measure | undefined): Measure {
  if (f.unit === '%' || f.unit === '个百分点') {
    const reached = /(?:提高|提升|增长|增加|上升|下降|降低|降|增)(?:到|至|为)$/.test(window);
    if (GROWTH.test(window) && !reached) return 'growth';
    // A rate is the indicator's own level (`城镇登记失业率3.2%`).
    if (ownName && /率|比重|比例|占比$/.test(ownName) && !/占/.test(window)) return 'level';
    // `完成145.7%` (of the year's plan): neither a growth nor a share.
    if (/(?:计划|任务|目标|预算)数?的$|完成了?$/.test(window)) return 'other';
    if (SHARE.test(window)) return 'share';
    // `分别增长5.5%、7%`: the second value continues the first one's measure.
    return !own && lastMeasure ? lastMeasure : 'other';
  }
  if (COUNT_UNITS.has(f.unit)) return 'count';
  return 'level';
}

function aspectOf(f: { unit: string }, window: string, previous: Figure | undefined): FigureAspect {
  if (/年均|年平均|平均每年|每年平均/.test(window)) return 'average';
  if (/(?:计划|任务|目标|预算)数?的$|完成了?$/.test(window) && f.unit === '%') return 'of-plan';
  if (previous?.aspect === 'from' && /^[^,;。]{0,8}(?:到|至|为)$/.test(window)) return 'to';
  if (/(?:从|由)$/.test(window) || /(?:较|比|与)[^,;。]{0,12}的$/.test(window)) return 'from';
  if (f.unit !== '%' && f.unit !== '个百分点' && /(?:增加|新增|净增|增长|减少|下降|降低|提高|提升|扩大|压减|缩小)了?$/.test(window)) return 'change';
  return 'value';
}

/** The offset of the last ASCII digit in [start, end) of `norm`, or -1. */
function lastDigitIn(norm: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) {
    const c = norm.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  return -1;
}

const MARKER_KINDS = ['years', 'partYear', 'review', 'plan', 'base', 'year', 'target', 'result'] as const;

function findMarkers(text: string, reviewYear: number | undefined, planYear: number | undefined): Marker[] {
  const out: Marker[] = [];
  MARKERS.lastIndex = 0;
  for (const m of text.matchAll(MARKERS)) {
    const g = m.groups!;
    const kind: Marker['kind'] = MARKER_KINDS.find((k) => g[k] !== undefined)!;
    const marker: Marker = { at: m.index, kind };
    // `创“十三五”以来新高`, `2012年以来首次`: a record, not the period of what follows.
    if (kind === 'years' && /以来$/.test(m[0]) && /^.{0,6}?(?:首次|新高|新低|最[高低好快大多]|第一)/.test(text.slice(m.index + m[0].length))) continue;
    if (kind === 'base') {
      // `与2009年相比增长108.3%`: a change over several years when the base is before the review year.
      const y = Number(m[0].slice(1, 5));
      if (reviewYear === undefined || y >= reviewYear - 1) continue;
      marker.kind = 'years';
      marker.base = true;
    } else if (kind === 'year') {
      const y = Number(m[0].slice(0, 4));
      if (y < 1949 || y > 2100) continue;
      marker.year = y;
    } else if (kind === 'review' && reviewYear !== undefined) marker.year = reviewYear;
    else if (kind === 'plan' && planYear !== undefined) marker.year = planYear;
    out.push(marker);
  }
  return out;
}

function contextOf(m: Marker, planYear: number | undefined): Context {
  if (m.kind === 'years') return { period: 'years' };
  if (m.kind === 'partYear') return { period: 'part-year' };
  const ctx: Context = { period: 'year' };
  if (m.year !== undefined) ctx.year = m.year;
  // A stated year before the plan year speaks of results; the plan year or later, of targets
  // when the report is a plan (the part decides), of results when it is a review.
  if (m.year !== undefined && planYear !== undefined && m.year < planYear) ctx.target = false;
  if (m.year !== undefined && planYear !== undefined && m.year > planYear) ctx.target = true;
  if (m.kind === 'review') ctx.target = false;
  return ctx;
}

/** The period each heading's title states, or its parent's (`一、过去五年工作回顾` → years). */
function headingContexts(model: ReportModel, reviewYear: number | undefined, planYear: number | undefined): (Context | undefined)[] {
  const out: (Context | undefined)[] = new Array(model.headings.length);
  const index = new Map<Heading, number>(model.headings.map((h, i) => [h, i]));
  const visit = (h: Heading, inherited: Context | undefined) => {
    const i = index.get(h);
    const title = model.norm.slice(h.title.start, h.title.end);
    const own = findMarkers(title, reviewYear, planYear).filter((m) => m.kind !== 'target' && m.kind !== 'result').at(-1);
    const ctx = own ? contextOf(own, planYear) : inherited;
    if (i !== undefined) out[i] = ctx;
    for (const c of h.children) visit(c, ctx);
  };
  for (const root of model.outline) visit(root, undefined);
  return out;
}

/** Spans inside round brackets in a sentence (`(按可比口径增长15.5%)`), linear. */
function bracketSpans(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' && open < 0) open = i;
    else if (c === ')' && open >= 0) {
      out.push({ start: open, end: i });
      open = -1;
    }
  }
  return out;
}

function inBracket(spans: Span[], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at > s.end) lo = mid + 1;
    else return true;
  }
  return false;
}
