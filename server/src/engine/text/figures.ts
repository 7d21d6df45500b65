import type { FigureValue } from '../model.js';
import { magnitude, MAGNITUDE_PATTERN, UNIT_PATTERN, unitInfo } from './units.js';

/** What the scanner finds: the model's FigureValue. */
export type ScannedFigure = FigureValue;

const BEFORE = '(近|将近|接近|超过|超|突破|逾|约|不足|不到)?';
const AFTER = '(以上|左右|以内|以下|上下|之多)?';
const FIGURE = new RegExp(
  `${BEFORE}(\\d+(?:\\.\\d+)?)(余|多)?(${MAGNITUDE_PATTERN})?(余|多)?(${UNIT_PATTERN})${AFTER}`,
  'g',
);

/**
 * Finds figures in `norm` between `start` and `end`. A year (`2023年`), a date, a numbered
 * list marker or a bare number is not a figure: only a number with a unit counts.
 */
export function scanFigures(norm: string, start: number, end: number): ScannedFigure[] {
  const out: ScannedFigure[] = [];
  const text = norm.slice(start, end);
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const [whole, before, num, more1, mag, more2, unitText, after] = m;
    const prev = text[m.index - 1] ?? '';
    if (/[\d.]/.test(prev)) continue;
    const info = unitInfo(unitText!)!;
    const decimals = num!.includes('.') ? num!.length - num!.indexOf('.') - 1 : 0;
    const written = Number(num);
    const value = written * magnitude(mag);
    const factor = magnitude(mag) * info.factor;
    const approx = [before, more1 ?? more2, after].filter((x): x is string => !!x);
    const [lowW, highW] = interval(written, decimals, approx);
    out.push({
      span: { start: start + m.index, end: start + m.index + whole.length },
      numberText: num!,
      value,
      unitText: (mag ?? '') + unitText!,
      unit: info.canonical,
      base: written * factor,
      low: lowW * factor,
      high: highW * factor,
      approx,
      decimals,
    });
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
    } else if (a === '超过' || a === '超' || a === '突破' || a === '逾' || a === '以上' || a === '之多') {
      low = n;
      high = Infinity;
    } else if (a === '左右' || a === '约' || a === '上下') {
      low = n * 0.9;
      high = n * 1.1;
    } else if (a === '以内' || a === '以下') {
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
