#!/usr/bin/env node
// npm run bench:peers: report-lint beside textlint on the same 20 published reports, as whole
// processes (start-up included), paired runs in alternating order; median of the ratios of CPU
// time and of wall time (issue 15: report-lint ≤ 0.3× textlint). textlint and five generic rules
// that apply to Chinese text are installed into a temporary folder, never into the project.
//   BENCH_PEER_RUNS=7 (pairs)   BENCH_PEER_DIR=<folder> (kept between runs; default in the OS temp folder)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_PEER_RUNS ?? 7);
const peerDir = process.env.BENCH_PEER_DIR ?? join(os.tmpdir(), 'report-lint-peers');
const corpus = join(root, '..', 'shared', 'corpus');
if (!existsSync(corpus)) {
  console.log(`bench:peers needs the published reports in ${corpus}`);
  process.exit(0);
}
if (!existsSync(join(root, 'dist/cli.js'))) execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });

// Pinned, so figures compare across runs.
const PEERS = {
  textlint: '15.8.0',
  'textlint-rule-no-todo': '2.0.1',
  'textlint-rule-sentence-length': '5.2.1',
  '@textlint-rule/textlint-rule-no-unmatched-pair': '2.0.4',
  'textlint-rule-no-zero-width-spaces': '1.0.1',
  'textlint-rule-no-nfd': '2.0.2',
};
const textlintBin = join(peerDir, 'node_modules', 'textlint', 'bin', 'textlint.js');
if (!existsSync(textlintBin)) {
  mkdirSync(peerDir, { recursive: true });
  writeFileSync(join(peerDir, 'package.json'), JSON.stringify({ name: 'report-lint-peers', private: true }));
  console.log(`installing textlint and five rules into ${peerDir}…`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', peerDir, ...Object.entries(PEERS).map(([n, v]) => `${n}@${v}`)], { stdio: 'inherit' });
}
writeFileSync(
  join(peerDir, '.textlintrc.json'),
  JSON.stringify({ rules: { 'no-todo': true, 'sentence-length': { max: 200 }, '@textlint-rule/no-unmatched-pair': true, 'no-zero-width-spaces': true, 'no-nfd': true } }),
);

// 20 published reports spread over the archive (every k-th by name).
const all = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
const step = Math.max(1, Math.floor(all.length / 20));
const files = all.filter((_, i) => i % step === 0).slice(0, 20).map((f) => join(corpus, f));
const chars = files.reduce((n, f) => n + readFileSync(f, 'utf8').length, 0);

const probe = join(root, 'scripts/bench-usage.cjs');
const tools = {
  'report-lint': [join(root, 'bin/report-lint.js'), '--format', 'json', ...files],
  textlint: [textlintBin, '--config', join(peerDir, '.textlintrc.json'), '--format', 'json', ...files],
};
function run(name) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', probe, ...tools[name]], { encoding: 'utf8', cwd: peerDir, maxBuffer: 1 << 28 });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  const usage = /BENCH_USAGE (.*)/.exec(r.stderr ?? '');
  if (!usage || (r.status !== 0 && r.status !== 1)) throw new Error(`${name} failed (${r.status}): ${(r.stderr ?? '').slice(0, 400)}`);
  return { wall, cpu: JSON.parse(usage[1]).cpuMs };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
run('report-lint');
run('textlint');
const cpu = [];
const wall = [];
const own = [];
const peer = [];
for (let i = 0; i < runs; i++) {
  const order = i % 2 ? ['textlint', 'report-lint'] : ['report-lint', 'textlint'];
  const r = Object.fromEntries(order.map((name) => [name, run(name)]));
  cpu.push(r['report-lint'].cpu / r.textlint.cpu);
  wall.push(r['report-lint'].wall / r.textlint.wall);
  own.push(r['report-lint']);
  peer.push(r.textlint);
}
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`peers: ${files.length} published reports (${chars} characters), ${runs} paired whole-process runs; load ${load} on ${os.cpus().length} CPUs`);
console.log(`  report-lint   CPU ${(median(own.map((x) => x.cpu)) / 1000).toFixed(2)} s, wall ${(median(own.map((x) => x.wall)) / 1000).toFixed(2)} s (all rules, typo model)`);
console.log(`  textlint      CPU ${(median(peer.map((x) => x.cpu)) / 1000).toFixed(2)} s, wall ${(median(peer.map((x) => x.wall)) / 1000).toFixed(2)} s (${Object.keys(PEERS).length - 1} rules)`);
const ratio = median(cpu);
console.log(`  ratio (median of pairs): CPU ${ratio.toFixed(2)}×, wall ${median(wall).toFixed(2)}×   goal ≤ 0.3 ${ratio <= 0.3 ? 'met' : 'NOT met'}`);
