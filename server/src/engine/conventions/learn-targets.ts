import { targetItems } from '../parse/targets.js';
import type { Segmenter } from '../text/segmenter.js';
import type { LearnedReport } from './learn.js';
import type { Conventions } from './schema.js';

const bump = (counts: Record<string, number>, key: string | undefined) => {
  if (key) counts[key] = (counts[key] ?? 0) + 1;
};

/** Target phrasing: indicators, verbs and qualifiers of the 预期目标 items, with frequencies. */
export function learnTargets(reports: LearnedReport[], _segmenter: Segmenter): Conventions['targets'] {
  const verbs: Record<string, number> = {};
  const qualifiers: Record<string, number> = {};
  const indicators = new Map<string, Conventions['targets']['indicators'][number]>();
  for (const { model } of reports) {
    for (const item of targetItems(model)) {
      if (!item.values.length || item.indicator.length < 2 || item.indicator.length > 20) continue;
      bump(verbs, item.verb);
      bump(qualifiers, item.qualifier);
      const entry = indicators.get(item.indicator) ?? { name: item.indicator, count: 0, verbs: {}, qualifiers: {} };
      entry.count++;
      bump(entry.verbs, item.verb);
      bump(entry.qualifiers, item.qualifier ?? '（无）');
      indicators.set(item.indicator, entry);
    }
  }
  return { verbs, qualifiers, indicators: [...indicators.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)) };
}
