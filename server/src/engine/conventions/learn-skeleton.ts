import type { PartKind } from '../model.js';
import type { LearnedReport } from './learn.js';
import type { Conventions } from './schema.js';

/** Wording of a part as a variant: years become `{Y}`, whitespace and emphasis dropped. */
export function partVariant(text: string): string {
  return text.replace(/\d{4}年/g, '{Y}年').replace(/[\s*#]/g, '').slice(0, 40);
}

/** The skeleton: which parts each report has, their wordings, their order, heading styles. */
export function learnSkeleton(
  reports: LearnedReport[],
): Pick<Conventions, 'parts' | 'partOrder' | 'headingStyles'> {
  const parts = new Map<PartKind, { reports: number; variants: Record<string, number> }>();
  const positions = new Map<PartKind, number[]>();
  const styles: Record<string, number> = {};
  for (const { model } of reports) {
    const seen = new Set<PartKind>();
    model.landmarks.forEach((mark, index) => {
      const entry = parts.get(mark.kind) ?? { reports: 0, variants: {} };
      if (!seen.has(mark.kind)) {
        entry.reports++;
        seen.add(mark.kind);
        const rel = index / Math.max(1, model.landmarks.length - 1);
        positions.set(mark.kind, [...(positions.get(mark.kind) ?? []), rel]);
      }
      const source = mark.heading !== undefined ? model.headings[mark.heading]!.titleText : model.text.slice(mark.span.start, mark.span.end);
      const variant = partVariant(source);
      entry.variants[variant] = (entry.variants[variant] ?? 0) + 1;
      parts.set(mark.kind, entry);
    });
    for (const h of model.headings) styles[h.style] = (styles[h.style] ?? 0) + 1;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const partOrder = [...positions.entries()].sort((a, b) => median(a[1]) - median(b[1])).map(([k]) => k);
  return {
    parts: [...parts.entries()].map(([kind, v]) => ({ kind, reports: v.reports, variants: v.variants })),
    partOrder,
    headingStyles: Object.entries(styles).map(([style, count]) => ({ style: style as Conventions['headingStyles'][number]['style'], count })),
  };
}
