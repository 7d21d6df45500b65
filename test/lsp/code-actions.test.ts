// Code actions from a lint result (lsp/convert.ts): which finding a client's diagnostic means,
// and the actions on a figure stated twice. Our example report states 固定资产投资 as 42.3亿元
// on line 7 and as 45.3亿元 on line 10.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { codeActions, findingFor, toDiagnostics } from '../../server/src/lsp/convert.js';
import { lint } from '../../server/src/engine/lint.js';
import { DEFAULT_SETTINGS, type Locale } from '../../server/src/engine/types.js';
import { defaultConventions, ROOT, segmenter } from '../support.js';

const uri = 'file:///example.txt';
const text = readFileSync(join(ROOT, 'examples', '2025年示例旗政府工作报告.txt'), 'utf8');
const result = (locale: Locale = 'zh-cn') => lint(text, { conventions: defaultConventions(), settings: DEFAULT_SETTINGS, segmenter, locale });

/** What Neovim 0.7 sends back: the same diagnostic with its columns counted in UTF-8 bytes. */
function inBytes(d: Diagnostic): Diagnostic {
  const lines = text.split('\n');
  const bytes = (line: number, character: number) => Buffer.byteLength(lines[line]!.slice(0, character));
  const { start, end } = d.range;
  return { ...d, range: { start: { line: start.line, character: bytes(start.line, start.character) }, end: { line: end.line, character: bytes(end.line, end.character) } } };
}

describe('code actions', () => {
  const r = result();
  const figure = toDiagnostics(uri, r).find((d) => d.code === 'figure-mismatch')!;

  it('finds the finding of a diagnostic whose columns are bytes, with or without its data', () => {
    expect(figure.range.start.line).toBe(9);
    const bytes = inBytes(figure);
    expect(bytes.range.start.character).not.toBe(figure.range.start.character);
    expect(findingFor(r, bytes)?.rule).toBe('figure-mismatch');
    expect(findingFor(r, { ...bytes, data: undefined })?.range).toEqual(figure.range);
  });

  it('offers quick fixes to a client that sends byte columns', () => {
    const titles = codeActions(uri, r, [inBytes(figure)], undefined, 'zh-cn', false).map((a) => a.title);
    expect(titles).toContain('转到另一处表述（第 7 行）');
  });

  it('offers "go to the other statement" and "use the figure from line 7" on a figure stated twice', () => {
    const actions = codeActions(uri, r, [figure], undefined, 'zh-cn', false);
    const go = actions.find((a) => a.title === '转到另一处表述（第 7 行）')!;
    expect(go.command?.command).toBe('reportLint.server.showLocation');
    expect((go.command!.arguments![1] as Diagnostic['range']).start.line).toBe(6);
    const use = actions.find((a) => a.title === '改用第 7 行的数字：42.3亿元')!;
    expect(use.isPreferred).toBeFalsy();
    const [edit] = use.edit!.changes![uri]!;
    expect(edit!.newText).toBe('42.3亿元');
    expect(text.split('\n')[9]!.slice(edit!.range.start.character, edit!.range.end.character)).toBe('45.3亿元');
  });

  it('titles them in English for an English locale', () => {
    const en = result('en');
    const d = toDiagnostics(uri, en).find((x) => x.code === 'figure-mismatch')!;
    const titles = codeActions(uri, en, [d], undefined, 'en', false).map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining(['Go to the other statement (line 7)', 'Use the figure from line 7: 42.3亿元']));
  });
});
