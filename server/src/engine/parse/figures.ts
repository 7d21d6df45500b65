import type { Figure, Measure, ReportModel } from '../model.js';
import { scanFigures } from '../text/figures.js';
import type { Segmenter } from '../text/segmenter.js';

/** Words that open a clause before the indicator (`全年完成固定资产投资…`). */
const LEADING = /^(?:初步测算|预计|全年|全旗|全市|全县|全区|全镇|全州|全盟|今年|去年|上年|当年|年内|累计|共|其中|完成|实现|达到|达|新增加|接待|落实|全力)+/;
/** Verbs between the indicator and its value. */
const VERB = /(?:同比)?(?:完成|实现|达到|达|增长|增加(?!值)|下降|降低|提高|提升|减少|突破|超过|控制在|保持在|稳定在|占比|占|为|是|预计完成|力争完成|力争)/;
const GROWTH = /增长|增速|增加|下降|降低|提高|提升|减少|回落|上涨/;
const SHARE = /占比|比重|占[^,;。]{0,12}的?|覆盖率|率/;

/**
 * Figures with the indicator phrase they belong to, their measure and their period. A clause
 * without an indicator of its own (`…完成113亿元,增长4%`) inherits the previous clause's.
 */
export function extractFigures(model: ReportModel, _segmenter: Segmenter): Figure[] {
  const figures: Figure[] = [];
  model.paragraphs.forEach((p, pi) => {
    if (p.topPart === 'glossary') return;
    const target = p.topPart === 'plan' || p.topPart === 'tasks' || p.topPart === 'self-building';
    const baseYear = target ? model.planYear : p.topPart === 'review' ? model.reviewYear : undefined;
    for (const sentence of p.sentences) {
      let inherited: { name: string; start: number; end: number; respectively: boolean; count: number } | undefined;
      let lastMeasure: Measure | undefined;
      const sentenceText = model.norm.slice(sentence.start, sentence.end);
      const yearStated = /(\d{4})年(?!\d|[前后底初末度])/.exec(sentenceText);
      const year = yearStated && Number(yearStated[1]) > 1990 ? Number(yearStated[1]) : baseYear;
      let clauseStart = sentence.start;
      for (const clause of sentenceText.split(/[,;:、]/)) {
        const span = { start: clauseStart, end: clauseStart + clause.length };
        clauseStart = span.end + 1;
        const found = scanFigures(model.norm, span.start, span.end);
        if (!found.length) continue;
        const head = clause.slice(0, found[0]!.span.start - span.start);
        const lead = LEADING.exec(head)?.[0].length ?? 0;
        const verb = VERB.exec(head.slice(lead));
        const name = head.slice(lead, verb ? lead + verb.index : head.length).replace(/^[“"(]|[”")]$/g, '').trim();
        const own =
          name.length >= 2 && /^[\u4e00-\u9fffA-Z]/.test(name)
            ? { name: name.replace(/分别$/, ''), start: span.start + lead, end: span.start + lead + name.replace(/分别$/, '').length, respectively: /分别/.test(head), count: 0 }
            : undefined;
        // `规上工业总产值完成240亿元,增加值增长5.5%`: 增加值 of the same 规上工业.
        if (own && own.name === '增加值' && inherited && /总?产值$/.test(inherited.name)) own.name = inherited.name.replace(/总?产值$/, '增加值');
        const indicator = own ?? inherited;
        if (own) inherited = own;
        for (const f of found) {
          const before = model.norm.slice(span.start, f.span.start);
          let measure: Measure =
            f.unit === '%' || f.unit === '个百分点' ? (GROWTH.test(before) ? 'growth' : SHARE.test(before) ? 'share' : 'other') : GROWTH.test(before) && f.unit !== '%' ? 'other' : 'level';
          // `分别增长5.5%、7%`: the second value continues the first one's measure.
          if (measure === 'other' && !own && lastMeasure) measure = lastMeasure;
          lastMeasure = measure;
          const figure: Figure = { ...f, measure, target: target || /力争|确保|预计|计划|目标/.test(before), paragraph: pi };
          if (indicator) {
            if (indicator.respectively) figure.listIndex = indicator.count++;
            figure.indicator = indicator.name;
            figure.indicatorSpan = { start: indicator.start, end: indicator.end };
          }
          if (year !== undefined) figure.year = year;
          figures.push(figure);
        }
      }
    }
  });
  return figures;
}
