#!/usr/bin/env node
// Runs the editor suite (test/e2e/suite) inside a real VS Code offline: code-server's Node
// extension host, driven by Debian's chromium through playwright-core (editor-testing.md).
// Exit status: the suite's. Takes a screenshot of the workbench into docs/images/.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM, CODE_SERVER, NODE24, cleanEnv, setup } from './setup.mjs';
import { feltLatency } from './felt.mjs';
import { FELT_FILE, LATENCY_FILE, writeUserSettings, writeWorkspace } from './workspace.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 180000);
/** `--vsix`: package the extension, install the .vsix as a user would, and test the installed copy. */
const FROM_VSIX = process.argv.includes('--vsix');
const log = (m) => process.stderr.write(`[e2e] ${m}\n`);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer ${url} within ${ms} ms`);
}

/** Into out/e2e by default; `E2E_SCREENSHOT=docs` (npm run screenshot) refreshes the README's. */
const SHOTS = process.env.E2E_SCREENSHOT === 'docs' ? join(root, 'docs', 'images') : join(root, 'out', 'e2e');

async function screenshot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

async function main() {
  setup();
  const t0 = Date.now();
  log('building the extension and the suite');
  await import(join(root, 'scripts', 'build.mjs'));
  const suite = join(root, 'out', 'e2e', 'suite.js');
  await build({ entryPoints: [join(root, 'test', 'e2e', 'suite', 'index.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], outfile: suite, logLevel: 'warning' });

  const scratch = mkdtempSync(join(tmpdir(), 'report-lint-e2e-'));
  const workspace = join(scratch, 'workspace');
  mkdirSync(workspace);
  writeWorkspace(workspace);
  log(`built in ${Date.now() - t0} ms`);
  let extensionPath = root;
  if (FROM_VSIX) {
    const t1 = Date.now();
    const vsix = execFileSync(process.execPath, [join(root, 'scripts', 'package.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').at(-1);
    const installed = spawnSync(NODE24, [CODE_SERVER, '--extensions-dir', join(scratch, 'extensions'), '--user-data-dir', join(scratch, 'user'), '--install-extension', vsix], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_DATA_HOME: join(scratch, 'data') },
    });
    if (installed.status !== 0 || !/successfully installed/.test(installed.stdout)) throw new Error(`code-server --install-extension failed:\n${installed.stdout}${installed.stderr}`);
    const name = readdirSync(join(scratch, 'extensions')).find((d) => d.startsWith('report-lint.'));
    extensionPath = join(scratch, 'extensions', name);
    log(`packaged and installed ${vsix} into ${extensionPath} in ${Date.now() - t1} ms`);
  }
  const port = await freePort();
  writeUserSettings(join(scratch, 'user'));
  const env = { ...cleanEnv(), ...(FROM_VSIX ? {} : { E2E_RESULTS: LATENCY_FILE }), XDG_CONFIG_HOME: join(scratch, 'config'), XDG_DATA_HOME: join(scratch, 'data'), XDG_CACHE_HOME: join(scratch, 'cache') };
  const server = spawn(
    NODE24,
    [CODE_SERVER, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--user-data-dir', join(scratch, 'user'), '--extensions-dir', join(scratch, 'extensions'),
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--reconnection-grace-time', '5', '--vscode-option', 'enable-smoke-test-driver', workspace],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let serverLog = '';
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));
  const killServer = () => {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.on('exit', killServer);

  let browser;
  const workbenchLog = [];
  const started = Date.now();
  try {
    await waitForHealth(`http://127.0.0.1:${port}/healthz`, 30000);
    log(`code-server up on port ${port} after ${Date.now() - started} ms`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
    const shots = [];
    const felt = [];
    page.on('console', (m) => {
      // The workbench forwards the extension host's console with CSS: "%c INFO color: #33f …".
      const text = m.text().replace(/^(%c\s*)?[A-Z]+\s+color:\s*#\w+\s*/, '').replace(/^.*\[Extension Host\]\s*/, '');
      const shot = /\[report-lint-e2e\] screenshot (\S+)/.exec(text);
      if (shot) shots.push(page.waitForTimeout(1200).then(() => screenshot(page, shot[1])));
      // The suite has a report open with the cursor in a paragraph: type into the window.
      const typing = /\[report-lint-e2e\] felt (\S+) (\d+) (\d+)/.exec(text);
      if (typing) felt.push(feltLatency(page, Number(typing[3])).then((times) => ({ file: typing[1], chars: Number(typing[2]), times }), (error) => ({ file: typing[1], error: String(error) })));
      if (/^\s*[✓✗⏱]|editor tests passed|^\s{4}/.test(text) || /report-lint|reportLint/.test(text) && m.type() === 'error') process.stderr.write(`  ${text}\n`);
      // Everything else the workbench logs (including its own errors about services a test
      // does not use) is kept for a failing run, not printed in a passing one.
      else if (m.type() === 'error' || m.type() === 'warning') workbenchLog.push(text);
    });
    const exitCode = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = JSON.stringify([['extensionDevelopmentPath', remote(extensionPath)], ['extensionTestsPath', remote(suite)]]);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    let timer;
    const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`suite did not finish within ${TIMEOUT_MS} ms`)), TIMEOUT_MS)));
    const code = await Promise.race([exitCode, timeout]).finally(() => clearTimeout(timer));
    const taken = await Promise.all(shots);
    const typed = await Promise.all(felt);
    if (typed.length && !FROM_VSIX) {
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const results = typed.map((r) => (r.error ? r : { file: r.file, chars: r.chars, keystrokes: r.times.length, medianMs: Math.round(median(r.times)), maxMs: Math.round(Math.max(...r.times)) }));
      for (const r of results) log(r.error ? `felt latency on ${r.file}: ${r.error}` : `⏱ typed in the window, ${r.chars} characters: keystroke → squiggle median ${r.medianMs} ms (max ${r.maxMs}, ${r.keystrokes} keystrokes)`);
      mkdirSync(dirname(FELT_FILE), { recursive: true });
      writeFileSync(FELT_FILE, `${JSON.stringify({ when: new Date().toISOString(), load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '), results }, null, 2)}\n`);
    }
    log(`suite finished with ${code} in ${Date.now() - started} ms${taken.length ? `; screenshots ${taken.join(', ')}` : ''}`);
    process.exitCode = Number(code);
    if (process.exitCode !== 0) log(`workbench console errors and warnings (tail):\n${workbenchLog.slice(-30).join('\n')}`);
  } catch (error) {
    log(`failed: ${error instanceof Error ? error.message : String(error)}`);
    log(`code-server log (tail):\n${serverLog.slice(-3000)}`);
    log(`workbench console errors and warnings (tail):\n${workbenchLog.slice(-30).join('\n')}`);
    process.exitCode = 1;
  } finally {
    await browser?.close().catch(() => undefined);
    killServer();
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
// Nothing may keep the process alive after the suite (code-server's pipes, timers).
process.exit(process.exitCode ?? 0);
