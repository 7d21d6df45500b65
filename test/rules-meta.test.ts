// Every rule is registered, documented, tested; its docs examples are executed; a rule that
// produces fixes declares itself fixable, and every fix is well-formed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../server/src/engine/rules/index.js';
import { ROOT, lintText, seed, seedNames } from './support.js';

const CATALOGUE = [
  'section-order', 'section-missing', 'heading-sequence', 'year-consistency', 'target-phrasing',
  'glossary-missing', 'glossary-unused', 'glossary-order', 'figure-mismatch', 'count-mismatch', 'sum-mismatch',
  'repeated-word', 'canonical-phrase', 'traditional-char', 'duplicate-paragraph', 'placeholder', 'punctuation', 'number-format',
  'typo',
];

interface DocExamples {
  bad: string[];
  good: string[];
}

/** The ```text blocks under `## 错误示例` (must fire) and `## 正确示例` (must stay silent). */
export function docExamples(markdown: string): DocExamples {
  const out: DocExamples = { bad: [], good: [] };
  let section: keyof DocExamples | undefined;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^## /.test(line)) section = /错误示例/.test(line) ? 'bad' : /正确示例/.test(line) ? 'good' : undefined;
    else if (section && /^```text\s*$/.test(line)) {
      const body: string[] = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
      out[section].push(body.join('\n'));
    }
  }
  return out;
}

describe('rule registry', () => {
  it('ids are unique kebab-case names from the catalogue', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(CATALOGUE).toContain(id);
  });

  it.each(rules.map((r) => r.id))('%s has a docs page with its four sections and a test file', (id) => {
    const rule = rules.find((r) => r.id === id)!;
    expect(rule.description.zh.length).toBeGreaterThan(0);
    expect(rule.description.en.length).toBeGreaterThan(0);
    const page = join(ROOT, 'docs', 'rules', `${id}.md`);
    expect(existsSync(page), `docs/rules/${id}.md`).toBe(true);
    const md = readFileSync(page, 'utf8');
    for (const heading of ['## 说明', '## 错误示例', '## 正确示例', '## 依据']) expect(md).toContain(heading);
    expect(existsSync(join(ROOT, 'test', 'rules', `${id}.test.ts`)), `test/rules/${id}.test.ts`).toBe(true);
  });
});

describe.each(rules.map((r) => r.id))('docs/rules/%s.md examples', (id) => {
  const page = join(ROOT, 'docs', 'rules', `${id}.md`);
  const examples = existsSync(page) ? docExamples(readFileSync(page, 'utf8')) : { bad: [], good: [] };

  it('has at least one example of each kind', () => {
    expect(examples.bad.length).toBeGreaterThan(0);
    expect(examples.good.length).toBeGreaterThan(0);
  });
  it.each(examples.bad.map((t, i) => [i, t] as const))('错误示例 %i fires', (_i, text) => {
    expect(lintText(text, { rules: [id] }).filter((f) => f.rule === id).length).toBeGreaterThan(0);
  });
  it.each(examples.good.map((t, i) => [i, t] as const))('正确示例 %i stays silent', (_i, text) => {
    expect(lintText(text, { rules: [id] }).filter((f) => f.rule === id).map((f) => f.message)).toEqual([]);
  });
});

describe('fixes', () => {
  const texts = seedNames.map((n) => seed(n.slice(0, 3)));
  it('only fixable rules produce fixes, and every fix has edits inside the document that do not overlap', () => {
    for (const text of texts) {
      const lines = text.split('\n');
      for (const f of lintText(text)) {
        const rule = rules.find((r) => r.id === f.rule)!;
        if (f.fixes.length) expect(rule.fixable, `${f.rule} produced a fix but is not fixable`).toBe(true);
        for (const fix of f.fixes) {
          const sorted = [...fix.edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
          sorted.forEach((e, i) => {
            expect(e.range.start.line).toBeLessThan(lines.length + 1);
            const next = sorted[i + 1];
            if (next) {
              const endBeforeNext = e.range.end.line < next.range.start.line || (e.range.end.line === next.range.start.line && e.range.end.character <= next.range.start.character);
              expect(endBeforeNext, `${f.rule}: overlapping edits in "${fix.title}"`).toBe(true);
            }
          });
        }
      }
    }
  });
});
