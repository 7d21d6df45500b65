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

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether `offset` falls between the two halves of a surrogate pair (inside one code point). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** A lone half of a surrogate pair anywhere in `s`. */
export function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHigh(c)) {
      if (!isLow(s.charCodeAt(i + 1))) return true;
      i++;
    } else if (isLow(c)) return true;
  }
  return false;
}

/**
 * The span widened to whole code points. Rules index UTF-16 units, and a character outside the
 * BMP (𠀀, an emoji, a rare place-name character) is two: a range must never end inside one.
 */
export function codePointSpan(text: string, span: Span): Span {
  const start = splitsSurrogatePair(text, span.start) ? span.start - 1 : span.start;
  const end = splitsSurrogatePair(text, span.end) ? span.end + 1 : span.end;
  return { start, end: Math.max(start, end) };
}

/**
 * An edit widened to whole code points: the halves it takes in are written back unchanged, so
 * the edit changes exactly what it did and never leaves half a character. Undefined when the
 * result would still hold a lone surrogate (the rule cut its replacement mid-character).
 */
export function codePointEdit(text: string, span: Span, newText: string): { span: Span; newText: string } | undefined {
  const wide = codePointSpan(text, span);
  const written = text.slice(wide.start, span.start) + newText + text.slice(span.end, wide.end);
  return hasLoneSurrogate(written) ? undefined : { span: wide, newText: written };
}
