import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover, Location, TextEdit } from 'vscode-languageserver-protocol';
import { applyFix, edit, seed } from '../support.js';
import { rules, TestClient } from './client.js';

const workspace = mkdtempSync(join(tmpdir(), 'report-lint-lsp-'));
const rootUri = pathToFileURL(workspace).href;
const uri = `${rootUri}/2024年乌拉特后旗政府工作报告.txt`;
/** Seed 000 with the plan's year changed: a year-consistency error on line 51. */
const draft = edit(seed('000'), '二、2024年工作安排', '二、2025年工作安排');

let client: TestClient;
beforeAll(async () => {
  client = new TestClient(workspace);
  await client.initialize(rootUri);
});
afterAll(async () => client.shutdown());

function applyEdits(text: string, edits: TextEdit[]): string {
  return applyFix(text, { title: '', safe: true, edits });
}

describe('language server over stdio', () => {
  it('publishes diagnostics on open with rule codes, docs links, related information and data', async () => {
    const published = await client.open(uri, draft);
    expect(published.version).toBe(1);
    const year = published.diagnostics.find((d) => d.code === 'year-consistency')!;
    expect(year.range.start).toEqual({ line: 50, character: 6 });
    expect(year.source).toBe('report-lint');
    expect(year.codeDescription?.href).toMatch(/docs\/rules\/year-consistency\.md$/);
    expect(year.relatedInformation?.[0]?.location.uri).toBe(uri);
    expect(year.data).toMatchObject({ rule: 'year-consistency' });
    expect(rules(published.diagnostics)).toContain('39:glossary-missing');
  });

  it('returns the outline: sections, tasks and the 16 名词解释 entries', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = symbols.map((s) => s.name);
    expect(names).toEqual(['2024年乌拉特后旗政府工作报告', '一、2023年工作回顾', '二、2025年工作安排', '三、加强政府自身建设', '名词解释']);
    expect(symbols[2]!.children!.filter((c) => /^\(/.test(c.name))).toHaveLength(6);
    expect(symbols[4]!.children!).toHaveLength(16);
    expect(symbols[4]!.children![0]!.name).toBe('1.“五大任务”');
  });

  it('offers the quick fix; applying it removes the diagnostic on the next publish', async () => {
    const published = client.published.filter((p) => p.uri === uri).at(-1)!;
    const year = published.diagnostics.find((d) => d.code === 'year-consistency')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: year.range, context: { diagnostics: [year] } });
    const fix = actions.find((a) => a.title === '改为 2024')!;
    expect(fix.edit?.changes?.[uri]).toHaveLength(1);
    expect(actions.some((a) => a.title === '在此行禁用 year-consistency')).toBe(true);
    const fixed = applyEdits(draft, fix.edit!.changes![uri]!);
    const next = await client.change(uri, 2, [{ text: fixed }]);
    expect(next.diagnostics.some((d: Diagnostic) => d.code === 'year-consistency')).toBe(false);
  });

  it('applies incremental edits in order and keeps versions straight', async () => {
    const line = 85; // 0-based line of the closing paragraph's neighbour
    await client.change(uri, 3, [{ range: { start: { line, character: 4 }, end: { line, character: 4 } }, text: '生态修复修复' }]);
    const latest = await client.change(uri, 4, [{ range: { start: { line, character: 4 }, end: { line, character: 10 } }, text: '' }]);
    expect(latest.version).toBe(4);
    expect(latest.diagnostics.some((d) => d.code === 'repeated-word')).toBe(false);
  });

  it('hovers a term with its 名词解释 entry and jumps to it', async () => {
    const lines = seed('000').split('\n');
    const line = lines.findIndex((l) => l.includes('“五大任务”'));
    const character = lines[line]!.indexOf('五大任务') + 1;
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    expect((hover.contents as { value: string }).value).toMatch(/五大任务[\s\S]*习近平总书记对内蒙古的战略定位/);
    const def = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position: { line, character } });
    expect(def.range.start.line).toBe(87);
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: { line: 87, character: 8 }, context: { includeDeclaration: false } });
    expect(refs.length).toBeGreaterThanOrEqual(3);
  });

  it('hovers a figure with the indicator’s other statements', async () => {
    const lines = seed('000').split('\n');
    const line = lines.findIndex((l) => l.includes('固定资产投资完成81.8亿元'));
    const character = lines[line]!.indexOf('81.8亿元') + 1;
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    expect((hover.contents as { value: string }).value).toMatch(/固定资产投资[\s\S]*第 53 行/);
  });

  it('folds by section and offers source.fixAll.reportLint', async () => {
    const folds = await client.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
    expect(folds.some((f) => f.startLine === 37 && f.endLine === 49)).toBe(true);
    // A full-width comma in a half-width report: the one kind of slip fix-all may correct.
    const withSlip = edit(seed('000'), '坚决守住粮食安全底线,', '坚决守住粮食安全底线，');
    await client.change(uri, 5, [{ text: withSlip }]);
    const all = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    expect(all.map((a) => a.kind)).toEqual(['source.fixAll.reportLint']);
    expect(applyEdits(withSlip, all[0]!.edit!.changes![uri]!)).toBe(seed('000'));
  });

  it('names a bad setting once and keeps linting with the default', async () => {
    client.configuration = { rules: { 'figure-mismatch': 'loud' }, debounceMs: 'soon' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const published = await client.diagnostics(uri);
    expect(published.diagnostics.length).toBeGreaterThan(0);
    expect(client.messages).toContain('设置 reportLint.rules.figure-mismatch 的值 "loud" 无效，已使用默认值');
    expect(client.messages).toContain('设置 reportLint.debounceMs 的值 "soon" 无效，已使用默认值');
  });

  it('“treat as common knowledge” writes .reportlintrc.json through workspace/applyEdit', async () => {
    client.configuration = {};
    await client.request('workspace/executeCommand', { command: 'reportLint.server.treatAsCommon', arguments: [uri, '五高五区'] });
    const applied = JSON.stringify(client.applied.at(-1));
    expect(applied).toContain('.reportlintrc.json');
    expect(applied).toContain('五高五区');
  });

  it('leaves Markdown that is not a report alone, and lints one that is', async () => {
    const notes = `${rootUri}/notes.md`;
    expect((await client.open(notes, '# 会议纪要\n\n讨论了“三个一批”。\n', 'markdown')).diagnostics).toEqual([]);
    const report = `${rootUri}/report.md`;
    expect((await client.open(report, seed('004'), 'markdown')).diagnostics.length).toBeGreaterThan(0);
  });

  it('survives odd input: empty text, a lone heading, surrogate pairs, CRLF', async () => {
    const odd = `${rootUri}/odd.txt`;
    await client.open(odd, '', 'work-report');
    for (const [v, text] of [[2, '一、'], [3, '𠀀𠀁\r\n（一）'], [4, readFileSync(join(__dirname, '..', 'fixtures', 'qingshan-2023.txt'), 'utf8').replace(/\n/g, '\r\n')]] as const) {
      const p = await client.change(odd, v, [{ text }]);
      expect(p.version).toBe(v);
    }
  });
});
