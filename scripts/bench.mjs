#!/usr/bin/env node
// npm run bench: lint speed per report (warm, in one process), time to first result in a
// fresh process, and the language server's latencies.
// Figures are medians; these machines are noisy, so compare ratios, not single runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { distinctReport } from './bench-doc.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 30);
const require = createRequire(import.meta.url);
if (!existsSync(join(root, 'dist/api.js'))) execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
const api = require(join(root, 'dist/api.js'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x) => x.toFixed(2).padStart(8);

const conventions = api.loadDefaultConventions(join(root, 'dist'));
const segmenter = api.characterSegmenter;
// As the CLI runs: the typo rule with its model.
const typoModel = api.loadTypoModelSync?.(join(root, 'dist'));
const options = { conventions, settings: api.DEFAULT_SETTINGS, segmenter, typoModel, locale: 'zh-cn' };
const seedsDir = join(root, 'seeds');
const seeds = readdirSync(seedsDir).filter((f) => /\.(txt|md)$/.test(f)).sort();

// Warm: every seed linted WARM_ROUNDS times over before any is timed, as in a language server
// that has been checking reports for a while (three runs of one seed before timing it left
// much of the code of the others uncompiled: the first seeds were timed cold).
const warmRounds = Number(process.env.BENCH_WARM_ROUNDS ?? 10);
const seedTexts = seeds.map((name) => readFileSync(join(seedsDir, name), 'utf8'));
for (let r = 0; r < warmRounds; r++) for (const text of seedTexts) api.lint(text, options);
console.log(`warm lint, after ${warmRounds} rounds over the seeds; ${runs} runs per seed (median)`);
console.log('seed                          chars     ms/report  ms/10k chars  findings');
const per10k = [];
for (const name of seeds) {
  const text = seedTexts[seeds.indexOf(name)];
  const times = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    findings = api.lint(text, options).findings.length;
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const m = median(times);
  per10k.push((m * 10000) / text.length);
  console.log(`${name.padEnd(28)} ${String(text.length).padStart(6)} ${fmt(m)}     ${fmt((m * 10000) / text.length)}     ${findings}`);
}
console.log(`median over seeds: ${median(per10k).toFixed(2)} ms per 10k characters`);

const coldRuns = Number(process.env.BENCH_COLD_RUNS ?? 7);
const cold = [];
const coldCpu = [];
const coldRss = [];
const seed0 = join(seedsDir, seeds[0]);
for (let i = 0; i < coldRuns; i++) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', join(root, 'scripts/bench-usage.cjs'), join(root, 'bin/report-lint.js'), '--format', 'json', seed0], { encoding: 'utf8' });
  cold.push(Number(process.hrtime.bigint() - t) / 1e6);
  const usage = /BENCH_USAGE (.*)/.exec(r.stderr ?? '');
  if (usage) {
    const u = JSON.parse(usage[1]);
    coldCpu.push(u.cpuMs);
    coldRss.push(u.maxRssMiB);
  }
}
const goal = (label, value, unit, limit) => console.log(`  ${label.padEnd(44)} ${value.toFixed(2).padStart(8)} ${unit.padEnd(6)} goal ≤ ${limit} ${value <= limit ? 'met' : 'NOT met'}`);
console.log(`\ncold: a fresh CLI process on ${seeds[0]} (${readFileSync(seed0, 'utf8').length} characters), ${coldRuns} runs, medians; load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} on ${os.cpus().length} CPUs`);
goal('wall time', median(cold) / 1000, 's', 0.35);
if (coldCpu.length) {
  console.log(`  ${'CPU time (user + system)'.padEnd(44)} ${(median(coldCpu) / 1000).toFixed(2).padStart(8)} s      (all threads: V8 collects and compiles beside the main one, so wall may be less)`);
  goal('peak memory', median(coldRss), 'MiB', 100);
}
console.log('\nwarm lint:');
goal('median ms per 10k characters', median(per10k), 'ms', 4);

// Linear: one report-like document of 1 MB and of 10 MB (BENCH_LINEAR_MB="1,10"), and a file of
// many reports of the same sizes, each linted once in a fresh process; lint CPU time, so the
// machine's load matters less than for wall time.
const sizes = (process.env.BENCH_LINEAR_MB ?? '1,10').split(',').map(Number).filter((x) => x > 0);
if (sizes.length >= 2) {
  for (const [kind, what] of [['one', 'one report-like document'], ['many', 'a file of many reports (the seeds and our example, figures varied per copy)']]) {
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    console.log(`\nlinear: ${what} (scripts/bench-doc.mjs), lint CPU time; load ${load}`);
    const runs = sizes.map((mb) => {
      const r = spawnSync(process.execPath, ['--max-old-space-size=8192', join(root, 'scripts/bench-linear.mjs'), String(mb * 1e6), kind], { encoding: 'utf8' });
      const m = r.status === 0 ? JSON.parse(r.stdout) : undefined;
      if (m) console.log(`  ${String(m.chars).padStart(9)} characters, ${m.reports} report(s), ${m.paragraphs} paragraphs: parse ${(m.parseMs / 1000).toFixed(2)} s, lint ${(m.lintMs / 1000).toFixed(2)} s`);
      else console.log(`  ${mb} MB: failed (${(r.stderr ?? '').trim().split('\n').pop()})`);
      return m;
    });
    const [small, large] = [runs[0], runs[runs.length - 1]];
    if (small && large) goal(`lint CPU ${sizes[sizes.length - 1]} MB ÷ ${sizes[0]} MB`, large.lintMs / small.lintMs, '×', (11 * sizes[sizes.length - 1]) / sizes[0] / 10);
  }
}

// learn on BENCH_LEARN_FILES distinct reports (issue 15: memory bounded, ≤ 250 MiB for 1,000
// files): the in-repo reports with their figures varied per copy, written to a temporary folder,
// learned by a fresh CLI process; its peak memory and CPU time.
const learnFiles = Number(process.env.BENCH_LEARN_FILES ?? 1000);
if (learnFiles > 0) {
  const dir = mkdtempSync(join(os.tmpdir(), 'report-lint-learn-'));
  try {
    for (let i = 0; i < learnFiles; i++) writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), distinctReport(root, i));
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    const r = spawnSync(process.execPath, ['--require', join(root, 'scripts/bench-usage.cjs'), join(root, 'bin/report-lint.js'), 'learn', dir, '-o', join(dir, 'learned.json')], { encoding: 'utf8' });
    const usage = /BENCH_USAGE (.*)/.exec(r.stderr ?? '');
    console.log(`\nlearn: ${learnFiles} distinct reports (the in-repo reports, figures varied per copy), a fresh CLI process; load ${load}`);
    if (r.status === 0 && usage) {
      const u = JSON.parse(usage[1]);
      console.log(`  ${'CPU time'.padEnd(44)} ${(u.cpuMs / 1000).toFixed(2).padStart(8)} s`);
      goal('peak memory', u.maxRssMiB, 'MiB', 250);
    } else console.log(`  failed (status ${r.status}): ${(r.stderr ?? '').trim().split('\n').slice(-2).join(' ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const lspBench = join(root, 'scripts/bench-lsp.mjs');
if (existsSync(lspBench) && existsSync(join(root, 'dist/server.js'))) {
  console.log('');
  const r = spawnSync(process.execPath, [lspBench], { stdio: 'inherit' });
  if (r.status) process.exitCode = r.status;
}
