// When the typo rule's model is read (docs/rules/typo.md): the CLI reads it only when the rule
// runs; the language server loads it in the background and then re-lints open documents.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from './lsp/client.js';
import { edit, qingshan, ROOT } from './support.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'report-lint-typo-'));
/** Our own report with one slip the model corrects (建没 → 建设). */
const draft = edit(qingshan(), '办好十件民生实事。', '办好十件民生实事。加快建没现代化产业体系。');
const file = join(dir, 'draft.txt');
/** Preloaded into the CLI: says on stderr whenever the model file is read. */
const spy = join(dir, 'spy.cjs');

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does)');
  writeFileSync(file, draft);
  writeFileSync(
    spy,
    `const fs = require('node:fs');
for (const name of ['readFileSync', 'readFile', 'createReadStream', 'openSync']) {
  const original = fs[name];
  fs[name] = function (path, ...rest) {
    if (String(path).endsWith('typo-model.bin.br')) process.stderr.write('typo model read\\n');
    return original.call(this, path, ...rest);
  };
}
`,
  );
});

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['-r', spy, CLI, '--format', 'json', ...args], { encoding: 'utf8' });
  const rules = (JSON.parse(r.stdout) as { diagnostics: { rule: string }[] }[]).flatMap((f) => f.diagnostics.map((d) => d.rule));
  return { rules, read: r.stderr.includes('typo model read') };
}

describe('the CLI reads the typo model only when the rule runs', () => {
  it('reads it by default and reports the slip', () => {
    const r = cli(file);
    expect(r.read).toBe(true);
    expect(r.rules).toContain('typo');
  });

  it('does not read it when the rule is off', () => {
    const r = cli('--rule', 'typo=off', file);
    expect(r.read).toBe(false);
    expect(r.rules).not.toContain('typo');
  });
});

describe('the language server loads the typo model in the background', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = new TestClient();
    await client.initialize(null);
  });
  afterAll(async () => client.shutdown());

  it('publishes the typo finding for the opened version without any change to the document', async () => {
    const uri = 'file:///tmp/report-lint-typo/draft.txt';
    const first = await client.open(uri, draft);
    // Either the model was there for the first lint, or the server re-lints once it is loaded.
    const withTypo = first.diagnostics.some((d) => d.code === 'typo') ? first : await client.diagnostics(uri, 1);
    expect(withTypo.version).toBe(1);
    expect(withTypo.diagnostics.filter((d) => d.code === 'typo').map((d) => d.message)).toEqual(['“建没”疑为“建设”']);
  });
});
