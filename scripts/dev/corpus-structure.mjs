#!/usr/bin/env node
// Development check (not a test): how the parser reads the real reports in ../shared/corpus.
// For each report: the glossary found (entries vs INDEX.tsv `glossary_entries`), whether a
// review and a plan part were found, and the parts in order. Reads ../shared, so it is run
// by hand while developing, never by `npm test`.
//   node scripts/dev/corpus-structure.mjs [--dir DIR] [--verbose] [FILE-SUBSTRING]
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const api = require('../../dist/api.js');
const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const dir = dirAt >= 0 ? args[dirAt + 1] : join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const verbose = args.includes('--verbose');
const filter = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--dir')[0];
const [head, ...rows] = readFileSync(join(dir, 'INDEX.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
const index = new Map(rows.map((r) => [r[0], Object.fromEntries(head.map((h, i) => [h, r[i]]))]));
const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && (!filter || f.includes(filter))).sort();
let gTotal = 0, gExact = 0, invented = 0, review = 0, plan = 0, both = 0;
const off = [];
for (const f of files) {
  const text = readFileSync(join(dir, f), 'utf8');
  const m = api.parseReport(text);
  const info = index.get(f) ?? {};
  const want = info.has_glossary === 'yes' ? Number(info.glossary_entries) : 0;
  const got = m.glossary ? m.glossary.entries.length : 0;
  if (want) { gTotal++; if (got === want) gExact++; else off.push(`${f}: glossary ${got}/${want}`); }
  else if (m.glossary) { invented++; off.push(`${f}: glossary invented (${got} entries)`); }
  const kinds = m.landmarks.map((l) => l.kind);
  const hasReview = kinds.includes('review');
  // A report at the start of a term plans five years, not one: its five-year section is its plan.
  const hasPlan = kinds.includes('plan') || kinds.includes('tasks') || kinds.includes('five-year');
  if (!kinds.includes('plan') && !kinds.includes('tasks') && kinds.includes('five-year')) off.push(`${f}: plan is the five-year section`);
  review += hasReview; plan += hasPlan; both += hasReview && hasPlan;
  if (!hasReview || !hasPlan) off.push(`${f}: ${hasReview ? '' : 'no review '}${hasPlan ? '' : 'no plan '}`);
  if (verbose) {
    console.log(`== ${f}`);
    for (const l of m.landmarks) {
      const line = api.positionAt(m.lineStarts, l.span.start).line;
      console.log(`  ${l.kind.padEnd(14)} ${String(line).padStart(4)} ${m.text.slice(l.span.start, Math.min(l.span.end, l.span.start + 40)).replace(/\s+/g, ' ')}`);
    }
    if (m.glossary) console.log(`  glossary ${got} entries: ${m.glossary.entries.slice(0, 3).map((e) => e.term).join(' | ')} … ${m.glossary.entries.at(-1)?.term}`);
  }
}
console.log(off.join('\n'));
console.log(`\n${files.length} reports; glossary exact ${gExact}/${gTotal}, invented ${invented}; review ${review}, plan ${plan}, both ${both} (${(100 * both / files.length).toFixed(1)}%)`);
