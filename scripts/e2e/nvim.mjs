#!/usr/bin/env node
// Neovim as a second LSP client (Debian's 0.7.2, installed by apt when missing): the server
// must be useful without VS Code. Prints what Neovim saw; exit status 1 on failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv } from './setup.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
if (spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status !== 0) {
  const started = Date.now();
  process.stderr.write('[nvim] installing neovim (apt-get, once) …\n');
  const env = cleanEnv({ DEBIAN_FRONTEND: 'noninteractive' });
  const apt = (args) => spawnSync(process.getuid?.() === 0 ? 'apt-get' : 'sudo', process.getuid?.() === 0 ? args : ['apt-get', ...args], { encoding: 'utf8', env });
  apt(['update', '-qq']);
  const installed = apt(['install', '-y', '-qq', '--no-install-recommends', 'neovim']);
  if (installed.status !== 0) {
    process.stderr.write(`[nvim] neovim could not be installed:\n${installed.stdout}${installed.stderr}\n`);
    process.exit(1);
  }
  process.stderr.write(`[nvim] installed neovim in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
const dir = mkdtempSync(join(tmpdir(), 'report-lint-nvim-'));
const draft = join(dir, '2024年乌拉特后旗政府工作报告.txt');
writeFileSync(draft, readFileSync(join(root, 'seeds', '000_41963604cc82717d.txt'), 'utf8').replace('二、2024年工作安排', '二、2025年工作安排'));
const r = spawnSync('nvim', ['--headless', '--noplugin', '-u', join(root, 'test', 'nvim', 'check.lua'), draft], {
  encoding: 'utf8',
  timeout: 60000,
  env: { ...process.env, REPORT_LINT_LS: join(root, 'bin', 'report-lint-ls.js'), XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
});
const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
const lines = out.split('\n');
const problems = [];
if (!lines.some((l) => /^diagnostic 51:\d+ year-consistency/.test(l))) problems.push('no year-consistency diagnostic on line 51');
if (!lines.includes('symbol 名词解释')) problems.push('no 名词解释 in the document symbols');
// The diagnostic's columns reach the server in bytes: the year of "    二、2025年" starts at UTF-16
// character 6 and byte 10. The fix must still be offered.
if (!lines.some((l) => /^context data year-consistency 50:10-50:14 /.test(l))) problems.push('Neovim did not send the year-consistency diagnostic with byte columns (50:10): the test no longer tests byte ranges');
for (const label of ['data', 'nodata']) if (!lines.includes(`action ${label} 改为 2024`)) problems.push(`no quick fix "改为 2024" offered to Neovim (${label === 'data' ? 'with' : 'without'} the diagnostic's data)`);
if (r.status !== 0) problems.push(`nvim exited with ${r.status}`);
process.stdout.write(`[nvim] ${lines.filter((l) => l.startsWith('diagnostic')).length} diagnostics, ${lines.filter((l) => l.startsWith('symbol')).length} top-level symbols, ${lines.filter((l) => l.startsWith('action data')).length} code actions on a Chinese line seen by Neovim\n`);
if (problems.length) {
  process.stderr.write(`[nvim] failed: ${problems.join('; ')}\n${out.slice(-2000)}\n`);
  process.exit(1);
}
