// What the development scripts share: their options, the corpus beside the checkout, and
// engine modules bundled from source (for functions dist/api.js does not export).
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');

/** The value after `name` on the command line, or `fallback`. */
export function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
}

/** The development corpus (docs/corpus.md): `../shared/corpus` beside the checkout, or --corpus/--dir. */
export function corpusDir() {
  return option('--corpus', option('--dir', join(root, '..', 'shared', 'corpus')));
}

/**
 * Bundles TypeScript engine modules from source and loads them: `exports` is the body of an
 * ES module that re-exports what the script needs (paths relative to the repository root).
 */
export function engineModules(exports, extra = {}) {
  const tmp = mkdtempSync(join(tmpdir(), 'report-lint-dev-'));
  const outfile = join(tmp, 'engine.cjs');
  buildSync({ stdin: { contents: exports, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning', ...extra });
  const loaded = createRequire(import.meta.url)(outfile);
  rmSync(tmp, { recursive: true });
  return loaded;
}
