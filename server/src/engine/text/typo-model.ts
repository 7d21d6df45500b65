/**
 * The `typo` rule's character language model, decoded from the bytes that
 * scripts/gen-typo-model.mjs writes (docs/rules/typo.md). Pure: the faces read and
 * decompress the file (server/src/typo-model.ts) and hand the bytes here.
 *
 * Layout after the 4-byte magic `RLTM`: a little-endian u32 header length, the JSON header
 * (order, quantization steps, homophones, training figures), then for N entries sorted by key
 * hash: N bytes of quantized −log10 p, N bytes of quantized −log10 backoff weight, and the
 * hashes as varint deltas.
 */

export interface TypoModelHeader {
  format: string;
  order: number;
  logpStep: number;
  bowStep: number;
  unknownLogp: number;
  entries: number;
  /** Frequent characters sharing a toneless pinyin reading: char → the others, as one string. */
  homophones: Record<string, string>;
  training: Record<string, unknown>;
}

export interface TypoModel {
  readonly header: TypoModelHeader;
  readonly order: number;
  /**
   * log10 P(symbols[i] | the order−1 symbols before it), with Katz-style backoff; symbols are
   * code points (toSymbols), hashed as the generator hashes their UTF-16 code units.
   */
  logProb(symbols: ArrayLike<number>, i: number): number;
  /**
   * logProb(symbols, i) with each of `alternatives` in place of symbols[i], the same numbers as
   * logProb would give: the context before i (its hashes and backoff weights) is looked up once
   * for all of them instead of once per alternative. An alternative whose figure is below
   * `floor` may be given as -Infinity instead. The figures are written into `out` when it is
   * given (at least as long as `alternatives`: a caller's scratch, reused call after call).
   */
  logProbsAt(symbols: ArrayLike<number>, i: number, alternatives: ArrayLike<number>, floor?: number, out?: Float64Array): Float64Array;
  /** Memo of per-paragraph candidates (keyed by paragraph text), so unchanged paragraphs cost nothing. */
  readonly paragraphCache: Map<string, unknown>;
}

const isCjkCode = (cp: number) =>
  (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x20000 && cp <= 0x2ebef) || (cp >= 0xf900 && cp <= 0xfaff);

export const isCjk = (ch: string) => isCjkCode(ch.codePointAt(0)!);

/** The boundary symbol (any run of characters that are neither CJK nor digits) and the digit-run symbol. */
export const BOUNDARY = 0x7c; // |
export const DIGITS = 0x30; // 0

/**
 * The model's symbols for a text, as the generator maps them, as code points: a CJK character
 * stands for itself, a run of digits is `0`, any other run is `|`; `offsets[i]` is where symbol
 * i starts in the text (the boundary symbols added at both ends point at 0 and text.length).
 * Numbers, not one-character strings: a paragraph's symbols are two typed arrays, not a string
 * per character for the collector.
 */
export function toSymbols(text: string): { symbols: Int32Array; offsets: Int32Array } {
  let symbols = new Int32Array(text.length + 2);
  let offsets = new Int32Array(text.length + 2);
  symbols[0] = BOUNDARY;
  let n = 1;
  for (let at = 0; at < text.length; ) {
    const cp = text.codePointAt(at)!;
    const sym = isCjkCode(cp) ? cp : (cp >= 0x30 && cp <= 0x39) || (cp >= 0xff10 && cp <= 0xff19) ? DIGITS : BOUNDARY;
    if (!((sym === DIGITS || sym === BOUNDARY) && symbols[n - 1] === sym)) {
      symbols[n] = sym;
      offsets[n] = at;
      n++;
    }
    at += cp > 0xffff ? 2 : 1;
  }
  if (symbols[n - 1] !== BOUNDARY) {
    symbols[n] = BOUNDARY;
    offsets[n] = text.length;
    n++;
  }
  return { symbols: symbols.subarray(0, n), offsets: offsets.subarray(0, n) };
}

/** One FNV-1a step for each UTF-16 code unit of the code point `cp` (the generator hashes n-grams as strings). */
function fnv(h: number, cp: number): number {
  if (cp <= 0xffff) return Math.imul(h ^ cp, 0x01000193);
  const c = cp - 0x10000;
  return Math.imul(Math.imul(h ^ (0xd800 | (c >> 10)), 0x01000193) ^ (0xdc00 | (c & 0x3ff)), 0x01000193);
}

/**
 * Reads the model's bytes in order from a sequence of chunks (the face inflates the file one
 * piece at a time, so the whole decompressed body never sits in memory beside the table).
 */
class ChunkReader {
  private chunk: Uint8Array = new Uint8Array(0);
  private at = 0;
  constructor(private readonly chunks: Iterator<Uint8Array>) {}
  byte(): number {
    while (this.at >= this.chunk.length) {
      const next = this.chunks.next();
      if (next.done) throw new Error('typo model truncated');
      this.chunk = next.value;
      this.at = 0;
    }
    return this.chunk[this.at++]!;
  }
  /** The next `n` bytes, copied into `into`. */
  read(into: Uint8Array): Uint8Array {
    let filled = 0;
    while (filled < into.length) {
      if (this.at >= this.chunk.length) {
        this.byte();
        this.at--;
      }
      const take = Math.min(into.length - filled, this.chunk.length - this.at);
      into.set(this.chunk.subarray(this.at, this.at + take), filled);
      filled += take;
      this.at += take;
    }
    return into;
  }
}

/** The lookup table's buckets: one per value of a hash's top 16 bits. */
const BUCKETS = 1 << 16;
/** The filter of the hashes the model holds: 2^23 bits. */
const FILTER_BITS = 23;

/** Decodes the model from its bytes (the generator's body, uncompressed). */
export function decodeTypoModel(bytes: Uint8Array): TypoModel {
  return decodeTypoModelChunks([bytes]);
}

/** Decodes the model from its bytes given as consecutive pieces. */
export function decodeTypoModelChunks(chunks: Iterable<Uint8Array>): TypoModel {
  const reader = new ChunkReader(chunks[Symbol.iterator]());
  const start = reader.read(new Uint8Array(8));
  if (String.fromCharCode(...start.subarray(0, 4)) !== 'RLTM') throw new Error('not a report-lint typo model');
  const headerLength = new DataView(start.buffer).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(reader.read(new Uint8Array(headerLength)))) as TypoModelHeader;
  const n = header.entries;
  // The entries stay in the file's order (ascending hash), which is their lookup table: the
  // hash's top 16 bits pick a bucket (its first entry in `bucketStart`), and each entry is one
  // 32-bit word, the hash's low 16 bits above its two quantized bytes (bow << 8 | logp), found
  // by a scan that stops at the first larger one. 3.3 MiB for the 755k entries of our model
  // (an open-addressing table took 6 MiB beside the 1.5 MiB of bytes it was built from), built
  // in one sequential pass (and a 1 MiB filter, below); a bucket holds about 12 entries, 48 bytes, so most lookups read
  // one cache line besides the bucket's start, and a hit finds its bytes there. Entries
  // sharing a hash (the generator keeps one, but a file may repeat one) are found
  // first-in-file-order first.
  const logp = reader.read(new Uint8Array(n));
  const bow = reader.read(new Uint8Array(n));
  const entries = new Uint32Array(n);
  const bucketStart = new Uint32Array(BUCKETS + 1);
  // One bit per 2^23 values of a mixed hash, set for each entry (1 MiB): most lookups are of
  // n-grams the model lacks (a candidate correction's, level after level), and nine in ten of
  // them end at this one cache line without reading the bucket.
  const filter = new Int32Array(1 << (FILTER_BITS - 5));
  let key = 0;
  for (let i = 0; i < n; i++) {
    let delta = 0;
    let scale = 1;
    for (;;) {
      const b = reader.byte();
      delta += (b & 0x7f) * scale;
      if (!(b & 0x80)) break;
      scale *= 128;
    }
    key += delta;
    if (key > 0xffffffff) throw new Error('typo model: hash out of range');
    entries[i] = ((key & 0xffff) << 16) | (bow[i]! << 8) | logp[i]!;
    const bit = Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS);
    filter[bit >>> 5]! |= 1 << (bit & 31);
    bucketStart[Math.floor(key / 0x10000) + 1]!++;
  }
  for (let b = 1; b <= BUCKETS; b++) bucketStart[b]! += bucketStart[b - 1]!;
  const USED = 0x10000;
  /** USED with the entry's packed bytes (bow << 8 | logp) for hash h, or 0 when the n-gram is not in the model. */
  const find = (h: number): number => {
    const bit = Math.imul(h, 0x9e3779b1) >>> (32 - FILTER_BITS);
    if (!(filter[bit >>> 5]! & (1 << (bit & 31)))) return 0;
    const bucket = h >>> 16;
    const lo = h & 0xffff;
    const start = bucketStart[bucket]!;
    const end = bucketStart[bucket + 1]!;
    if (start === end) return 0;
    // The hashes are spread evenly, so the entry sits near its share of the bucket: start
    // there and walk down or up (a step or two) instead of scanning from the bucket's start.
    let s = start + ((lo * (end - start)) >>> 16);
    if ((entries[s]! >>> 16) >= lo) {
      while (s > start && entries[s - 1]! >>> 16 >= lo) s--;
    } else {
      do s++;
      while (s < end && entries[s]! >>> 16 < lo);
      if (s === end) return 0;
    }
    const e = entries[s]!;
    return e >>> 16 === lo ? USED | (e & 0xffff) : 0;
  };
  const { order, logpStep, bowStep, unknownLogp } = header;
  // Scratch for logProbsAt: per context start, the hash of symbols[start..i−1] and its backoff.
  const contextHash = new Uint32Array(order);
  const contextBow = new Int32Array(order);
  const contextBackoff = new Float64Array(order);
  // Every figure the model gives is at most 0 (what lets logProbsAt stop early).
  const nonPositive = logpStep >= 0 && bowStep >= 0 && unknownLogp <= 0;
  return {
    header,
    order,
    paragraphCache: new Map(),
    logProbsAt(symbols, i, alternatives, floor = -Infinity, out = new Float64Array(alternatives.length)) {
      const from = Math.max(0, i - order + 1);
      const starts = i - from + 1;
      for (let k = 0; k < starts; k++) {
        let h = 0x811c9dc5;
        for (let j = from + k; j < i; j++) h = fnv(h, symbols[j]!);
        contextHash[k] = h >>> 0;
        // -1: the context is not in the model (no backoff weight); only contexts before i count.
        const ce = from + k < i ? find(h >>> 0) : 0;
        contextBow[k] = ce !== 0 ? (ce >>> 8) & 0xff : -1;
      }
      // The backoff weights before each level are the same for every alternative; a level whose
      // weights already fall below `floor` can only give less (no figure is positive), so the
      // alternatives not found above it are below `floor` without looking further.
      let reach = starts;
      let backoff = 0;
      for (let k = 0; k < starts; k++) {
        contextBackoff[k] = backoff;
        if (nonPositive && backoff < floor) {
          reach = k;
          break;
        }
        if (contextBow[k]! >= 0) backoff -= contextBow[k]! * bowStep;
      }
      alternatives: for (let a = 0; a < alternatives.length; a++) {
        const last = alternatives[a]!;
        for (let k = 0; k < reach; k++) {
          // An n-gram whose context is not in the model is not either: the generator keeps an
          // n-gram only when it keeps its context (seen at least as often, a threshold no higher).
          if (contextBow[k]! < 0 && from + k < i) continue;
          const e = find(fnv(contextHash[k]!, last) >>> 0);
          if (e !== 0) {
            out[a] = contextBackoff[k]! - (e & 0xff) * logpStep;
            continue alternatives;
          }
        }
        out[a] = reach < starts ? -Infinity : backoff + unknownLogp;
      }
      return out;
    },
    logProb(symbols, i) {
      let backoff = 0;
      const from = Math.max(0, i - order + 1);
      for (let start = from; start <= i; start++) {
        // FNV-1a over the UTF-16 code units of symbols[start..i] joined, as the generator hashes
        // n-grams, without building the string (the typo rule's hot loop); the context's hash
        // is the state before symbol i.
        let h = 0x811c9dc5;
        for (let j = start; j < i; j++) h = fnv(h, symbols[j]!);
        const context = h >>> 0;
        const e = find(fnv(h, symbols[i]!) >>> 0);
        if (e !== 0) return backoff - (e & 0xff) * logpStep;
        if (start < i) {
          const ce = find(context);
          if (ce !== 0) backoff -= ((ce >>> 8) & 0xff) * bowStep;
        }
      }
      return backoff + unknownLogp;
    },
  };
}
