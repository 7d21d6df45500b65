#!/usr/bin/env node
// Development check (not a test): the editor's "fix all" (source.fixAll) through the language
// server over stdio, on real reports from ../shared/corpus. For each report it opens the
// document, asks for the source.fixAll action, applies the returned edits and checks that the
// text is unchanged once punctuation and whitespace are removed (docs/fixes.md: a safe fix
// changes nothing else). It also compares the result with `report-lint --fix` on a copy of the
// same file: both faces call the one pipeline (server/src/engine/fix-all.ts), so they must agree.
//
//   npm run build && node scripts/dev/lsp-fixall.mjs [FILE.txt ...] [--count 5] [--dir DIR]
//
// Without files it takes the --count reports (one per place) with the most fixes marked safe,
// as `report-lint --format json` lists them: the reports where fix-all has the most to do.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';

const root = join(import.meta.dirname, '..', '..');
const SERVER = join(root, 'dist', 'server.js');
const CLI = join(root, 'bin', 'report-lint.js');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dir = resolve(option('--dir', join(root, '..', 'shared', 'corpus')));
const count = Number(option('--count', '5'));
const named = args.filter((a, i) => !a.startsWith('--') && !['--dir', '--count'].includes(args[i - 1] ?? ''));

/** Punctuation (Unicode P) and whitespace: the same class as engine/fix-all.ts's wordsOf. */
const wordsOf = (text) => text.replace(/[\p{P}\p{Z}\s]+/gu, '');

function pickReports() {
  if (named.length) return named.map((f) => resolve(dir, f));
  const all = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f));
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', ...all], { maxBuffer: 1 << 30, encoding: 'utf8' });
  const ranked = JSON.parse(r.stdout)
    .map((f) => ({ file: f.file, safe: f.diagnostics.filter((d) => d.fixes?.some((x) => x.safe)).length }))
    .filter((f) => f.safe > 0)
    .sort((a, b) => b.safe - a.safe);
  const places = new Set();
  const chosen = [];
  for (const f of ranked) {
    const place = basename(f.file).replace(/_\d{4}\.txt$/, '');
    if (places.has(place)) continue;
    places.add(place);
    chosen.push(f.file);
    if (chosen.length === count) break;
  }
  return chosen;
}

/** Lines that differ between two texts with the same line count (safe fixes never add lines). */
function changedLines(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) return { count: NaN, examples: [] };
  const examples = [];
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    n++;
    if (examples.length < 3) examples.push(excerpt(i + 1, a[i], b[i]));
  }
  return { count: n, examples };
}

/** The first difference of a line with a little context either side. */
function excerpt(line, a, b) {
  let s = 0;
  while (s < a.length && a[s] === b[s]) s++;
  let e = 0;
  while (e < a.length - s && e < b.length - s && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  const from = Math.max(0, s - 8);
  const to = (t) => Math.min(t.length, t.length - e + 8, from + 40);
  return `  line ${line}: ${a.slice(from, to(a))}  →  ${b.slice(from, to(b))}`;
}

function cliFix(file) {
  const tmp = mkdtempSync(join(tmpdir(), 'lsp-fixall-'));
  const copy = join(tmp, basename(file));
  copyFileSync(file, copy);
  chmodSync(copy, 0o644); // the corpus is read-only, and --fix refuses read-only files
  spawnSync(process.execPath, [CLI, '--fix', '--format', 'json', copy], { maxBuffer: 1 << 30, encoding: 'utf8' });
  const text = readFileSync(copy, 'utf8').replace(/^\ufeff/, '');
  rmSync(tmp, { recursive: true, force: true });
  return text;
}

const files = pickReports();
const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map();
connection.onNotification('textDocument/publishDiagnostics', (p) => {
  waiting.get(p.uri)?.(p);
  waiting.delete(p.uri);
});
connection.onNotification('window/showMessage', () => {});
connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
connection.onRequest('client/registerCapability', () => null);
connection.listen();
await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } } });
await connection.sendNotification('initialized', {});

let failures = 0;
let totalLines = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  const uri = pathToFileURL(file).href;
  const published = new Promise((r) => waiting.set(uri, r));
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'work-report', version: 1, text } });
  const diagnostics = await published;
  const actions = await connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll'] },
  });
  const edits = actions.find((a) => a.kind?.startsWith('source.fixAll'))?.edit?.changes?.[uri] ?? [];
  const after = TextDocument.applyEdits(TextDocument.create(uri, 'work-report', 1, text), edits);
  const same = wordsOf(after) === wordsOf(text);
  const cli = cliFix(file);
  const lines = changedLines(text, after);
  totalLines += lines.count;
  if (!same || cli !== after) failures++;
  console.log(
    `${basename(file)}: ${diagnostics.diagnostics.length} diagnostics, ${edits.length} edits, ${lines.count} changed lines; ` +
      `words ${same ? 'identical' : 'CHANGED'}; CLI --fix ${cli === after ? 'agrees' : 'DIFFERS'}`,
  );
  for (const e of lines.examples) console.log(e);
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
}
console.log(`${files.length} reports, ${totalLines} changed lines, ${failures} with words changed or a different result from --fix`);
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();
setTimeout(() => child.kill(), 500).unref();
process.exitCode = failures ? 1 : 0;
