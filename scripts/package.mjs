#!/usr/bin/env node
// npm run package: builds the bundles and packs report-lint-<version>.vsix (offline; esbuild
// bundles every dependency, so the package carries no node_modules).
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
const { version, name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
const out = join(root, `${name}-${version}.vsix`);
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '-o', out], { cwd: root, stdio: 'inherit' });
// Issue 15's budget: ≤ 3 MB for the whole .vsix (the typo model ships as it is, already compressed).
const mb = (bytes) => (bytes / 1e6).toFixed(2);
const total = statSync(out).size;
const typo = statSync(join(root, 'dist', 'typo-model.bin.br')).size;
// The size on stderr: the path stays the last line on stdout, which scripts/e2e/run.mjs installs.
process.stderr.write(`${mb(total)} MB (goal ≤ 3.00 ${total <= 3e6 ? 'met' : 'NOT met'}): typo model ${mb(typo)} MB + the rest ${mb(total - typo)} MB\n`);
process.stdout.write(`${out}\n`);
