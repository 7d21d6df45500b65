import type { Span } from '../model.js';
import { PART_PATTERNS } from './landmarks.js';

/** A line that reads as report prose: long enough, Chinese, with sentence punctuation. */
function isProse(line: string): boolean {
  const han = line.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return han >= 24 && han / line.length > 0.6 && /[,。;、]/.test(line);
}

function isHeadingLike(line: string): boolean {
  const l = line.replace(/^#{1,6}\s+|\*\*/g, '');
  return /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))[\u4e00-\u9fff\d“ ]/.test(l);
}

/**
 * The report body inside web-page chrome: from the title (or the salutation, or the first
 * heading or prose line) to the end of the 名词解释, or of the last prose line.
 */
export function findBody(norm: string, lines: Span[]): Span {
  if (!lines.length) return { start: 0, end: norm.length };
  const text = (l: Span) => norm.slice(l.start, l.end);
  const firstContent = lines.findIndex((l) => isProse(text(l)) || isHeadingLike(text(l)) || PART_PATTERNS.salutation.test(text(l)));
  let startIdx = firstContent < 0 ? 0 : firstContent;
  const salutation = lines.findIndex((l) => PART_PATTERNS.salutation.test(text(l)));
  const anchor = salutation >= 0 && salutation <= startIdx + 1 ? salutation : startIdx;
  // The title and meeting lines sit just above: walk back over short lines that mention the report.
  for (let i = anchor - 1; i >= Math.max(0, anchor - 12); i--) {
    const t = text(lines[i]!);
    if (/政府工作报告/.test(t) && t.length < 80 && !/\|/.test(t)) {
      startIdx = i;
      break;
    }
  }
  if (startIdx > anchor) startIdx = anchor;
  let endIdx = startIdx;
  const glossary = lines.findIndex((l, i) => i > startIdx && PART_PATTERNS.glossary.test(text(l).replace(/^#+\s*|\*\*/g, '')));
  for (let i = startIdx; i < lines.length; i++) {
    const t = text(lines[i]!);
    if (isProse(t) || isHeadingLike(t)) endIdx = i;
    else if (glossary >= 0 && i > glossary && /^\d{1,3}\s*[.、]/.test(t)) endIdx = i;
    else if (glossary >= 0 && i === glossary) endIdx = i;
    else if (/^\d{1,2}[.、]/.test(t) && t.length > 10) endIdx = i;
  }
  // Editor's notes right after the text belong to it (`(此文有删减)`).
  while (endIdx + 1 < lines.length && /^\([^)]{1,12}\)$/.test(text(lines[endIdx + 1]!))) endIdx++;
  return { start: lines[startIdx]!.start, end: lines[endIdx]!.end };
}
