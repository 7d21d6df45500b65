import type { Segmenter } from '../text/segmenter.js';
import type { LearnedReport } from './learn.js';

/**
 * Indicator names seen with figures where reports state their headline numbers (the key
 * figures paragraph, the 预期目标): a phrase counts when it opens a figure's clause there in at
 * least two reports of the corpus (one report's phrasing is not yet a convention).
 */
export function learnIndicators(reports: LearnedReport[], _segmenter: Segmenter): string[] {
  const seenIn = new Map<string, Set<string>>();
  for (const { name, model } of reports) {
    const perParagraph = new Map<number, number>();
    for (const f of model.figures) if (f.indicator) perParagraph.set(f.paragraph, (perParagraph.get(f.paragraph) ?? 0) + 1);
    for (const f of model.figures) {
      const p = model.paragraphs[f.paragraph]!;
      const headline = p.part === 'targets' || (perParagraph.get(f.paragraph) ?? 0) >= 8;
      if (!headline) continue;
      const indicator = f.indicator;
      if (!indicator || indicator.length < 3 || indicator.length > 14 || !/^[\u4e00-\u9fff]+$/.test(indicator)) continue;
      seenIn.set(indicator, (seenIn.get(indicator) ?? new Set()).add(name));
    }
  }
  return [...seenIn.entries()].filter(([, r]) => r.size >= 2).map(([n]) => n).sort();
}
