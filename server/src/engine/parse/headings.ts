import type { Heading, HeadingStyle, Span } from '../model.js';
import { parseChineseInteger } from '../text/numerals.js';

export interface HeadingMatch {
  style: HeadingStyle;
  number: number | null;
  marker: Span;
  fullWidth: boolean;
  title: Span;
  span: Span;
  runIn: boolean;
}

const CN = '[一二三四五六七八九十百零〇两]+';
const MARKERS: { style: HeadingStyle; re: RegExp }[] = [
  { style: 'cn-comma', re: new RegExp(`^(${CN})、`) },
  { style: 'cn-paren', re: new RegExp(`^\\( ?(${CN}) ?\\)`) },
  { style: 'arabic-paren', re: /^\( ?(\d{1,2}) ?\)/ },
  { style: 'arabic-dot', re: /^(\d{1,2})(?:\.(?!\d)|、)/ },
  { style: 'ordinal-shi', re: new RegExp(`^(${CN})是`) },
];

/** Longest first sentence that still reads as a lead sentence (`现代农牧业集聚发展。`). */
const LEAD_MAX = 22;
/** A line on its own without final punctuation reads as a heading up to this length. */
const STANDALONE_MAX = 40;

/**
 * Recognises a heading at the start of a paragraph. `norm` is the width-folded text, `start`
 * and `end` the paragraph's content (leading spaces and Markdown markers already skipped).
 */
export function matchHeading(text: string, norm: string, start: number, end: number, nextArabic?: number): HeadingMatch | undefined {
  const line = norm.slice(start, end);
  let emphasisEnd = -1;
  let body = line;
  let offset = start;
  if (body.startsWith('**')) {
    const close = body.indexOf('**', 2);
    emphasisEnd = close > 0 ? start + close : -1;
    body = body.slice(2);
    offset += 2;
  }
  for (const { style, re } of MARKERS) {
    // The next number of a run is taken even when digits follow it (`40.151件民生实事`).
    const m = re.exec(body) ?? (style === 'arabic-dot' && nextArabic !== undefined ? nextNumberBeforeDigits(body, nextArabic) : null);
    if (!m) continue;
    const number = style.startsWith('arabic') ? Number(m[1]) : parseChineseInteger(m[1]!);
    const marker = { start: offset, end: offset + m[0].length };
    let titleStart = marker.end;
    while (titleStart < end && norm[titleStart] === ' ') titleStart++;
    const titleEnd = emphasisEnd > titleStart ? emphasisEnd : firstSentenceEnd(norm, titleStart, end, style === 'cn-comma');
    const title = trimSpan(norm, { start: titleStart, end: titleEnd });
    const spanEnd = emphasisEnd > titleStart ? emphasisEnd + 2 : Math.min(end, titleEnd + 1);
    const rest = norm.slice(spanEnd, end).replace(/[*\s]/g, '');
    return {
      style,
      number,
      marker,
      fullWidth: /[（）]/.test(text.slice(marker.start, marker.end)),
      title,
      span: { start, end: Math.min(end, Math.max(spanEnd, title.end)) },
      runIn: rest.length > 0,
    };
  }
  return matchLead(norm, start, end);
}

/** `40.151件…` read as number 40 when 40 is the next of a run: a match of `^(40)\.(?=\d)` (no RegExp built per line). */
function nextNumberBeforeDigits(body: string, next: number): RegExpExecArray | null {
  const digits = String(next);
  if (!body.startsWith(digits) || body[digits.length] !== '.' || !/\d/.test(body[digits.length + 1] ?? '')) return null;
  return /^(\d+)\./.exec(body);
}

function matchLead(norm: string, start: number, end: number): HeadingMatch | undefined {
  // `**工业经济提质增效。**实施…`: a lead sentence set in bold.
  const bold = /^\*\*([^*]{2,30}?)\*\*/.exec(norm.slice(start, end));
  if (bold && /[\u4e00-\u9fff]/.test(bold[1]!)) {
    const titleEnd = start + 2 + bold[1]!.replace(/[。!?]$/, '').length;
    return { ...lead(start + 2, titleEnd, start + bold[0].length < end), span: { start, end: start + bold[0].length } };
  }
  const line = norm.slice(start, end);
  if (!/^[\u4e00-\u9fff“]/.test(line)) return undefined;
  const stop = line.search(/[。!?]/);
  // A short standalone line without final punctuation (`一年来,我们在…上敢闯敢干,…新气象`).
  if (stop < 0) {
    if (line.length > STANDALONE_MAX || /[:;]$/.test(line)) return undefined;
    if (/^各位代表/.test(line)) return undefined;
    return lead(start, end, false);
  }
  const first = line.slice(0, stop);
  if (/^各位代表/.test(first)) return undefined;
  if (stop <= LEAD_MAX && !/[,;:、]/.test(first) && stop < line.length - 1) {
    return lead(start, start + stop, true);
  }
  // `一年来,我们发挥优势、做强特色,产业发展蹄疾步稳。` alone on its line
  if (/^一年来,我们/.test(first) && stop === line.length - 1 && stop <= STANDALONE_MAX) {
    return lead(start, start + stop, false);
  }
  return undefined;
}

export function lead(start: number, titleEnd: number, runIn: boolean): HeadingMatch {
  return {
    style: 'lead',
    number: null,
    marker: { start, end: start },
    fullWidth: false,
    title: { start, end: titleEnd },
    span: { start, end: runIn ? titleEnd + 1 : titleEnd },
    runIn,
  };
}

/** End of a heading's title: the first 。!? (run-in headings), else the line end. */
function firstSentenceEnd(norm: string, from: number, end: number, wholeLine: boolean): number {
  if (wholeLine) {
    const stop = norm.slice(from, end).search(/[。!?]/);
    return stop >= 0 && stop < end - from - 1 ? from + stop : end;
  }
  const stop = norm.slice(from, end).search(/[。!?]/);
  return stop >= 0 ? from + stop : end;
}

function trimSpan(norm: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s*]/.test(norm[start]!)) start++;
  while (end > start && /[\s*。!?]/.test(norm[end - 1]!)) end--;
  return { start, end };
}

/** Builds the tree by GB/T rank; fills `children` and `sectionEnd`. */
export function buildOutline(headings: Heading[], bodyEnd: number, rank: (h: Heading) => number): Heading[] {
  const roots: Heading[] = [];
  const stack: Heading[] = [];
  for (const h of headings) {
    while (stack.length && rank(stack[stack.length - 1]!) >= rank(h)) {
      stack.pop()!.sectionEnd = h.span.start;
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(h);
    else roots.push(h);
    stack.push(h);
  }
  for (const h of stack) h.sectionEnd = bodyEnd;
  return roots;
}
