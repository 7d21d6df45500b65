import type { ReportModel, Span } from '../model.js';

/** One item of the 预期目标 sentence: `规上工业增加值增长8%以上`. */
export interface TargetItem {
  span: Span;
  text: string;
  indicator: string;
  indicatorSpan: Span;
  verb?: string;
  /** Values as written, with their spans (`6.5%`, `8.5%`). */
  values: { text: string; number: number; unit: string; span: Span }[];
  qualifier?: string;
  qualifierSpan?: Span;
  /** `力争`, `确保`: a target's strive/ensure word (it stands in for a qualifier). */
  strive?: string;
  /** A range (`增长8.5%到9.0%`, `5%-5.5%`): it bounds the value both ways, as a qualifier would. */
  range?: Span;
  respectively: boolean;
}

export const TARGET_VERBS = /增长|完成|达到|控制在|保持在|下降|降低|提高到|提高|突破|实现|稳定在|超过/;
export const QUALIFIERS = /以上|左右|以内|以下|上下|之内/;
const RANGE = /\d+(?:\.\d+)?%?\s?(?:-|—|–|~|～|到|至)\s?\d+(?:\.\d+)?%/;
const VALUE = /(\d+(?:\.\d+)?)(%|个百分点|万亿元|亿元|万元|元|万吨|吨|万亩|亩|万人次|万人|人|户|家|个|公里|万千瓦|千瓦)/g;

/** A target statement's opener, with or without a colon: `主要预期目标是地区生产总值增长5%…`. */
const OPENER = /(?:主要)?(?:预期|奋斗|发展)目标(?:是|为)?:|(?:主要)?(?:预期|奋斗|发展)?目标(?:是|为):?/;
/** A numbered target line: `1.地区生产总值增长6%左右;`. */
const NUMBERING = /^(?:\d{1,2}[.、]|\(\d{1,2}\)|[一二三四五六七八九十]{1,2}是)/;

/**
 * The 预期目标 statements: from `目标是:` to the end of that sentence; when the targets come
 * one per line after the opener (`主要预期目标:` then `地区生产总值增长5%左右;` lines), each line;
 * and the opener without a colon (`主要预期目标是地区生产总值…`), found in any sentence that is
 * not already part of a 预期目标 landmark.
 */
export function targetSentences(model: ReportModel): readonly Span[] {
  let found = sentencesMemo.get(model);
  if (!found) sentencesMemo.set(model, (found = findTargetSentences(model)));
  return found;
}

/** Per model: figure extraction and three rules read the targets (one search, shared read-only). */
const sentencesMemo = new WeakMap<ReportModel, readonly Span[]>();
const itemsMemo = new WeakMap<ReportModel, readonly TargetItem[]>();

function findTargetSentences(model: ReportModel): Span[] {
  const out: Span[] = [];
  const covered = new Set<number>();
  for (const mark of model.landmarks) {
    if (mark.kind !== 'targets') continue;
    const p = model.paragraphs[mark.paragraph]!;
    covered.add(mark.paragraph);
    const start = mark.span.end;
    const stop = model.norm.slice(start, p.span.end).search(/[。!?]/);
    const rest = { start, end: stop < 0 ? p.span.end : start + stop };
    if (/\d/.test(model.norm.slice(rest.start, rest.end))) {
      out.push(rest);
      // The targets may run on over several sentences of the paragraph (`…6%以上的增长。规上工业增加值增长4%…`).
      for (const s of p.sentences) if (s.start > rest.end && /\d+(?:\.\d+)?%/.test(model.norm.slice(s.start, s.end))) out.push({ start: s.start, end: s.end - (/[。!?]$/.test(model.norm.slice(s.start, s.end)) ? 1 : 0) });
      continue;
    }
    // One target per line: the short lines after the opener, each stating a figure.
    for (let pi = mark.paragraph + 1; pi < model.paragraphs.length && pi <= mark.paragraph + 20; pi++) {
      const line = model.paragraphs[pi]!;
      const text = model.norm.slice(line.span.start, line.span.end);
      if (text.length > 160 || !/\d/.test(text) || (line.heading !== undefined && model.headings[line.heading]?.paragraph === pi && !NUMBERING.test(text))) break;
      const skip = NUMBERING.exec(text)?.[0].length ?? 0;
      const end = text.search(/。/);
      covered.add(pi);
      out.push({ start: line.span.start + skip, end: end < 0 ? line.span.end : line.span.start + end });
    }
  }
  model.paragraphs.forEach((p, pi) => {
    if (covered.has(pi) || p.topPart === 'review' || p.topPart === 'glossary') return;
    let open = false;
    for (const sentence of p.sentences) {
      const text = model.norm.slice(sentence.start, sentence.end);
      const end = sentence.end - (/[。!?]$/.test(text) ? 1 : 0);
      const m = OPENER.exec(text);
      if (m && /\d/.test(text.slice(m.index))) {
        out.push({ start: sentence.start + m.index + m[0].length, end });
        open = true;
      } else if (open && /\d+(?:\.\d+)?%/.test(text)) out.push({ start: sentence.start, end });
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

/** Splits a target sentence at `,` `;` into items and reads each item's parts. */
export function targetItems(model: ReportModel): readonly TargetItem[] {
  let found = itemsMemo.get(model);
  if (!found) itemsMemo.set(model, (found = readTargetItems(model)));
  return found;
}

function readTargetItems(model: ReportModel): TargetItem[] {
  const items: TargetItem[] = [];
  for (const sentence of targetSentences(model)) {
    let start = sentence.start;
    const text = model.norm.slice(sentence.start, sentence.end);
    for (const piece of text.split(/[,;]/)) {
      const span = { start, end: start + piece.length };
      start = span.end + 1;
      const item = readItem(model, span);
      if (item) items.push(item);
    }
  }
  return items;
}

function readItem(model: ReportModel, span: Span): TargetItem | undefined {
  const text = model.norm.slice(span.start, span.end);
  const verb = TARGET_VERBS.exec(text);
  const values = [...text.matchAll(VALUE)].map((m) => ({
    text: m[0],
    number: Number(m[1]),
    unit: m[2]!,
    span: { start: span.start + m.index, end: span.start + m.index + m[0].length },
  }));
  const indicatorEnd = verb ? verb.index : values[0] ? text.indexOf(values[0].text) : text.length;
  const rawIndicator = text.slice(0, indicatorEnd).replace(/^(?:经济社会发展的)?(?:主要)?(?:预期)?目标(?:是|为)?:?/, '');
  const strive = /力争|确保|争取/.exec(rawIndicator)?.[0];
  const indicator = rawIndicator.replace(/力争|确保|争取|分别|均/g, '').replace(/(?:低于|高于|不低于|不高于|不超过|不少于|小于|大于)$/, '').trim();
  const lastValue = values.at(-1);
  const after = lastValue ? text.slice(lastValue.span.end - span.start) : '';
  const q = QUALIFIERS.exec(after);
  const item: TargetItem = {
    span,
    text,
    indicator,
    indicatorSpan: { start: span.start + text.indexOf(indicator), end: span.start + text.indexOf(indicator) + indicator.length },
    values,
    respectively: /分别/.test(text),
  };
  if (verb) item.verb = verb[0];
  if (strive ?? /力争|确保/.exec(text)?.[0]) item.strive = strive ?? /力争|确保/.exec(text)![0];
  // A bound written before the value (`低于4.5%`, `不超过3%`) or a value that cannot be exceeded (100%) needs no 以上/左右.
  const bound = /(?:低于|高于|不低于|不高于|不超过|不少于|小于|大于)$/.exec(rawIndicator);
  if (bound && !q) {
    item.qualifier = bound[0];
    item.qualifierSpan = { start: span.start + bound.index, end: span.start + bound.index + bound[0].length };
  } else if (!q && lastValue?.unit === '%' && lastValue.number === 100) {
    item.qualifier = '100%';
    item.qualifierSpan = lastValue.span;
  }
  const range = RANGE.exec(text);
  if (range) item.range = { start: span.start + range.index, end: span.start + range.index + range[0].length };
  if (q && q.index <= 1) {
    item.qualifier = q[0];
    const qs = lastValue!.span.end + q.index;
    item.qualifierSpan = { start: qs, end: qs + q[0].length };
  }
  return item;
}

/** How many subjects an indicator names: `城乡居民…` = 2, `一二三产…` = 3, `A、B和C` = 3, else 1. */
export function subjectCount(indicator: string): number {
  if (/^城乡/.test(indicator)) return 2;
  // `一二三产增加值`, `第一、二、三产业`: the industries counted by their numerals.
  const industries = /第?([一二三](?:、?[一二三]){1,2})产/.exec(indicator);
  if (industries) return industries[1]!.replace(/、/g, '').length;
  const parts = indicator.split(/、|和|与|及/).filter((s) => s.length >= 2);
  return Math.max(1, parts.length);
}
