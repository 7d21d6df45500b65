import type { Span } from './model.js';
import type { SpanEdit } from './types.js';

export interface FixResult {
  text: string;
  applied: number;
  /** Edits left out because they overlapped an edit already taken. */
  skipped: number;
}

/**
 * Applies edits given as spans of `text`. Edits are taken in order of position; an edit that
 * overlaps one already taken is skipped (a second pass after re-linting picks it up), so
 * no character of the user's text is edited twice.
 */
export function applySpanEdits(text: string, edits: SpanEdit[]): FixResult {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const taken: SpanEdit[] = [];
  let skipped = 0;
  for (const edit of sorted) {
    const last = taken[taken.length - 1];
    if (edit.span.start < 0 || edit.span.end > text.length || edit.span.end < edit.span.start) {
      skipped++;
      continue;
    }
    if (last && overlaps(last.span, edit.span)) {
      skipped++;
      continue;
    }
    taken.push(edit);
  }
  let out = '';
  let pos = 0;
  for (const edit of taken) {
    out += text.slice(pos, edit.span.start) + edit.newText;
    pos = edit.span.end;
  }
  out += text.slice(pos);
  return { text: out, applied: taken.length, skipped };
}

/** Two spans overlap when they share a character, or both insert at the same place. */
export function overlaps(a: Span, b: Span): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** Groups of edits that do not overlap each other within a group (a fix is all or nothing). */
export function compatibleFixes(fixes: SpanEdit[][]): SpanEdit[][] {
  const chosen: SpanEdit[][] = [];
  const used: Span[] = [];
  for (const edits of fixes) {
    if (edits.some((e) => used.some((u) => overlaps(u, e.span)))) continue;
    if (edits.some((e, i) => edits.some((f, j) => i < j && overlaps(e.span, f.span)))) continue;
    chosen.push(edits);
    for (const e of edits) used.push(e.span);
  }
  return chosen;
}
