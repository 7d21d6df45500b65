import evidence from './proofreading-evidence.json';

/**
 * Fixed political formulations written the same way in every report (built-in), and names
 * replaced by newer ones. The learner adds formulations the corpus repeats verbatim.
 */
export const CANONICAL_PHRASES = [
  '习近平总书记', '习近平新时代中国特色社会主义思想', '以习近平同志为核心的党中央', '铸牢中华民族共同体意识',
  '中国特色社会主义', '全面建设社会主义现代化国家', '中华民族伟大复兴', '党的二十大精神', '党的二十届三中全会精神',
  '全面从严治党', '中国式现代化', '新发展理念', '新发展格局', '高质量发展', '国家治理体系和治理能力现代化',
  '人民代表大会', '政治协商会议', '中央八项规定精神', '稳中求进工作总基调', '生态文明建设', '乡村振兴战略',
  '共同富裕', '人民满意政府', '统筹发展和安全', '山水林田湖草沙一体化保护和系统治理', '习近平生态文明思想', '习近平法治思想',
];

/**
 * What published reports accept, distilled from the corpus by scripts/gen-proofreading-evidence.mjs:
 * each formulation's first report year and its variants written in two or more reports.
 */
export const PHRASE_EVIDENCE = evidence.phrases as Record<string, { firstYear: number | null; variants: Record<string, number> }>;

/**
 * The 2014 amendment of the budget law (in force 1 January 2015) renamed 公共财政预算收入; a
 * report delivered in 2015 still reviews 2014 under the old name, so the new one is due from 2016.
 */
export const SUPERSEDED_FROM_REPORT_YEAR = 2016;

export const SUPERSEDED_NAMES: Record<string, string> = {
  一般公共财政预算收入: '一般公共预算收入',
  公共财政预算收入: '一般公共预算收入',
};

/** Levenshtein distance capped at 2 (only 0, 1 or "more" matter here). */
export function distanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i);
  return a.slice(i) === b.slice(i + 1);
}
