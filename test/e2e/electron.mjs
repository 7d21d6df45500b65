#!/usr/bin/env node
// The same editor suite with @vscode/test-electron, for machines that can download VS Code
// (a developer's laptop). Offline machines use scripts/e2e/run.mjs (code-server).
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { runTests } from '@vscode/test-electron';
import { LATENCY_FILE, writeUserSettings, writeWorkspace } from '../../scripts/e2e/workspace.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
await import(join(root, 'scripts', 'build.mjs'));
const suite = join(root, 'out', 'e2e', 'suite.js');
await build({ entryPoints: [join(root, 'test', 'e2e', 'suite', 'index.ts')], bundle: true, platform: 'node', format: 'cjs', external: ['vscode'], outfile: suite });
const scratch = mkdtempSync(join(tmpdir(), 'report-lint-e2e-'));
const workspace = join(scratch, 'workspace');
mkdirSync(workspace);
writeWorkspace(workspace);
writeUserSettings(join(scratch, 'user'));
await runTests({
  extensionDevelopmentPath: root,
  extensionTestsPath: suite,
  launchArgs: [workspace, '--disable-extensions', '--user-data-dir', join(scratch, 'user')],
  extensionTestsEnv: { E2E_RESULTS: LATENCY_FILE },
});
