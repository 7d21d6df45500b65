import { HEADING_RANK, type Glossary, type GlossaryEntry, type Heading, type Landmark, type Paragraph, type PartKind, type QuotedTerm, type ReportModel, type Span } from '../model.js';
import { foldWidth } from '../text/fold.js';
import { computeLineStarts } from '../text/positions.js';
import { characterSegmenter, type Segmenter } from '../text/segmenter.js';
import { findBody } from './body.js';
import { extractFigures } from './figures.js';
import { buildOutline, matchHeading } from './headings.js';
import { findLandmarks, PART_PATTERNS, YEAR } from './landmarks.js';

/** Parts that open a top-level section of the report. */
const TOP_PARTS: PartKind[] = ['review', 'plan', 'tasks', 'self-building', 'closing', 'glossary'];

/** Text → ReportModel. Never throws on any string input. */
export function parseReport(input: string, segmenter: Segmenter = characterSegmenter): ReportModel {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const norm = foldWidth(text);
  const lineStarts = computeLineStarts(text);
  const eol: ReportModel['eol'] = /\r\n/.test(text.slice(0, 10000)) ? '\r\n' : '\n';
  const format: ReportModel['format'] = /^(?:#{1,6} |\*\*)/m.test(norm) ? 'markdown' : 'plain';

  const lines = lineSpans(norm, lineStarts);
  const body = findBody(norm, lines);
  const paragraphs: Paragraph[] = [];
  const plain: string[] = [];
  for (const line of lines) {
    if (line.start < body.start || line.end > body.end) continue;
    paragraphs.push({ span: line, sentences: splitSentences(norm, line) });
    plain.push(stripMarkdown(norm.slice(line.start, line.end)));
  }

  const glossaryIndex = plain.findIndex((t) => PART_PATTERNS.glossary.test(t.replace(/^#+\s*/, '')));
  // Title, meeting and speaker lines come before the salutation: they are not headings.
  const preamble = plain.findIndex((t) => PART_PATTERNS.salutation.test(t) || PART_PATTERNS.opening.test(t));
  const headings: Heading[] = [];
  paragraphs.forEach((p, pi) => {
    if (glossaryIndex >= 0 && pi >= glossaryIndex) return;
    if (pi <= preamble) return;
    if (/政府工作报告/.test(plain[pi]!) && plain[pi]!.length < 40) return;
    const content = skipMarkdownHeading(norm, p.span);
    const m = matchHeading(text, norm, content.start, content.end);
    if (!m) return;
    headings.push({
      ...m,
      titleText: text.slice(m.title.start, m.title.end),
      paragraph: pi,
      sectionEnd: body.end,
      children: [],
    });
  });
  const outline = buildOutline(headings, body.end, (h) => HEADING_RANK[h.style]);

  const landmarks = findLandmarks({ norm, paragraphs, headings, plain });
  assignParts(paragraphs, landmarks, body);
  let owner = -1;
  paragraphs.forEach((p, pi) => {
    while (owner + 1 < headings.length && headings[owner + 1]!.paragraph <= pi) owner++;
    if (owner >= 0) p.heading = owner;
  });

  const review = landmarks.find((l) => l.kind === 'review');
  const plan = landmarks.find((l) => l.kind === 'plan') ?? landmarks.find((l) => l.kind === 'tasks');
  const titleInfo = findTitle(norm, paragraphs, plain, landmarks);
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
  };
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
  const glossary = glossaryIndex >= 0 ? parseGlossary(text, norm, paragraphs, glossaryIndex) : undefined;
  if (glossary) model.glossary = glossary;
  model.figures = extractFigures(model, segmenter);
  return model;
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
  const tops = landmarks.filter((l) => TOP_PARTS.includes(l.kind) && (l.heading !== undefined || l.kind === 'glossary' || l.kind === 'closing'));
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

function findTitle(norm: string, paragraphs: Paragraph[], plain: string[], landmarks: Landmark[]): { title?: Span; year?: number; yearSpan?: Span } {
  const firstPart = landmarks.find((l) => l.kind === 'salutation' || l.kind === 'opening' || l.kind === 'review');
  const limit = firstPart ? firstPart.paragraph : Math.min(paragraphs.length, 6);
  let title: Span | undefined;
  for (let i = 0; i < limit; i++) {
    if (/政府工作报告/.test(plain[i]!) && plain[i]!.length < 80) title = paragraphs[i]!.span;
  }
  const out: { title?: Span; year?: number; yearSpan?: Span } = {};
  if (title) out.title = title;
  // The meeting date decides the report's year; the title's year when there is no date.
  for (let i = 0; i < limit; i++) {
    const p = paragraphs[i]!;
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
  paragraphs.forEach((p, pi) => {
    const open: number[] = [];
    for (let i = p.span.start; i < p.span.end; i++) {
      const ch = norm[i];
      if (ch === '“') open.push(i);
      else if (ch === '”' && open.length) {
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
    }
  });
  return quotes.sort((a, b) => a.span.start - b.span.start);
}

const ENTRY = /^(\d{1,3})\s*[.、]\s*/;

function parseGlossary(text: string, norm: string, paragraphs: Paragraph[], headingIndex: number): Glossary {
  const heading = paragraphs[headingIndex]!.span;
  const entries: GlossaryEntry[] = [];
  let end = heading.end;
  for (let pi = headingIndex + 1; pi < paragraphs.length; pi++) {
    const span = paragraphs[pi]!.span;
    const line = norm.slice(span.start, span.end);
    const m = ENTRY.exec(line);
    if (!m) {
      // A definition may wrap onto a following line, when it stopped mid-sentence.
      const last = entries[entries.length - 1];
      const open = last && !/[。.!?;:”）)]\s*$/.test(norm.slice(last.definitionSpan.start, last.definitionSpan.end));
      if (last && open && !/^#/.test(line) && line.length < 200) {
        last.definitionSpan.end = span.end;
        last.definition = text.slice(last.definitionSpan.start, span.end);
        last.span.end = span.end;
        end = span.end;
        continue;
      }
      break;
    }
    const after = span.start + m[0].length;
    const colon = findTermColon(norm, after, span.end);
    const termSpan = { start: after, end: colon >= 0 ? colon : span.end };
    const definitionSpan = { start: colon >= 0 ? colon + 1 : span.end, end: span.end };
    const term = text.slice(termSpan.start, termSpan.end).trim();
    entries.push({
      number: Number(m[1]),
      numberSpan: { start: span.start, end: span.start + m[1]!.length },
      term,
      termSpan,
      keys: termKeys(term),
      definition: text.slice(definitionSpan.start, definitionSpan.end),
      definitionSpan,
      span: { ...span },
    });
    end = span.end;
  }
  return { heading, entries, span: { start: heading.start, end } };
}

/** The colon that ends the term: the first `:` outside quotes. */
function findTermColon(norm: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = norm[i];
    if (ch === '“') depth++;
    else if (ch === '”') depth = Math.max(0, depth - 1);
    else if (ch === ':' && depth === 0) return i;
  }
  return -1;
}

/** `农牧区“三变”改革` → [`三变`, `农牧区三变改革`]; `三北工程` → [`三北工程`]. */
export function termKeys(term: string): string[] {
  const keys = new Set<string>();
  for (const m of term.matchAll(/[“"]([^”"]+)[”"]/g)) keys.add(m[1]!);
  const bare = term.replace(/[“”"《》]/g, '').trim();
  if (bare) keys.add(bare);
  return [...keys];
}

