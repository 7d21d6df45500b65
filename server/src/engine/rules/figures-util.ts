import type { Conventions } from '../conventions/schema.js';
import { lookupIndicator, type IndicatorMatch } from '../genre/indicators.js';
import type { Figure } from '../model.js';

/** The indicator a figure speaks of (genre/indicators.ts, then the learned names), or undefined. */
export function indicatorMatch(figure: Figure, conventions: Conventions): IndicatorMatch | undefined {
  return figure.indicator ? lookupIndicator(figure.indicator, conventions.indicators) : undefined;
}

/** The canonical indicator name a figure speaks of, or undefined when it names no known one. */
export function indicatorOf(figure: Figure, conventions: Conventions): string | undefined {
  return indicatorMatch(figure, conventions)?.name;
}

/** The period a figure speaks of, as a key: like is compared with like only. */
export function periodOf(figure: Figure): string {
  // Nothing tells the period (a part the parser did not find): such figures are compared with
  // each other only, and never at error level (figure-mismatch).
  if (!figure.period || (figure.period === 'year' && figure.year === undefined)) return `unresolved:${figure.target ? 'target' : 'result'}:${figure.aspect ?? 'value'}`;
  // A stock to date and a several-year figure are the report's own, whatever year a sentence names.
  const year = figure.period === 'year' || figure.period === 'part-year' ? figure.year : '';
  return `${figure.target ? 'target' : 'result'}:${figure.period}:${year ?? ''}:${figure.aspect ?? 'value'}`;
}

/** The period in words, for messages: `2023年实绩`, `2024年目标`, `多年累计`. */
export function periodLabel(f: Figure): { zh: string; en: string } {
  const aspect = { value: ['', ''], average: ['年均', 'yearly average, '], from: ['起点', 'start, '], to: ['终点', 'end, '], change: ['增量', 'change, '], alternative: ['', ''], 'of-plan': ['', ''] }[f.aspect ?? 'value'];
  const kind = f.target ? ['目标', 'target'] : ['实绩', 'result'];
  const when = !f.period || (f.period === 'year' && f.year === undefined)
    ? ['时期未明', 'period unknown, ']
    : f.period === 'year' ? [`${f.year}年`, `${f.year} `] : f.period === 'years' ? ['多年', 'several years, '] : f.period === 'to-date' ? ['累计', 'to date, '] : ['年内', 'part of the year, '];
  return { zh: `${when[0]}${aspect[0]}${kind[0]}`, en: `${when[1]}${aspect[1]}${kind[1]}` };
}

export function formatFigure(f: Figure, text: string): string {
  return text.slice(f.span.start, f.span.end);
}
