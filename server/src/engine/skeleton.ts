// What the parser saw, as plain data: `report-lint outline` prints it (docs/architecture.md,
// "CLI contract"), and tools read it to check a report's skeleton.
import type { ReportModel } from './model.js';
import { positionAt } from './text/positions.js';

export interface SkeletonPart {
  kind: string;
  /** 0-based line of the part's heading or first paragraph. */
  line: number;
  /** The heading's words, or the start of the paragraph that marks the part. */
  title: string;
}

export interface Skeleton {
  title: string | null;
  parts: SkeletonPart[];
  glossary: null | { line: number; entries: { number: number | null; term: string; line: number }[] };
}

const TITLE_CHARS = 40;

export function reportSkeleton(model: ReportModel): Skeleton {
  const line = (offset: number) => positionAt(model.lineStarts, offset).line;
  const clip = (s: string) => {
    const t = s.replace(/\s+/g, ' ').trim();
    return [...t].length > TITLE_CHARS ? `${[...t].slice(0, TITLE_CHARS).join('')}…` : t;
  };
  const parts = model.landmarks.map((l) => {
    const heading = l.heading === undefined ? undefined : model.headings[l.heading];
    const words = heading ? heading.titleText : model.text.slice(l.span.start, model.paragraphs[l.paragraph]?.span.end ?? l.span.end);
    return { kind: l.kind, line: line(l.span.start), title: clip(words) };
  });
  const g = model.glossary;
  return {
    title: model.title ? clip(model.text.slice(model.title.start, model.title.end)) : null,
    parts,
    glossary: g ? { line: line(g.heading.start), entries: g.entries.map((e) => ({ number: e.number, term: e.term, line: line(e.span.start) })) } : null,
  };
}
