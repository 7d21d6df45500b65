#!/usr/bin/env node
// One lint of a large document (scripts/bench-doc.mjs) in this process: one report, or with
// `many` a file of many reports; prints its lint CPU time as JSON. npm run bench runs it for
// 1 MB and 10 MB of each (issue 15: the ratio ≤ 11).
//   node scripts/bench-linear.mjs CHARACTERS [many]
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportOfSize, reportsOfSize } from './bench-doc.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const api = createRequire(import.meta.url)(join(root, 'dist/api.js'));
const conventions = api.loadDefaultConventions(join(root, 'dist'));
const segmenter = api.characterSegmenter;
// Loaded before timing: its load is a constant, not the document's.
const typoModel = api.loadTypoModelSync(join(root, 'dist'));
const options = { conventions, settings: api.DEFAULT_SETTINGS, segmenter, typoModel, locale: 'zh-cn' };
const text = (process.argv[3] === 'many' ? reportsOfSize : reportOfSize)(root, Number(process.argv[2]));
const cpu = (f) => {
  const start = process.cpuUsage();
  const value = f();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
};
const parse = cpu(() => api.lint(text, { ...options, rules: [] }));
const all = cpu(() => api.lint(text, options));
// Reports the lint read (the model is the whole document's; a file of many reports is linted report by report).
const reports = 1 + api.reportStarts(api.parseReport(text).norm, api.compileVocabulary(conventions)).length;
process.stdout.write(JSON.stringify({ chars: text.length, reports, paragraphs: parse.value.model.paragraphs.length, parseMs: parse.ms, lintMs: all.ms, findings: all.value.findings.length }) + '\n');
