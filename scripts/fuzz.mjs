#!/usr/bin/env node
// Long fuzz run over the built engine (dist/api.js): `node scripts/fuzz.mjs [--count 100000] [--start 0]`.
// The same documents and invariants as test/fuzz.test.ts (scripts/fuzz-docs.mjs), more of them;
// prints the counts, the first violations with the document number that reproduces each, and the
// slowest document per MB.
import { createRequire } from 'node:module';
import { checkDoc, makeDoc, ownLines } from './fuzz-docs.mjs';

const require = createRequire(import.meta.url);
const api = require('../dist/api.js');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('--count', 100_000);
const start = arg('--start', 0);

const conventions = api.loadDefaultConventions(require('node:path').join(__dirname(), '..', 'dist'));
const segmenter = api.characterSegmenter;
const settings = { ...api.DEFAULT_SETTINGS };
const engine = {
  lint: (text) => api.lint(text, { conventions, settings, segmenter }),
  computeLineStarts: api.computeLineStarts,
  offsetAt: api.offsetAt,
  applySpanEdits: api.applySpanEdits,
  safeEdits: api.safeEdits,
};

function __dirname() {
  return require('node:path').dirname(new URL(import.meta.url).pathname);
}

const lines = ownLines();
engine.lint("各位代表：预热");
const byKind = new Map();
const examples = [];
let chars = 0;
let findings = 0;
let maxPasses = 0;
let slowest = { seed: -1, msPerMB: 0, ms: 0, bytes: 0 };
const t0 = process.hrtime.bigint();
for (let seed = start; seed < start + count; seed++) {
  const text = makeDoc(seed, lines);
  const t = process.hrtime.bigint();
  const { violations, counts } = checkDoc(text, engine);
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const bytes = Buffer.byteLength(text);
  // Per MB, with a floor of 16 KB so that tiny documents' fixed costs do not dominate.
  const msPerMB = ms / (Math.max(bytes, 16384) / 1e6);
  if (msPerMB > slowest.msPerMB) slowest = { seed, msPerMB, ms, bytes };
  chars += text.length;
  findings += counts.findings;
  maxPasses = Math.max(maxPasses, counts.passes);
  for (const v of violations) {
    const kind = v.replace(/[\d{}":,]+/g, '#').replace(/\(.*\)/, '').slice(0, 70);
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    if (examples.length < 20) examples.push(`doc ${seed}: ${v}`);
  }
  if ((seed - start + 1) % 10000 === 0) process.stderr.write(`${seed - start + 1} documents\n`);
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const failed = [...byKind.values()].reduce((a, b) => a + b, 0);
console.log(`documents ${count} (seeds ${start}..${start + count - 1}), ${(chars / 1e6).toFixed(1)}M characters, ${findings} findings, ${seconds.toFixed(1)} s`);
console.log(`most safe-fix passes needed: ${maxPasses}`);
console.log(`slowest per MB: doc ${slowest.seed}, ${slowest.ms.toFixed(1)} ms for ${slowest.bytes} bytes (${(slowest.msPerMB / 1000).toFixed(2)} s/MB, floor 16 KB)`);
console.log(`violations: ${failed}`);
for (const [k, n] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${k}`);
for (const e of examples) console.log(e);
process.exitCode = failed ? 1 : 0;
