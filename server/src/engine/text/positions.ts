import type { Position, Range, Span } from '../model.js';

/** Offsets of the first character of every line (after `\n`). */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function positionAt(lineStarts: number[], offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo]! };
}

export function offsetAt(lineStarts: number[], textLength: number, pos: Position): number {
  if (pos.line >= lineStarts.length) return textLength;
  if (pos.line < 0) return 0;
  const start = lineStarts[pos.line]!;
  const next = pos.line + 1 < lineStarts.length ? lineStarts[pos.line + 1]! : textLength;
  return Math.min(start + Math.max(0, pos.character), next);
}

export function spanToRange(lineStarts: number[], span: Span): Range {
  return { start: positionAt(lineStarts, span.start), end: positionAt(lineStarts, span.end) };
}
