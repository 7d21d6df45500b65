import type { ReportModel } from '../model.js';

/**
 * Indicator names seen with figures where reports state their headline numbers (the key
 * figures paragraph, the 预期目标): a phrase counts when it opens a figure's clause there in at
 * least two reports of the corpus (one report's phrasing is not yet a convention).
 */
export class IndicatorsLearner {
  /** Each indicator with the first two reports that state it (two is the threshold). */
  private readonly seenIn = new Map<string, string[]>();

  /** One report's evidence; the model is not kept. */
  add(name: string, model: ReportModel): void {
    const perParagraph = new Map<number, number>();
    for (const f of model.figures) if (f.indicator) perParagraph.set(f.paragraph, (perParagraph.get(f.paragraph) ?? 0) + 1);
    for (const f of model.figures) {
      const p = model.paragraphs[f.paragraph]!;
      const headline = p.part === 'targets' || (perParagraph.get(f.paragraph) ?? 0) >= 8;
      if (!headline) continue;
      const indicator = f.indicator;
      if (!indicator || indicator.length < 3 || indicator.length > 14 || !/^[\u4e00-\u9fff]+$/.test(indicator)) continue;
      const reports = this.seenIn.get(indicator);
      if (!reports) this.seenIn.set(indicator, [name]);
      else if (reports.length < 2 && !reports.includes(name)) reports.push(name);
    }
  }

  finish(): string[] {
    return [...this.seenIn.entries()].filter(([, r]) => r.length >= 2).map(([n]) => n).sort();
  }
}
