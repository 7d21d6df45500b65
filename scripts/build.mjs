#!/usr/bin/env node
// Builds the bundles (esbuild) and the default conventions learned from seeds/.
//   dist/cli.js, dist/server.js, dist/extension.js, dist/default-conventions.json
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

const entries = [
  { in: 'server/src/cli.ts', out: 'cli.js' },
  { in: 'server/src/server.ts', out: 'server.js' },
  { in: 'server/src/api.ts', out: 'api.js' },
  { in: 'client/src/extension.ts', out: 'extension.js', external: ['vscode'] },
];

await Promise.all(
  entries
    .filter((e) => existsSync(join(root, e.in)))
    .map((e) => build({ ...common, entryPoints: [e.in], outfile: join(dist, e.out), external: e.external ?? [] })),
);

// jieba-wasm reads its .wasm next to the bundle.
const require = createRequire(import.meta.url);
copyFileSync(join(dirname(require.resolve('jieba-wasm/node')), 'jieba_rs_wasm_bg.wasm'), join(dist, 'jieba_rs_wasm_bg.wasm'));

// The default conventions are learned from the corpus, never written by hand.
execFileSync(process.execPath, [join(dist, 'cli.js'), 'learn', join(root, 'seeds'), '-o', join(dist, 'default-conventions.json')], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
