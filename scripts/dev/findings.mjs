#!/usr/bin/env node
// Development check (not a test): what the linter says about the real reports in
// ../shared/corpus, grouped by rule and message shape, with the file and line of each group's
// first example.   node scripts/dev/findings.mjs RULE[,RULE] [--dir DIR] [--all]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const dir = dirAt >= 0 ? args[dirAt + 1] : join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const wanted = new Set((args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--dir') ?? '').split(',').filter(Boolean));
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f));
const r = spawnSync(process.execPath, [join(import.meta.dirname, '..', '..', 'bin', 'report-lint.js'), '--format', 'json', ...files], { maxBuffer: 1 << 30, encoding: 'utf8' });
const groups = new Map();
for (const file of JSON.parse(r.stdout)) {
  for (const d of file.diagnostics) {
    if (wanted.size && !wanted.has(d.rule)) continue;
    const shape = `${d.rule} ${d.message.replace(/\d+/g, 'N').slice(0, 50)}`;
    const g = groups.get(shape) ?? { n: 0, where: [] };
    g.n++;
    g.where.push(`${file.file.split('/').pop()}:${d.range.start.line}`);
    groups.set(shape, g);
  }
}
for (const [shape, g] of [...groups].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`${String(g.n).padStart(4)} ${shape}  e.g. ${g.where.slice(0, args.includes('--all') ? 99 : 3).join(' ')}`);
}
