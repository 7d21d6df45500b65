import { compileVocabulary, type Vocabulary } from '../genre/compile.js';
import { HEADING_RANK, type Heading, type Landmark, type Paragraph, type PartKind, type QuotedTerm, type ReportModel, type Span } from '../model.js';
import { foldWidth } from '../text/fold.js';
import { computeLineStarts } from '../text/positions.js';
import { characterSegmenter, type Segmenter } from '../text/segmenter.js';
import { findBody } from './body.js';
import { extractFigures } from './figures.js';
import { findGlossary } from './glossary.js';
import { buildOutline, lead, matchHeading } from './headings.js';
import { findLandmarks, isPartTitleLine, TOP_PARTS, YEAR } from './landmarks.js';

export { termKeys } from './glossary.js';

/** Text → ReportModel. Never throws on any string input. */
/**
 * `figures: false` leaves `model.figures` empty: the incremental linter's first answer to a
 * keystroke runs only paragraph rules, none of which reads figures (incremental.ts).
 */
export function parseReport(input: string, segmenter: Segmenter = characterSegmenter, vocab: Vocabulary = compileVocabulary(), options: { figures?: boolean } = {}): ReportModel {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const norm = foldWidth(text);
  const lineStarts = computeLineStarts(text);
  const eol: ReportModel['eol'] = /\r\n/.test(text.slice(0, 10000)) ? '\r\n' : '\n';
  const format: ReportModel['format'] = isMarkdown(norm) ? 'markdown' : 'plain';

  const lines = lineSpans(norm, lineStarts);
  const { body, repeats } = findBody(norm, lines, vocab);
  const paragraphs: Paragraph[] = [];
  const plain: string[] = [];
  for (const line of lines) {
    if (line.start < body.start || line.end > body.end) continue;
    paragraphs.push({ span: line, sentences: splitSentences(norm, line) });
    plain.push(stripMarkdown(norm.slice(line.start, line.end)));
  }

  const found = findGlossary(text, norm, paragraphs, plain, vocab);
  const glossaryIndex = found?.index ?? -1;
  // Title, meeting and speaker lines come before the salutation: they are not headings.
  const preamble = plain.findIndex((t) => vocab.salutation.test(t) || vocab.opening.test(t));
  const titleInfo = findTitle(norm, paragraphs, plain, preamble);
  const headings: Heading[] = [];
  let lastArabic: number | null | undefined;
  paragraphs.forEach((p, pi) => {
    if (glossaryIndex >= 0 && pi >= glossaryIndex) return;
    if (pi <= preamble) return;
    if (/政府工作报告/.test(plain[pi]!) && plain[pi]!.length < 40) return;
    if (vocab.chromeLine.test(plain[pi]!) || vocab.attachmentListLine.test(plain[pi]!)) return;
    const content = skipMarkdownHeading(norm, p.span);
    // A part title on its own line (`2023年工作回顾`, `“十五五”时期主要目标任务`), above 一、.
    const numbered = matchHeading(text, norm, content.start, content.end, lastArabic == null ? undefined : lastArabic + 1);
    const partLine = (!numbered || numbered.style === 'lead') && isPartTitleLine(norm.slice(content.start, content.end).replace(/\*\*/g, ''), vocab);
    const m = partLine ? lead(content.start, content.end, false) : numbered;
    if (!m) return;
    const titleText = text.slice(m.title.start, m.title.end);
    const style = partLine ? 'part' : m.style;
    // Built field by field (not spread from the match): every heading has one shape, `part` included.
    headings.push({ style, number: m.number, marker: m.marker, fullWidth: m.fullWidth, title: m.title, span: m.span, runIn: m.runIn, titleText, paragraph: pi, sectionEnd: body.end, part: undefined, children: [] });
    if (style === 'arabic-dot') lastArabic = m.number;
  });
  const outline = buildOutline(headings, body.end, (h) => HEADING_RANK[h.style]);

  const landmarks = findLandmarks({ norm, paragraphs, headings, plain, vocab, reportYear: titleInfo.year, glossaryIndex });
  assignParts(paragraphs, landmarks, body);
  let owner = -1;
  paragraphs.forEach((p, pi) => {
    while (owner + 1 < headings.length && headings[owner + 1]!.paragraph <= pi) owner++;
    if (owner >= 0) p.heading = owner;
  });

  const review = landmarks.find((l) => l.kind === 'review');
  const plan = landmarks.find((l) => l.kind === 'plan') ?? landmarks.find((l) => l.kind === 'tasks');
  const model: ReportModel = {
    text,
    norm,
    eol,
    format,
    body,
    lineStarts,
    landmarks,
    headings,
    outline,
    paragraphs,
    quotes: findQuotes(text, norm, paragraphs),
    figures: [],
    fragment: isFragment(norm, landmarks, body),
    truncated: vocab.pager.test(norm.slice(body.end, repeats ? repeats.span.start : norm.length)),
    chrome: findChrome(norm, paragraphs, vocab),
  };
  if (repeats) model.repeats = repeats;
  if (titleInfo.title) model.title = titleInfo.title;
  if (titleInfo.year !== undefined) {
    model.reportYear = titleInfo.year;
    if (titleInfo.yearSpan) model.reportYearSpan = titleInfo.yearSpan;
  }
  if (review?.year !== undefined) model.reviewYear = review.year;
  if (plan?.year !== undefined) model.planYear = plan.year;
  else {
    const framing = landmarks.find((l) => l.kind === 'framing' && l.year !== undefined);
    if (framing?.year !== undefined) model.planYear = framing.year;
  }
  if (found) model.glossary = found.glossary;
  if (options.figures !== false) model.figures = extractFigures(model, segmenter);
  return model;
}

/** Newspaper page jumps inside paragraphs (`（下转第四版）`). */
function findChrome(norm: string, paragraphs: Paragraph[], vocab: Vocabulary): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) {
    const line = norm.slice(p.span.start, p.span.end);
    if (!/版/.test(line)) continue;
    for (const m of line.matchAll(vocab.chromeInline)) out.push({ start: p.span.start + m.index, end: p.span.start + m.index + m[0].length });
  }
  return out;
}

function lineSpans(norm: string, lineStarts: number[]): Span[] {
  return lineStarts.map((start, i) => {
    let end = i + 1 < lineStarts.length ? lineStarts[i + 1]! - 1 : norm.length;
    if (norm[end - 1] === '\r') end--;
    let s = start;
    while (s < end && /[ \u3000\t]/.test(norm[s]!)) s++;
    while (end > s && /[ \t]/.test(norm[end - 1]!)) end--;
    return { start: s, end };
  }).filter((l) => l.end > l.start);
}

/**
 * Whether a line starts with a Markdown heading (`# `…`###### `) or bold (`**`): the test
 * `/^(?:#{1,6} |\*\*)/m`, from `#` or `*` to the next (a multiline regex tries every position
 * of a long document, and reports rarely hold either character).
 */
function isMarkdown(norm: string): boolean {
  for (const mark of ['#', '**']) {
    for (let at = norm.indexOf(mark); at >= 0; at = norm.indexOf(mark, at + 1)) {
      if ((at === 0 || '\n\r\u2028\u2029'.includes(norm[at - 1]!)) && /^(?:#{1,6} |\*\*)/.test(norm.slice(at, at + 8))) return true;
    }
  }
  return false;
}

function stripMarkdown(line: string): string {
  return line.replace(/^#{1,6}\s+/, '').replace(/\*\*/g, '').replace(/^>\s*/, '').trim();
}

function skipMarkdownHeading(norm: string, span: Span): Span {
  const m = /^(?:#{1,6}\s+|>\s*)/.exec(norm.slice(span.start, span.end));
  return m ? { start: span.start + m[0].length, end: span.end } : span;
}

function splitSentences(norm: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  let depth = 0;
  for (let i = span.start; i < span.end; i++) {
    const ch = norm[i]!;
    if (ch === '“') depth++;
    else if (ch === '”') depth = Math.max(0, depth - 1);
    else if ((ch === '。' || ch === '!' || ch === '?') && depth === 0) {
      let end = i + 1;
      while (end < span.end && /[”)]/.test(norm[end]!)) end++;
      out.push({ start, end });
      start = end;
      i = end - 1;
    }
  }
  if (start < span.end) out.push({ start, end: span.end });
  return out;
}

/** Each paragraph's top-level part (review, plan...) and innermost part. */
function assignParts(paragraphs: Paragraph[], landmarks: Landmark[], body: Span): void {
  const tops = landmarks.filter((l) => TOP_PARTS.includes(l.kind));
  const firstTop = tops[0];
  for (let i = 0; i < tops.length; i++) {
    const next = tops.slice(i + 1).find((t) => t.kind !== 'self-building' || tops[i]!.kind !== 'self-building');
    tops[i]!.end = next ? next.span.start : body.end;
  }
  const inner = landmarks.filter((l) => !TOP_PARTS.includes(l.kind));
  // One pass: landmarks and paragraphs are both in document order.
  const flow = tops.filter((c) => c.kind !== 'closing');
  let t = -1;
  let k = -1;
  paragraphs.forEach((p, pi) => {
    while (t + 1 < flow.length && flow[t + 1]!.span.start <= p.span.start) t++;
    const closing = tops.find((c) => c.kind === 'closing' && c.paragraph === pi);
    const top = closing ?? flow[t];
    if (top) p.topPart = top.kind;
    else if (firstTop && p.span.start < firstTop.span.start && firstTop.kind !== 'review' && isFragmentLike(landmarks)) p.topPart = 'review';
    while (k + 1 < inner.length && inner[k + 1]!.paragraph <= pi) k++;
    const last = inner[k];
    const current = last && (top === undefined || last.span.start >= top.span.start) ? last : undefined;
    p.part = current?.kind ?? p.topPart;
  });
}

function isFragmentLike(landmarks: Landmark[]): boolean {
  return !landmarks.some((l) => l.kind === 'review' || l.kind === 'salutation' || l.kind === 'opening');
}

function isFragment(norm: string, landmarks: Landmark[], body: Span): boolean {
  if (/\((?:上接|下接)[^)]{0,8}\)/.test(norm.slice(body.start, Math.min(body.end, body.start + 400)))) return true;
  const kinds = new Set(landmarks.map((l) => l.kind));
  const anyPart = ['plan', 'tasks', 'self-building', 'thanks', 'problems', 'closing', 'glossary'].some((k) => kinds.has(k as PartKind));
  return !kinds.has('salutation') && !kinds.has('opening') && !kinds.has('review') && anyPart;
}

/** A line naming the report, not a photo caption about it (`…在大会上作政府工作报告`). */
function isTitleLine(line: string): boolean {
  return /政府工作报告|^政\s*府\s*工\s*作\s*报\s*告$/.test(line) && line.length < 60 && !/[作做]政府工作报告|图为|摄|会上|[。,]/.test(line);
}

function findTitle(norm: string, paragraphs: Paragraph[], plain: string[], preamble: number): { title?: Span; year?: number; yearSpan?: Span } {
  const limit = preamble >= 0 ? preamble : Math.min(paragraphs.length, 6);
  let title: Span | undefined;
  for (let i = 0; i < limit; i++) {
    if (isTitleLine(plain[i]!) && (!title || /\d{4}年/.test(plain[i]!))) title = paragraphs[i]!.span;
  }
  const out: { title?: Span; year?: number; yearSpan?: Span } = {};
  if (title) out.title = title;
  // The meeting date decides the report's year; the title's year when there is no date.
  for (let i = 0; i < limit; i++) {
    const p = paragraphs[i]!;
    if (/^(?:来源|时间|发布时间|日期)\s*:/.test(plain[i]!)) continue;
    const m = /(\d{4})年\d{1,2}月\d{1,2}日/.exec(norm.slice(p.span.start, p.span.end));
    if (m) {
      out.year = Number(m[1]);
      out.yearSpan = { start: p.span.start + m.index, end: p.span.start + m.index + 4 };
      return out;
    }
  }
  if (title) {
    const y = YEAR.exec(norm.slice(title.start, title.end));
    if (y) {
      out.year = Number(y[1]);
      out.yearSpan = { start: title.start + y.index, end: title.start + y.index + 4 };
    }
  }
  return out;
}

function findQuotes(text: string, norm: string, paragraphs: Paragraph[]): QuotedTerm[] {
  const quotes: QuotedTerm[] = [];
  // From quote mark to quote mark (indexOf), not character by character: most text is unquoted.
  let nextOpen = norm.indexOf('“');
  let nextClose = norm.indexOf('”');
  paragraphs.forEach((p, pi) => {
    const { start: from, end: to } = p.span;
    while (nextOpen >= 0 && nextOpen < from) nextOpen = norm.indexOf('“', nextOpen + 1);
    while (nextClose >= 0 && nextClose < from) nextClose = norm.indexOf('”', nextClose + 1);
    if ((nextOpen < 0 || nextOpen >= to) && (nextClose < 0 || nextClose >= to)) return;
    const open: number[] = [];
    while ((nextOpen >= 0 && nextOpen < to) || (nextClose >= 0 && nextClose < to)) {
      if (nextOpen >= 0 && nextOpen < to && (nextClose < 0 || nextOpen < nextClose)) {
        open.push(nextOpen);
        nextOpen = norm.indexOf('“', nextOpen + 1);
        continue;
      }
      const i = nextClose;
      nextClose = norm.indexOf('”', nextClose + 1);
      if (!open.length) continue;
      const start = open.pop()!;
      if (i - start - 1 > 0 && i - start - 1 <= 40) {
        quotes.push({
          span: { start, end: i + 1 },
          inner: { start: start + 1, end: i },
          text: text.slice(start + 1, i),
          paragraph: pi,
        });
      }
    }
  });
  return quotes.sort((a, b) => a.span.start - b.span.start);
}
