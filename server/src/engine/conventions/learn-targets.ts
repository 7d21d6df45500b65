import type { ReportModel } from '../model.js';
import { targetItems } from '../parse/targets.js';
import type { Conventions } from './schema.js';

const bump = (counts: Record<string, number>, key: string | undefined) => {
  if (key) counts[key] = (counts[key] ?? 0) + 1;
};

/** Target phrasing: indicators, verbs and qualifiers of the 预期目标 items, with frequencies. */
export class TargetsLearner {
  private readonly verbs: Record<string, number> = {};
  private readonly qualifiers: Record<string, number> = {};
  private readonly indicators = new Map<string, Conventions['targets']['indicators'][number]>();

  /** One report's evidence; the model is not kept. */
  add(model: ReportModel): void {
    for (const item of targetItems(model)) {
      if (!item.values.length || item.indicator.length < 2 || item.indicator.length > 20) continue;
      bump(this.verbs, item.verb);
      bump(this.qualifiers, item.qualifier);
      const entry = this.indicators.get(item.indicator) ?? { name: item.indicator, count: 0, verbs: {}, qualifiers: {} };
      entry.count++;
      bump(entry.verbs, item.verb);
      bump(entry.qualifiers, item.qualifier ?? '（无）');
      this.indicators.set(item.indicator, entry);
    }
  }

  finish(): Conventions['targets'] {
    return { verbs: this.verbs, qualifiers: this.qualifiers, indicators: [...this.indicators.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)) };
  }
}
