#!/usr/bin/env node
// The same editor suite with @vscode/test-electron, for machines that can download VS Code
// (a developer's laptop). Offline machines use scripts/e2e/run.mjs (code-server).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { runTests } from '@vscode/test-electron';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
await import(join(root, 'scripts', 'build.mjs'));
const suite = join(root, 'out', 'e2e', 'suite.js');
await build({ entryPoints: [join(root, 'test', 'e2e', 'suite', 'index.ts')], bundle: true, platform: 'node', format: 'cjs', external: ['vscode'], outfile: suite });
const workspace = mkdtempSync(join(tmpdir(), 'report-lint-e2e-'));
const seed = readFileSync(join(root, 'seeds', '000_41963604cc82717d.txt'), 'utf8');
writeFileSync(join(workspace, '2024年乌拉特后旗政府工作报告.txt'), seed.replace('二、2024年工作安排', '二、2025年工作安排').replace('(四)以第三产业为抓手', '(五)以第三产业为抓手'));
await runTests({ extensionDevelopmentPath: root, extensionTestsPath: suite, launchArgs: [workspace, '--disable-extensions'] });
