#!/usr/bin/env node
// Development check (not a test): how well repeated-word finds slips planted in real sentences
// of ../shared/corpus the way writers make them, and what it says about the untouched reports.
//   npm run build && node scripts/dev/repeat-plant.mjs [--label NAME] [--plants N] [--half odd|even]
// The jieba-backed rules it was compared with are those of commit 9ec6c76^ (run this script in a
// checkout of it; the plants are the same on every run).
// Plants (seeded, the same set on every run): a word written twice (推动推动), a word followed by
// its own last character (增产产), a doubled particle (的的), a word repeated across a line
// break (…推动\n推动…). Words are taken two ways so that no segmenter chooses its own test: ICU's
// word breaker, and two-character strings frequent in the corpus (≥ 20 times) at a random place.
// Prints recall per kind, false alarms in the planted paragraphs (away from the plant) and on the
// 161 untouched reports; writes /tmp/repeat-plant-<label>.json for comparing two versions.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const label = arg('--label', 'current');
const perKind = Number(arg('--plants', 1500));
const api = createRequire(import.meta.url)(join(root, 'dist/api.js'));
const conventions = api.loadDefaultConventions(join(root, 'dist'));
const segmenter = api.characterSegmenter;
const rule = api.rules.find((r) => r.id === 'repeated-word');
const options = { conventions, settings: api.DEFAULT_SETTINGS, segmenter, rules: [rule] };

const corpusDir = join(root, '..', 'shared', 'corpus');
// --half odd|even: only every other report (by name), the half that scripts/gen-word-evidence.mjs
// --half with the other half did not learn from.
const half = arg('--half', undefined);
const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().filter((_, i) => half === undefined || i % 2 === (half === 'even' ? 0 : 1));

// 1. The untouched reports: every finding is a candidate false alarm.
const clean = [];
for (const f of files) {
  for (const d of api.lint(readFileSync(join(corpusDir, f), 'utf8'), options).findings) clean.push(`${f}:${d.range.start.line + 1} ${d.message}`);
}

// 2. Sentences to plant in: distinct body paragraphs of CJK prose.
const seen = new Set();
const paragraphs = [];
const bigrams = new Map();
for (const f of files) {
  const model = api.parseReport(readFileSync(join(corpusDir, f), 'utf8'));
  for (const p of model.paragraphs) {
    if (p.topPart === 'glossary' || p.span.start < model.body.start || p.span.start >= model.body.end) continue;
    const text = model.text.slice(p.span.start, p.span.end);
    if (text.length < 20 || seen.has(text)) continue;
    seen.add(text);
    paragraphs.push(text);
    for (let i = 0; i + 1 < text.length; i++) if (/^[\u4e00-\u9fff]{2}$/.test(text.slice(i, i + 2))) bigrams.set(text.slice(i, i + 2), (bigrams.get(text.slice(i, i + 2)) ?? 0) + 1);
  }
}

let state = 20261201;
const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const breaker = new Intl.Segmenter('zh', { granularity: 'word' });

/** A word of the paragraph: [start, end). */
function chooseWord(text, source) {
  if (source === 'icu') {
    const words = [...breaker.segment(text)].filter((s) => /^[\u4e00-\u9fff]{2,4}$/.test(s.segment));
    const w = words.length ? pick(words) : undefined;
    return w && [w.index, w.index + w.segment.length];
  }
  for (let tries = 0; tries < 50; tries++) {
    const i = Math.floor(random() * (text.length - 1));
    if ((bigrams.get(text.slice(i, i + 2)) ?? 0) >= 20) return [i, i + 2];
  }
  return undefined;
}

/** Returns the planted paragraph and the span of the inserted characters, or undefined. */
function plant(kind, source, text) {
  if (kind === 'particle') {
    const at = [...text.matchAll(/[的了和在是与及]/g)].map((m) => m.index).filter((i) => text[i - 1] !== text[i] && text[i + 1] !== text[i]);
    if (!at.length) return undefined;
    const i = pick(at);
    return { text: text.slice(0, i + 1) + text[i] + text.slice(i + 1), span: [i + 1, i + 2] };
  }
  const w = chooseWord(text, source);
  if (!w) return undefined;
  const [s, e] = w;
  const word = text.slice(s, e);
  if (kind === 'word') return { text: text.slice(0, e) + word + text.slice(e), span: [e, e + word.length] };
  if (kind === 'tail') return text[e] === word.at(-1) ? undefined : { text: text.slice(0, e) + word.at(-1) + text.slice(e), span: [e, e + 1] };
  // linebreak: the word ends one line and opens the next.
  return { text: `${text.slice(0, e)}\n${word}${text.slice(e)}`, span: [e + 1, e + 1 + word.length] };
}

const results = [];
const summary = {};
for (const kind of ['word', 'tail', 'particle', 'linebreak']) {
  for (const source of kind === 'particle' ? ['any'] : ['icu', 'frequent']) {
    const key = `${kind}/${source}`;
    const s = (summary[key] = { planted: 0, found: 0, elsewhere: 0 });
    while (s.planted < perKind / (kind === 'particle' ? 1 : 2)) {
      const p = plant(kind, source, pick(paragraphs));
      if (!p) continue;
      s.planted++;
      const findings = api.lint(p.text, options).findings.map((d) => [offset(p.text, d.range.start), offset(p.text, d.range.end)]);
      const found = findings.some(([a, b]) => a < p.span[1] && b > p.span[0]);
      const elsewhere = findings.filter(([a, b]) => !(a < p.span[1] + 1 && b > p.span[0] - 1)).length;
      s.found += found ? 1 : 0;
      s.elsewhere += elsewhere;
      results.push({ key, found, elsewhere, at: p.text.slice(Math.max(0, p.span[0] - 8), p.span[1] + 8) });
    }
  }
}

function offset(text, pos) {
  let line = 0;
  let i = 0;
  while (line < pos.line) if (text[i++] === '\n') line++;
  return i + pos.character;
}

console.log(`repeated-word, ${label}: ${files.length} reports, ${paragraphs.length} distinct body paragraphs`);
console.log('plant                 planted  found  recall  false alarms (same paragraph)');
for (const [key, s] of Object.entries(summary)) console.log(`${key.padEnd(20)} ${String(s.planted).padStart(8)} ${String(s.found).padStart(6)} ${(s.found / s.planted).toFixed(3).padStart(7)} ${String(s.elsewhere).padStart(6)}`);
console.log(`untouched reports: ${clean.length} findings`);
for (const c of clean.slice(0, 20)) console.log(`  ${c}`);
writeFileSync(`/tmp/repeat-plant-${label}.json`, JSON.stringify({ summary, clean, results }));
