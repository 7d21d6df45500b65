// The typo model's file format as scripts/gen-typo-model.mjs writes it (docs/rules/typo.md):
// `RLTM`, the header's length and JSON, N quantized −log10 p bytes, N backoff bytes, then the
// entries' FNV-1a hashes, ascending, as varint deltas. The models here are written by hand.
import { describe, expect, it } from 'vitest';
import { decodeTypoModel, decodeTypoModelChunks, toSymbols } from '../server/src/engine/text/typo-model.js';

/** FNV-1a over the UTF-16 code units of an n-gram's symbols joined, as the format defines it. */
function fnv(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

interface Entry {
  hash: number;
  logp: number;
  bow: number;
}

function write(order: number, entries: Entry[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => a.hash - b.hash);
  const header = Buffer.from(
    JSON.stringify({ format: 'test', order, logpStep: 0.1, bowStep: 0.01, unknownLogp: -7, entries: sorted.length, homophones: {}, training: {} }),
  );
  const deltas: number[] = [];
  let last = 0;
  for (const e of sorted) {
    let d = e.hash - last;
    last = e.hash;
    do {
      let b = d & 0x7f;
      d = Math.floor(d / 128);
      if (d) b |= 0x80;
      deltas.push(b);
    } while (d);
  }
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  return Buffer.concat([Buffer.from('RLTM'), length, header, Buffer.from(sorted.map((e) => e.logp)), Buffer.from(sorted.map((e) => e.bow)), Buffer.from(deltas)]);
}

/** Many entries whose hashes no n-gram below has, so every bucket of the table holds several. */
function filler(count: number, taken: Set<number>): Entry[] {
  const out: Entry[] = [];
  let x = 12345;
  while (out.length < count) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    if (!taken.has(x)) out.push({ hash: x, logp: 250, bow: 250 });
  }
  return out;
}

const grams: Record<string, { logp: number; bow: number }> = {
  甲: { logp: 20, bow: 30 },
  乙: { logp: 25, bow: 40 },
  丙: { logp: 30, bow: 0 },
  甲乙: { logp: 5, bow: 50 },
  甲乙丙: { logp: 2, bow: 0 },
};
/** A text's characters as the model's symbols (code points). */
const cps = (text: string) => Int32Array.from(text, (c) => c.codePointAt(0)!);

const own = Object.entries(grams).map(([k, v]) => ({ hash: fnv(k), ...v }));
const model = decodeTypoModel(write(3, [...own, ...filler(200_000, new Set(own.map((e) => e.hash)))]));

describe('typo model: decoding and backoff', () => {
  it('reads an n-gram the model holds at its own order', () => {
    expect(model.logProb(cps('甲乙丙'), 2)).toBeCloseTo(-0.2, 10);
    expect(model.logProb(cps('甲乙'), 1)).toBeCloseTo(-0.5, 10);
  });

  it('backs off through the contexts the model holds, adding their weights', () => {
    // 乙丙 is not held: backoff weight of 乙 (0.40) plus the unigram 丙 (3.0).
    expect(model.logProb(cps('乙丙'), 1)).toBeCloseTo(-3.4, 10);
    // 甲乙甲 and 乙甲 are not held: weights of 甲乙 (0.50) and 乙 (0.40), then the unigram 甲 (2.0).
    expect(model.logProb(cps('甲乙甲'), 2)).toBeCloseTo(-2.9, 10);
  });

  it('gives the unknown-symbol figure for a symbol it never saw', () => {
    // Weights of 甲乙 (0.50) and 乙 (0.40), then unknownLogp (−7).
    expect(model.logProb(cps('甲乙丁'), 2)).toBeCloseTo(-7.9, 10);
  });

  it('gives the same figures for alternatives looked up together', () => {
    const symbols = cps('甲乙丙');
    const alternatives = cps('丙甲丁乙');
    const together = model.logProbsAt(symbols, 2, alternatives);
    // 甲乙乙 and 乙乙 are not held: weights 0.50 + 0.40, then the unigram 乙 (2.5).
    const expected = [-0.2, -2.9, -7.9, -3.4];
    expected.forEach((x, a) => expect(together[a]).toBeCloseTo(x, 10));
    alternatives.forEach((alt, a) => expect(together[a]).toBe(model.logProb(Int32Array.of(symbols[0]!, symbols[1]!, alt), 2)));
    // Written into the caller's scratch when one is given.
    const scratch = new Float64Array(8).fill(1);
    expect(model.logProbsAt(symbols, 2, alternatives, undefined, scratch)).toBe(scratch);
    expect(Array.from(scratch.subarray(0, 4))).toEqual(Array.from(together));
  });

  it('may give -Infinity for an alternative below the floor asked for, and the figure for the others', () => {
    const together = model.logProbsAt(cps('甲乙丙'), 2, cps('丙甲丁'), -3);
    expect(together[0]).toBeCloseTo(-0.2, 10);
    expect(together[1]).toBeCloseTo(-2.9, 10);
    expect(together[2]! < -3).toBe(true);
  });

  it('hashes a character beyond the basic plane as its two UTF-16 code units', () => {
    const rare = '𠀾';
    const withRare = decodeTypoModel(write(2, [{ hash: fnv('甲' + rare), logp: 7, bow: 0 }, { hash: fnv('甲'), logp: 20, bow: 10 }]));
    expect(withRare.logProb(cps('甲' + rare), 1)).toBeCloseTo(-0.7, 10);
    expect(withRare.logProbsAt(cps('甲' + rare), 1, cps(rare + '甲'))[0]).toBeCloseTo(-0.7, 10);
  });

  it('reads a model given in pieces cut anywhere', () => {
    const bytes = write(3, own);
    const pieces = [bytes.subarray(0, 3), bytes.subarray(3, 40), bytes.subarray(40, 41), bytes.subarray(41)];
    const cut = decodeTypoModelChunks(pieces);
    expect(cut.logProb(cps('甲乙丙'), 2)).toBeCloseTo(-0.2, 10);
    expect(cut.logProb(cps('乙丙'), 1)).toBeCloseTo(-3.4, 10);
  });

  it('keeps the first of two entries that share a hash', () => {
    const twice = decodeTypoModel(write(1, [{ hash: fnv('甲'), logp: 10, bow: 0 }, { hash: fnv('甲'), logp: 90, bow: 0 }]));
    expect(twice.logProb(cps('甲'), 0)).toBeCloseTo(-1, 10);
  });
});

describe('typo model: a text as symbols', () => {
  it('keeps each CJK character, folds a run of digits to 0 and any other run to |, with their offsets', () => {
    const { symbols, offsets } = toSymbols('增长12.5%，𠀾好');
    expect(Array.from(symbols, (c) => String.fromCodePoint(c)).join('')).toBe('|增长0|0|𠀾好|');
    expect(Array.from(offsets)).toEqual([0, 0, 1, 2, 4, 5, 6, 8, 10, 11]);
  });
});
