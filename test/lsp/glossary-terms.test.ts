// 补全名词解释 through the language server (reportLint/glossaryTerms), as the editor's quick pick uses it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Range, TextEdit } from 'vscode-languageserver-protocol';
import { applyFix } from '../support.js';
import { TestClient } from './client.js';
import { BODY, GLOSSARY_DRAFT as REPORT } from '../fixtures/glossary-draft.js';

interface Terms {
  version: number;
  terms: { term: string; key: string; score: number; reason: string; needed: boolean; uses: Range[]; fix: { id: string; title: string; edits: TextEdit[] } }[];
  edits: TextEdit[];
}

const workspace = mkdtempSync(join(tmpdir(), 'report-lint-terms-'));
const rootUri = pathToFileURL(workspace).href;


let client: TestClient;
beforeAll(async () => {
  client = new TestClient(workspace);
  await client.initialize(rootUri);
});
afterAll(async () => client.shutdown());

const ask = (uri: string, terms?: string[]) => client.request<Terms>('reportLint/glossaryTerms', { textDocument: { uri }, ...(terms ? { terms } : {}) });
const apply = (text: string, edits: TextEdit[]) => applyFix(text, { title: '', safe: false, edits });
const textAt = (text: string, r: Range) => text.split('\n')[r.start.line]!.slice(r.start.character, r.end.character);

describe('reportLint/glossaryTerms', () => {
  const uri = `${rootUri}/2024年青川县政府工作报告.txt`;

  it('lists the unexplained terms best first, with reasons, uses and an add fix; only the strongly needed are marked', async () => {
    await client.open(uri, REPORT);
    const list = await ask(uri);
    expect(list.version).toBe(1);
    const names = list.terms.map((t) => t.term);
    expect(names).toEqual(expect.arrayContaining(['五坊焕新', '三溪共治', '四桥连通', '三个目标']));
    expect(names).not.toContain('三链融合');
    const of = (term: string) => list.terms.find((t) => t.term === term)!;
    expect(['五坊焕新', '三溪共治', '四桥连通'].map((t) => of(t).needed)).toEqual([true, true, true]);
    // Explained by the enumeration right before it: listed, last, not preselected.
    expect(of('三个目标').needed).toBe(false);
    expect(names.indexOf('三个目标')).toBeGreaterThan(names.indexOf('四桥连通'));
    expect(of('五坊焕新').reason).toContain('本文同类术语（数字略语和缩写）5个中3个有解释');
    expect(of('五坊焕新').uses.map((r) => textAt(REPORT, r))).toEqual(['五坊焕新', '五坊焕新']);
    expect(of('五坊焕新').fix.id).toBe('add');
    expect(apply(REPORT, of('五坊焕新').fix.edits)).toContain('（3）“两廊一带”：两条生态走廊和一条产业带。\n（4）“五坊焕新”：（释义待补充）\n');
    expect(list.edits).toEqual([]);
  });

  it('adds the chosen terms in one edit: in order of first use, numbered on, none twice, in the same 名词解释', async () => {
    const made = await ask(uri, ['四桥连通', '五坊焕新', '“五坊焕新”']);
    const fixed = apply(REPORT, made.edits);
    expect(fixed).toContain('（3）“两廊一带”：两条生态走廊和一条产业带。\n（4）“五坊焕新”：（释义待补充）\n（5）“四桥连通”：（释义待补充）\n');
    expect(fixed.match(/名词解释/g)).toHaveLength(1);
    expect(fixed.match(/“五坊焕新”：/g)).toHaveLength(1);
    const published = await client.change(uri, 2, [{ text: fixed }]);
    const missing = published.diagnostics.filter((d) => d.code === 'glossary-missing').map((d) => textAt(fixed, d.range));
    expect(missing).toEqual(['三溪共治']);
    const again = await ask(uri, ['五坊焕新']);
    expect(again.version).toBe(2);
    expect(again.edits).toEqual([]);
    expect(again.terms.map((t) => t.term)).not.toContain('五坊焕新');
  });

  it('creates one 名词解释 for a report without one, and extends it on the next pick', async () => {
    const bare = `${rootUri}/2024年青川县政府工作报告（无名词解释）.txt`;
    const text = `${BODY}\n`;
    await client.open(bare, text);
    const first = await ask(bare, ['三溪共治']);
    const once = apply(text, first.edits);
    expect(once.match(/名词解释/g)).toHaveLength(1);
    expect(once).toMatch(/。\n\n名词解释\n1\.“三溪共治”：（释义待补充）\n$/);
    await client.change(bare, 2, [{ text: once }]);
    const second = await ask(bare, ['五坊焕新']);
    const twice = apply(once, second.edits);
    expect(twice.match(/名词解释/g)).toHaveLength(1);
    expect(twice).toContain('名词解释\n1.“五坊焕新”：（释义待补充）\n2.“三溪共治”：（释义待补充）');
  });

  it('answers null for a document it does not have', async () => {
    expect(await ask(`${rootUri}/never-opened.txt`)).toBeNull();
  });
});
