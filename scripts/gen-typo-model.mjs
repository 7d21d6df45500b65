#!/usr/bin/env node
// Trains the `typo` rule's character language model and homophone confusion set from the
// report corpus (../shared/corpus), and writes them as one compact file: no corpus text, only
// hashed n-grams with quantized probabilities (docs/rules/typo.md).
//
//   node scripts/gen-typo-model.mjs [--corpus DIR] [--holdout 青海省,广东省深圳市盐田区,...] [-o FILE]
//
// Settings (recorded in the file's header with the training figures):
// - paragraphs are deduplicated across the corpus (the 2000–2013 national files repeat their
//   page text six times; reports also quote each other);
// - symbols: each CJK character; a run of digits is `0`; any other run of characters is `|`
//   (a boundary), and every paragraph starts and ends with `|`;
// - interpolated Kneser-Ney, 4-grams, one discount per order (D = n1 / (n1 + 2 n2));
// - pruning: 4-grams and 3-grams seen once are dropped (their probability then backs off);
// - homophones: characters seen at least MIN_CHAR_COUNT times in the corpus that share a
//   toneless pinyin reading (pinyin-pro, all readings of a polyphone).
// --holdout leaves the reports of the named places (INDEX.tsv `place`) out of training, for
// scripts/eval-typo.mjs; the shipped model is trained on everything.
import { brotliCompressSync, constants } from 'node:zlib';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { corpusDir as corpusDirOf, option, root } from './lib/dev.mjs';
import { pinyin } from 'pinyin-pro';

const args = process.argv.slice(2);
const opt = option;
const corpusDir = corpusDirOf();
const holdout = new Set((opt('--holdout', '') || '').split(',').filter(Boolean));
const outFile = opt('-o', join(root, 'data', 'typo-model.bin.br'));

const ORDER = 4;
const MIN_COUNT = { 1: 1, 2: 1, 3: 2, 4: 2 };
const MIN_CHAR_COUNT = 30;
// Quantization of log10 probabilities and backoff weights into one byte each.
const LOGP_STEP = 0.03;
const BOW_STEP = 0.015;

const isCjk = (cp) => (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x20000 && cp <= 0x2ebef) || (cp >= 0xf900 && cp <= 0xfaff);

/** The model's symbols for one paragraph (same mapping as server/src/engine/text/typo-model.ts). */
function symbols(paragraph) {
  const out = ['|'];
  for (const ch of paragraph) {
    const cp = ch.codePointAt(0);
    const sym = isCjk(cp) ? ch : cp >= 0x30 && cp <= 0x39 ? '0' : cp >= 0xff10 && cp <= 0xff19 ? '0' : '|';
    if ((sym === '0' || sym === '|') && out[out.length - 1] === sym) continue;
    out.push(sym);
  }
  if (out[out.length - 1] !== '|') out.push('|');
  return out;
}

// ---- read and deduplicate ----
const index = readFileSync(join(corpusDir, 'INDEX.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const seen = new Set();
const paragraphs = [];
let files = 0;
let rawChars = 0;
for (const [file, place] of index) {
  if (holdout.has(place)) continue;
  files++;
  const text = readFileSync(join(corpusDir, file), 'utf8');
  rawChars += text.length;
  for (const line of text.split(/\r?\n/)) {
    const p = line.trim();
    if (!p || seen.has(p)) continue;
    seen.add(p);
    paragraphs.push(p);
  }
}
const dedupChars = paragraphs.reduce((n, p) => n + p.length, 0);

// ---- count ----
const counts = Array.from({ length: ORDER + 1 }, () => new Map());
const charCount = new Map();
let tokens = 0;
for (const p of paragraphs) {
  const s = symbols(p);
  tokens += s.length;
  for (let i = 0; i < s.length; i++) {
    if (s[i].length && s[i] !== '|' && s[i] !== '0') charCount.set(s[i], (charCount.get(s[i]) ?? 0) + 1);
    let key = '';
    for (let n = 1; n <= ORDER && i - n + 1 >= 0; n++) {
      key = s[i - n + 1] + key;
      // n-grams are keyed by their symbols joined; symbols are single code points.
      counts[n].set(key, (counts[n].get(key) ?? 0) + 1);
    }
  }
}
const split = (key) => Array.from(key);

// ---- Kneser-Ney: continuation counts for lower orders ----
const kn = Array.from({ length: ORDER + 1 }, () => new Map());
for (const [k, c] of counts[ORDER]) kn[ORDER].set(k, c);
for (let n = ORDER - 1; n >= 1; n--) {
  for (const k of counts[n + 1].keys()) {
    const tail = split(k).slice(1).join('');
    kn[n].set(tail, (kn[n].get(tail) ?? 0) + 1);
  }
  // n-grams at a paragraph start have no left extension: their raw count stands.
  for (const [k, c] of counts[n]) if (k.startsWith('|') || !kn[n].has(k)) kn[n].set(k, c);
}

const discounts = {};
for (let n = 1; n <= ORDER; n++) {
  let n1 = 0;
  let n2 = 0;
  for (const c of kn[n].values()) {
    if (c === 1) n1++;
    else if (c === 2) n2++;
  }
  discounts[n] = n1 / (n1 + 2 * n2);
}

// Context totals and distinct continuations per order.
const ctx = Array.from({ length: ORDER + 1 }, () => new Map());
for (let n = 1; n <= ORDER; n++) {
  for (const [k, c] of kn[n]) {
    const h = split(k).slice(0, -1).join('');
    const e = ctx[n].get(h) ?? { total: 0, types: 0 };
    e.total += c;
    e.types++;
    ctx[n].set(h, e);
  }
}
const vocab = kn[1].size + 1;
const gamma = (n, h) => {
  const e = ctx[n].get(h);
  return e ? (discounts[n] * e.types) / e.total : 1;
};
const probCache = Array.from({ length: ORDER + 1 }, () => new Map());
function prob(n, key) {
  if (n === 0) return 1 / vocab;
  const cached = probCache[n].get(key);
  if (cached !== undefined) return cached;
  const syms = split(key);
  const h = syms.slice(0, -1).join('');
  const lower = prob(n - 1, syms.slice(1).join(''));
  const e = ctx[n].get(h);
  let p;
  if (!e) p = lower;
  else p = Math.max((kn[n].get(key) ?? 0) - discounts[n], 0) / e.total + gamma(n, h) * lower;
  probCache[n].set(key, p);
  return p;
}

// ---- prune, quantize, hash ----
/** FNV-1a over UTF-16 code units: the same function as the runtime lookup. */
function hash(key) {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
const entries = new Map();
const kept = {};
for (let n = 1; n <= ORDER; n++) {
  kept[n] = 0;
  for (const [k, c] of counts[n]) {
    if (c < MIN_COUNT[n]) continue;
    kept[n]++;
    const lp = Math.log10(prob(n, k));
    const q = Math.min(255, Math.round(-lp / LOGP_STEP));
    const g = n < ORDER && ctx[n + 1].has(k) ? Math.min(255, Math.round(-Math.log10(gamma(n + 1, k)) / BOW_STEP)) : 0;
    const hk = hash(k);
    const prev = entries.get(hk);
    // A hash collision keeps the more frequent n-gram's values.
    if (!prev || prev.c < c) entries.set(hk, { c, q, g });
  }
}
const keys = Uint32Array.from(entries.keys()).sort();
const logp = new Uint8Array(keys.length);
const bow = new Uint8Array(keys.length);
const deltas = [];
let last = 0;
keys.forEach((k, i) => {
  const e = entries.get(k);
  logp[i] = e.q;
  bow[i] = e.g;
  let d = k - last;
  last = k;
  do {
    let b = d & 0x7f;
    d = Math.floor(d / 128);
    if (d) b |= 0x80;
    deltas.push(b);
  } while (d);
});

// ---- homophones among frequent characters ----
const frequent = [...charCount].filter(([, c]) => c >= MIN_CHAR_COUNT).map(([ch]) => ch).sort();
const byReading = new Map();
for (const ch of frequent) {
  for (const r of new Set(pinyin(ch, { toneType: 'none', multiple: true, type: 'array' }))) {
    if (!/^[a-zü]+$/.test(r)) continue;
    if (!byReading.has(r)) byReading.set(r, []);
    byReading.get(r).push(ch);
  }
}
const homophones = {};
for (const group of byReading.values()) {
  if (group.length < 2) continue;
  for (const ch of group) homophones[ch] = [...new Set([...(homophones[ch] ?? ''), ...group.filter((x) => x !== ch)])].sort().join('');
}

const header = {
  format: 'report-lint typo model 1',
  order: ORDER,
  logpStep: LOGP_STEP,
  bowStep: BOW_STEP,
  unknownLogp: Math.log10(gamma(1, '') / vocab),
  entries: keys.length,
  homophones,
  training: {
    corpus: 'shared/corpus (INDEX.tsv)',
    files,
    holdout: [...holdout],
    rawChars,
    dedupParagraphs: paragraphs.length,
    dedupChars,
    tokens,
    discounts,
    kept,
    minCount: MIN_COUNT,
    minCharCount: MIN_CHAR_COUNT,
    frequentChars: frequent.length,
  },
};
const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
const len = Buffer.alloc(4);
len.writeUInt32LE(headerBytes.length);
const body = Buffer.concat([Buffer.from('RLTM'), len, headerBytes, Buffer.from(logp), Buffer.from(bow), Buffer.from(deltas)]);
// Pieces of at most 256 KiB, each compressed with brotli on its own and preceded by its
// compressed length (u32 LE): the loader (server/src/typo-model.ts) inflates one at a time into
// the model's table. Brotli saves ~0.24 MB over gzip here; the 18-bit window (the piece's size)
// keeps the decoder's buffer small; independent pieces cost ~0.01% of the size.
const PIECE = 1 << 18;
const parts = [];
for (let at = 0; at < body.length; at += PIECE) {
  const piece = body.subarray(at, at + PIECE);
  const packed = brotliCompressSync(piece, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 18, [constants.BROTLI_PARAM_SIZE_HINT]: piece.length } });
  const length = Buffer.alloc(4);
  length.writeUInt32LE(packed.length);
  parts.push(length, packed);
}
const gz = Buffer.concat(parts);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, gz);
process.stderr.write(
  `${files} files, ${rawChars} chars → ${paragraphs.length} paragraphs, ${dedupChars} chars after dedup; kept n-grams ${JSON.stringify(kept)}; ` +
    `${keys.length} entries; ${frequent.length} frequent chars; ${(gz.length / 1e6).toFixed(2)} MB → ${outFile}\n`,
);
