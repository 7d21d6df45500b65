#!/usr/bin/env node
// Generates server/src/engine/text/word-evidence.json: the words of 2–4 Chinese characters that
// jieba (the dictionary segmenter the repeated-word and typo rules used before, jieba-wasm with
// its guesses at unknown words) cuts in the published reports and that ICU's word breaker
// (Intl.Segmenter, built into the runtime) does not know as one word: 侨眷, 业态, 博士后, 县县.
// The rules read them beside ICU's cut (engine/text/corpus-words.ts) instead of loading jieba
// (~2.8 MB in the .vsix, ~0.5 s and ~75 MiB to load).
//
// Source: ../shared/corpus and seeds/ (each distinct line once). Only the words are kept, never a sentence.
//   node scripts/gen-word-evidence.mjs [--half even|odd] [--out FILE]
// --half keeps every other report (by file name): for measuring on the other half how the rules
// do on reports the list has not seen (scripts/dev/repeat-plant.mjs --half).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as jieba from 'jieba-wasm';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const half = args.includes('--half') ? args[args.indexOf('--half') + 1] : undefined;
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : join(root, 'server/src/engine/text/word-evidence.json');
const corpusDir = join(root, '..', 'shared', 'corpus');
const seedsDir = join(root, 'seeds');
const files = [
  ...readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().filter((_, i) => half === undefined || i % 2 === (half === 'even' ? 0 : 1)).map((f) => join(corpusDir, f)),
  // The seed reports (seeds/) too, except when measuring on half of the corpus.
  ...(half ? [] : readdirSync(seedsDir).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => join(seedsDir, f))),
];

const breaker = new Intl.Segmenter('zh', { granularity: 'word' });
const seen = new Set();
const words = new Set();
const icuKnows = new Set();
for (const f of files) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (seen.has(line)) continue;
    seen.add(line);
    for (const run of line.match(/[\u4e00-\u9fff]{2,}/g) ?? []) {
      for (const w of jieba.cut(run, true)) {
        if (w.length < 2 || w.length > 4 || words.has(w) || icuKnows.has(w) || !/^[\u4e00-\u9fff]+$/.test(w)) continue;
        if ([...breaker.segment(w)].length > 1) words.add(w);
        else icuKnows.add(w);
      }
    }
  }
}
const sorted = [...words].sort();
writeFileSync(
  out,
  `${JSON.stringify({
    source: `scripts/gen-word-evidence.mjs over ${files.length} published reports (../shared/corpus${half ? `, ${half} half` : ' and seeds/'}): words of 2–4 Chinese characters jieba-wasm cuts there that ICU's word breaker does not know as one word`,
    words: sorted.join(' '),
  })}\n`,
);
console.log(`${sorted.length} words → ${out}`);
