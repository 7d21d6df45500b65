import type { FigureValue } from '../model.js';
import { magnitude, MAGNITUDE_PATTERN, UNIT_PATTERN, unitInfo } from './units.js';

/** What the scanner finds: the model's FigureValue. */
export type ScannedFigure = FigureValue;

/**
 * Approximation words written before a number (longest first, so `将近` wins over `近`).
 * `不低于`/`不少于` are lower bounds and `不超过`/`不高于` upper bounds (targets and standards);
 * `跨越`/`跃上` a threshold passed (`跨越2000亿元大关`).
 */
const BEFORE_WORDS = ['不低于', '不少于', '不超过', '不高于', '将近', '接近', '超过', '突破', '不足', '不到', '跨越', '跃上', '近', '超', '逾', '约'];
/**
 * A number, `\d+(?:\.\d+)?`: one read consumes a whole digit run, so scanning stays linear on
 * long runs. Read by code, not by a RegExp: every number of the document (years and list
 * numbers too) would otherwise make a match array.
 */
function numberEnd(text: string, at: number): number {
  const digit = (i: number) => {
    const c = text.charCodeAt(i);
    return c >= 0x30 && c <= 0x39;
  };
  let end = at + 1;
  while (end < text.length && digit(end)) end++;
  if (end + 1 < text.length && text.charCodeAt(end) === 0x2e && digit(end + 1)) {
    end += 2;
    while (end < text.length && digit(end)) end++;
  }
  return end;
}

/** The first ASCII digit at or after `from`, or -1. */
function nextDigit(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return i;
  }
  return -1;
}
/** What may follow the number, matched exactly at its end (sticky). */
const TAIL = new RegExp(`(余|多)?(${MAGNITUDE_PATTERN})?(余|多)?(${UNIT_PATTERN})(以上|左右|以内|以下|上下|之多)?`, 'y');
/** Joins the two ends of a range (`8.5%到9.0%`, `5.5-6%`, `8.1%-8.6%`). */
const RANGE_JOIN = /^\s?(?:-|~|～|—|–|到|至)\s?$/;

/**
 * Finds figures in `norm` between `start` and `end`. A year (`2023年`), a date, a numbered
 * list marker or a bare number is not a figure: only a number with a unit counts. A range
 * (`增长8.5%到9.0%`, `5.5-6%`) is one figure whose interval spans both ends.
 */
export function scanFigures(norm: string, start: number, end: number): ScannedFigure[] {
  const out: ScannedFigure[] = [];
  const text = norm.slice(start, end);
  /** The previous number (with or without a unit), for ranges. */
  let prev: { at: number; end: number; written: number; decimals: number; figure?: ScannedFigure } | undefined;
  for (let at = nextDigit(text, 0), next = 0; at >= 0; at = nextDigit(text, next)) {
    const numEnd = numberEnd(text, at);
    next = numEnd;
    const num = text.slice(at, numEnd);
    if (text[at - 1] === '.') continue;
    const decimals = num.includes('.') ? num.length - num.indexOf('.') - 1 : 0;
    const written = Number(num);
    TAIL.lastIndex = numEnd;
    const t = TAIL.exec(text);
    if (!t) {
      prev = { at, end: numEnd, written, decimals };
      continue;
    }
    const [tail, more1, mag, more2, unitText, after] = t;
    const before = BEFORE_WORDS.find((w) => text.startsWith(w, at - w.length));
    const info = unitInfo(unitText!)!;
    const factor = magnitude(mag) * info.factor;
    const approx = [before, more1 ?? more2, after].filter((x): x is string => !!x);
    let [lowW, highW] = interval(written, decimals, approx);
    let figStart = at - (before?.length ?? 0);
    // A range: the lower end is the previous number, joined by a dash or 到/至 and nothing else.
    if (prev && !approx.length && RANGE_JOIN.test(text.slice(prev.end, at)) && (!prev.figure || prev.figure.unit === info.canonical) && prev.written < written) {
      const [lowPrev] = interval(prev.written, prev.decimals, []);
      if (prev.figure) out.pop();
      figStart = prev.figure ? prev.figure.span.start - start : prev.at;
      lowW = prev.figure ? prev.figure.low / factor : lowPrev;
      approx.push('至');
    }
    const figure: ScannedFigure = {
      span: { start: start + figStart, end: start + numEnd + tail.length },
      numberText: num,
      value: written * magnitude(mag),
      unitText: (mag ?? '') + unitText!,
      unit: info.canonical,
      base: written * factor,
      low: lowW * factor,
      high: highW * factor,
      approx,
      decimals,
    };
    out.push(figure);
    prev = { at, end: numEnd + tail.length, written, decimals, figure };
    next = numEnd + tail.length;
  }
  return out;
}

/**
 * The interval a written number allows, in written units. An exact number stands for its
 * rounding interval at the precision written (98.5 = [98.45, 98.55]); `170余` = (170, 180);
 * `近2800` just under; `突破`/`超过`/`以上` open upward; `左右`/`约` ±10%; `以内`/`不足` below.
 */
export function interval(n: number, decimals: number, approx: string[]): [number, number] {
  const half = 0.5 * 10 ** -decimals;
  let low = n - half;
  let high = n + half;
  for (const a of approx) {
    if (a === '余' || a === '多') {
      const step = 10 ** Math.max(0, lastNonZeroPlace(n));
      low = n;
      high = n + step;
    } else if (a === '近' || a === '将近' || a === '接近' || a === '不足' || a === '不到') {
      low = a === '不足' || a === '不到' ? -Infinity : n * 0.85;
      high = n;
    } else if (['超过', '超', '突破', '逾', '以上', '之多', '不低于', '不少于', '跨越', '跃上'].includes(a)) {
      low = n;
      high = Infinity;
    } else if (a === '左右' || a === '约' || a === '上下') {
      low = n * 0.9;
      high = n * 1.1;
    } else if (a === '以内' || a === '以下' || a === '不超过' || a === '不高于') {
      low = -Infinity;
      high = n;
    }
  }
  return [low, high];
}

/** 170 → 1 (tens), 3000 → 3, 45 → 0. */
function lastNonZeroPlace(n: number): number {
  if (!Number.isInteger(n) || n === 0) return 0;
  let place = 0;
  while (n % 10 ** (place + 1) === 0) place++;
  return place;
}

export function overlaps(a: { low: number; high: number }, b: { low: number; high: number }): boolean {
  return a.low <= b.high && b.low <= a.high;
}
