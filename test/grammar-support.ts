// The work-report TextMate grammar, loaded with VS Code's own engine (vscode-textmate + oniguruma).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { ROOT } from './support.js';

export const GRAMMAR_FILE = join(ROOT, 'syntaxes', 'work-report.tmLanguage.json');

let wasm: Promise<void> | undefined;

export async function loadGrammar(): Promise<IGrammar> {
  const bytes = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  wasm ??= oniguruma.loadWASM(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  await wasm;
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => parseRawGrammar(readFileSync(GRAMMAR_FILE, 'utf8'), 'work-report.tmLanguage.json'),
  });
  return (await registry.loadGrammar('text.work-report'))!;
}
