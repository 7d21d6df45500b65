import type { Vocabulary } from '../genre/compile.js';
import type { Span } from '../model.js';
import { isGlossaryHeading } from './glossary.js';

/** A line that reads as report prose: long enough, Chinese, with sentence punctuation. */
export function isProse(line: string): boolean {
  if (line.length < 24 || !/[,。;、]/.test(line)) return false;
  // Chinese characters over 60% of the line, at least 24: counted until the answer is settled.
  const needed = Math.max(24, Math.floor(line.length * 0.6) + 1);
  let han = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff && ++han >= needed) return true;
    if (han + (line.length - 1 - i) < needed) return false;
  }
  return false;
}

/** A short line of report text (`地区生产总值增长5%。`, `各位代表：`): Chinese, ending a sentence or a clause. */
function isShortContent(line: string): boolean {
  let han = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  return han >= 4 && han / line.length > 0.5 && /[。!?;:]$/.test(line) && !/[|>]|首页|版权|主办|备案/.test(line);
}

function isHeadingLike(line: string): boolean {
  const l = line.replace(/^#{1,6}\s+|\*\*/g, '');
  return /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))[\u4e00-\u9fff\d“ ]/.test(l);
}

export interface BodyResult {
  body: Span;
  /** The rest of the document when the report appears again after itself. */
  repeats?: { span: Span; copies: number };
}

/**
 * The report body inside web-page chrome: from the title (or the salutation, or the first
 * heading or prose line) to the end of the 名词解释, or of the last prose line. When the page
 * holds the whole report again (scraped twice), the body is the first copy.
 */
export function findBody(norm: string, lines: Span[], vocab: Vocabulary): BodyResult {
  if (!lines.length) return { body: { start: 0, end: norm.length } };
  const text = (l: Span) => norm.slice(l.start, l.end);
  const texts = lines.map(text);
  const prose = texts.map(isProse);
  const firstContent = texts.findIndex((t, i) => (prose[i] || isHeadingLike(t) || vocab.salutation.test(t)) && !vocab.chromeLine.test(t));
  let startIdx = firstContent < 0 ? 0 : firstContent;
  const salutation = texts.findIndex((t) => vocab.salutation.test(t));
  const anchor = salutation >= 0 && salutation <= startIdx + 1 ? salutation : startIdx;
  // The title and meeting lines sit just above: walk back over short lines that mention the report.
  for (let i = anchor - 1; i >= Math.max(0, anchor - 12); i--) {
    const t = texts[i]!;
    if (/政府工作报告|工\s*作\s*报\s*告/.test(t) && t.length < 80 && !/\|/.test(t) && !vocab.chromeLine.test(t)) {
      startIdx = i;
      break;
    }
  }
  if (startIdx > anchor) startIdx = anchor;
  const copy = secondCopy(texts, prose, startIdx);
  const limit = copy ?? lines.length;
  let endIdx = startIdx;
  let glossary = -1;
  for (let i = startIdx + 1; i < limit; i++) {
    if (isGlossaryHeading(texts[i]!, vocab)) {
      glossary = i;
      break;
    }
  }
  for (let i = startIdx; i < limit; i++) {
    const t = texts[i]!;
    if (vocab.chromeLine.test(t)) continue;
    if (prose[i] || isHeadingLike(t) || isShortContent(t)) endIdx = i;
    else if (glossary >= 0 && i >= glossary && (vocab.glossaryNumber.test(t) || /^[^,。;!?\s:]{1,30}?:\S/.test(t))) endIdx = i;
    else if (glossary >= 0 && i === glossary) endIdx = i;
    else if (/^\d{1,2}[.、]/.test(t) && t.length > 10) endIdx = i;
  }
  // Editor's notes right after the text belong to it (`(此文有删减)`).
  while (endIdx + 1 < limit && /^\([^)]{1,12}\)$/.test(texts[endIdx + 1]!) && !vocab.chromeLine.test(texts[endIdx + 1]!)) endIdx++;
  const body = { start: lines[startIdx]!.start, end: lines[endIdx]!.end };
  if (copy === undefined) return { body };
  const copies = countCopies(texts, prose, startIdx, copy);
  return { body, repeats: { span: { start: lines[copy]!.start, end: lines[lines.length - 1]!.end }, copies } };
}

/** Prose lines that must repeat, in order, for the rest to count as another copy of the report. */
const MIN_REPEATED = 3;

/**
 * Where the report starts again: the first prose line of the body reappears, followed by the
 * same prose lines in the same order, for at least half of the report. A paragraph repeated
 * by mistake is duplicate-paragraph's business, not a second copy.
 */
function secondCopy(texts: string[], prose: boolean[], startIdx: number): number | undefined {
  const proseIdx: number[] = [];
  for (let i = startIdx; i < texts.length; i++) if (prose[i]) proseIdx.push(i);
  if (proseIdx.length < MIN_REPEATED * 2) return undefined;
  const first = texts[proseIdx[0]!]!;
  for (let k = 1; k < proseIdx.length; k++) {
    if (texts[proseIdx[k]!] !== first) continue;
    let same = 0;
    while (k + same < proseIdx.length && texts[proseIdx[same]!] === texts[proseIdx[k + same]!]) same++;
    if (same >= MIN_REPEATED && same * 2 >= k) {
      // The copy starts with the same lines that lead up to the first copy's first prose line
      // (title, salutation…); what lies between the copies (site navigation) is neither.
      let at = proseIdx[k]!;
      let j = proseIdx[0]! - 1;
      while (at - 1 > proseIdx[k - 1]! && j >= startIdx && texts[at - 1] === texts[j]) {
        at--;
        j--;
      }
      return at;
    }
  }
  return undefined;
}

function countCopies(texts: string[], prose: boolean[], startIdx: number, copy: number): number {
  let first = -1;
  for (let i = startIdx; i < copy; i++) if (prose[i]) { first = i; break; }
  if (first < 0) return 2;
  let n = 1;
  for (let i = copy; i < texts.length; i++) if (prose[i] && texts[i] === texts[first]) n++;
  return n;
}
