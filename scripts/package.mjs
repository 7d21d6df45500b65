#!/usr/bin/env node
// npm run package: builds the bundles and packs report-lint-<version>.vsix (offline; esbuild
// bundles every dependency, so the package carries no node_modules).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
const { version, name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
const out = join(root, `${name}-${version}.vsix`);
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '-o', out], { cwd: root, stdio: 'inherit' });
process.stdout.write(`${out}\n`);
