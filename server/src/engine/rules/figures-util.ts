import type { Conventions } from '../conventions/schema.js';
import type { Figure } from '../model.js';

/**
 * Indicators every report states (built-in, domain.md) and their synonyms, mapped to one name.
 * The learned conventions add the corpus's own indicator names.
 */
export const BUILTIN_INDICATORS: Record<string, string> = {
  地区生产总值: '地区生产总值',
  GDP: '地区生产总值',
  一般公共预算收入: '一般公共预算收入',
  一般公共财政预算收入: '一般公共预算收入',
  公共财政预算收入: '一般公共预算收入',
  税收收入: '税收收入',
  非税收入: '非税收入',
  非税收收入: '非税收入',
  固定资产投资: '固定资产投资',
  社会消费品零售总额: '社会消费品零售总额',
  规上工业增加值: '规上工业增加值',
  规模以上工业增加值: '规上工业增加值',
  规上工业总产值: '规上工业总产值',
  规模以上工业总产值: '规上工业总产值',
  城镇新增就业: '城镇新增就业',
  新增城镇就业: '城镇新增就业',
  城镇登记失业率: '城镇登记失业率',
  登记失业率: '城镇登记失业率',
  城镇居民人均可支配收入: '城镇居民人均可支配收入',
  农村居民人均可支配收入: '农村居民人均可支配收入',
  农村牧区居民人均可支配收入: '农村居民人均可支配收入',
  城乡居民人均可支配收入: '城乡居民人均可支配收入',
  进出口总额: '进出口总额',
  外贸进出口总额: '进出口总额',
  进出口贸易总额: '进出口总额',
  接待游客: '接待游客',
  游客: '接待游客',
  旅游收入: '旅游收入',
  旅游总收入: '旅游收入',
  粮食产量: '粮食产量',
  粮食总产量: '粮食产量',
  粮食种植面积: '粮食种植面积',
  粮食种植总面积: '粮食种植面积',
  招商引资到位资金: '招商引资到位资金',
  民生支出: '民生支出',
};

/** The canonical indicator a figure speaks of, or undefined when it names no known one. */
export function indicatorOf(figure: Figure, conventions: Conventions): string | undefined {
  const name = figure.indicator;
  if (!name) return undefined;
  if (BUILTIN_INDICATORS[name]) return BUILTIN_INDICATORS[name];
  // The known name must open the phrase: `工业固定资产投资` is not `固定资产投资`.
  for (const [alias, canonical] of Object.entries(BUILTIN_INDICATORS)) if (name.startsWith(alias) && name.length <= alias.length + 2) return canonical;
  return conventions.indicators.includes(name) ? name : undefined;
}

/** The period a figure speaks of: actuals of a year, or targets of a year. */
export function periodOf(figure: Figure, model: { paragraphs: { topPart?: string }[] }): string {
  const part = model.paragraphs[figure.paragraph]?.topPart ?? '';
  return `${figure.target ? 'target' : 'actual'}:${figure.year ?? part}`;
}

export function formatFigure(f: Figure, text: string): string {
  return text.slice(f.span.start, f.span.end);
}
