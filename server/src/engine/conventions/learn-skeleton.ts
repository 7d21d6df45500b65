import { compileVocabulary } from '../genre/compile.js';
import type { Heading, PartKind, ReportModel } from '../model.js';
import type { Conventions } from './schema.js';

/** Wording of a part as a variant: years become `{Y}`, whitespace and emphasis dropped. */
export function partVariant(text: string): string {
  return text.replace(/\d{4}年/g, '{Y}年').replace(/[\s*#]/g, '').slice(0, 40);
}

type Skeleton = Pick<Conventions, 'parts' | 'partOrder' | 'headingStyles' | 'learnedWordings'>;

/** The skeleton: which parts each report has, their wordings, their order, heading styles. */
export class SkeletonLearner {
  private readonly parts = new Map<PartKind, { reports: number; variants: Record<string, number> }>();
  private readonly positions = new Map<PartKind, number[]>();
  private readonly styles: Record<string, number> = {};
  private readonly wordings = new Map<string, { kind: PartKind; wording: string; reports: number }>();

  /** One report's evidence; the model is not kept. */
  add(model: ReportModel): void {
    const seen = new Set<PartKind>();
    model.landmarks.forEach((mark, index) => {
      const entry = this.parts.get(mark.kind) ?? { reports: 0, variants: {} };
      if (!seen.has(mark.kind)) {
        entry.reports++;
        seen.add(mark.kind);
        const rel = index / Math.max(1, model.landmarks.length - 1);
        const at = this.positions.get(mark.kind);
        if (at) at.push(rel);
        else this.positions.set(mark.kind, [rel]);
      }
      const source = mark.heading !== undefined ? model.headings[mark.heading]!.titleText : model.text.slice(mark.span.start, mark.span.end);
      const variant = partVariant(source);
      entry.variants[variant] = (entry.variants[variant] ?? 0) + 1;
      this.parts.set(mark.kind, entry);
    });
    for (const h of model.headings) this.styles[h.style] = (this.styles[h.style] ?? 0) + 1;
    const titles = new Set<string>();
    for (const found of unknownPartTitles(model)) {
      const key = `${found.kind}\u0000${found.wording}`;
      if (titles.has(key)) continue;
      titles.add(key);
      const w = this.wordings.get(key) ?? { ...found, reports: 0 };
      w.reports++;
      this.wordings.set(key, w);
    }
  }

  finish(): Skeleton {
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    return {
      learnedWordings: [...this.wordings.values()].sort((a, b) => b.reports - a.reports || a.wording.localeCompare(b.wording)),
      parts: [...this.parts.entries()].map(([kind, v]) => ({ kind, reports: v.reports, variants: v.variants })),
      partOrder: [...this.positions.entries()].sort((a, b) => median(a[1]) - median(b[1])).map(([k]) => k),
      headingStyles: Object.entries(this.styles).map(([style, count]) => ({ style: style as Conventions['headingStyles'][number]['style'], count })),
    };
  }
}

/** A title standing alone on its line where a part title goes: short, no final punctuation. */
function isTitleCandidate(model: ReportModel, h: Heading): boolean {
  if (h.part || h.runIn) return false;
  if (h.style !== 'lead' && h.style !== 'cn-comma' && h.style !== 'part') return false;
  const t = h.titleText.replace(/\s/g, '');
  return t.length >= 2 && t.length <= 30 && !/[。！？!?；;，,]$/.test(t) && h.span.start >= model.body.start;
}

/**
 * Part titles the parser did not recognise, placed by where they stand: when a report has no
 * review, the first title after the opening is its review; when it has no plan, the first
 * title after that whose section states targets or general requirements is its plan.
 */
export function unknownPartTitles(model: ReportModel): { kind: PartKind; wording: string }[] {
  const vocab = compileVocabulary();
  const kinds = new Set(model.landmarks.map((l) => l.kind));
  const opening = model.landmarks.find((l) => l.kind === 'opening' || l.kind === 'salutation');
  const after = opening?.span.end ?? model.body.start;
  const glossaryStart = model.glossary?.span.start ?? model.body.end;
  const candidates = model.headings.filter((h) => h.span.start > after && h.span.start < glossaryStart && isTitleCandidate(model, h));
  const out: { kind: PartKind; wording: string }[] = [];
  let from = 0;
  if (!kinds.has('review') && candidates.length) {
    out.push({ kind: 'review', wording: partVariant(candidates[0]!.titleText) });
    from = 1;
  }
  if (!kinds.has('plan') && !kinds.has('tasks')) {
    for (let i = from; i < candidates.length; i++) {
      const start = candidates[i]!.span.end;
      const end = candidates[i + 1]?.span.start ?? glossaryStart;
      const section = model.paragraphs.filter((p) => p.span.start >= start && p.span.start < end);
      if (section.some((p) => { const t = model.norm.slice(p.span.start, p.span.end); return vocab.targets.test(t) || vocab.requirements.test(t); })) {
        out.push({ kind: 'plan', wording: partVariant(candidates[i]!.titleText) });
        break;
      }
    }
  }
  return out;
}
