#!/usr/bin/env node
// One lint of a large one-report document (scripts/bench-doc.mjs) in this process: prints its
// lint CPU time as JSON. npm run bench runs it for 1 MB and 10 MB (issue 15: the ratio ≤ 11).
//   node scripts/bench-linear.mjs CHARACTERS
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportOfSize } from './bench-doc.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const api = createRequire(import.meta.url)(join(root, 'dist/api.js'));
const conventions = api.loadDefaultConventions(join(root, 'dist'));
const segmenter = api.characterSegmenter;
// Loaded before timing: its load is a constant, not the document's.
const typoModel = api.loadTypoModelSync(join(root, 'dist'));
const options = { conventions, settings: api.DEFAULT_SETTINGS, segmenter, typoModel, locale: 'zh-cn' };
const text = reportOfSize(root, Number(process.argv[2]));
const cpu = (f) => {
  const start = process.cpuUsage();
  const value = f();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
};
const parse = cpu(() => api.lint(text, { ...options, rules: [] }));
const all = cpu(() => api.lint(text, options));
process.stdout.write(JSON.stringify({ chars: text.length, paragraphs: parse.value.model.paragraphs.length, parseMs: parse.ms, lintMs: all.ms, findings: all.value.findings.length }) + '\n');
