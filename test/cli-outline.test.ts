import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

const REPORT = [
  '2025年临河区政府工作报告',
  '各位代表：',
  '现在，我代表区人民政府向大会报告工作，请予审议。',
  '2024年工作回顾',
  '过去一年，全区地区生产总值增长5.2%，城乡居民收入稳步提高，各项社会事业全面进步。',
  '2025年主要工作',
  '主要预期目标是：地区生产总值增长5.5%左右。',
  '各位代表！让我们团结一心、苦干实干，为建设美丽临河而努力奋斗！',
  '附件',
  '有关名词解释',
  '（1）两园三区：区工业园、农业园和三个特色产业集聚区。',
  '（2）三水统筹：统筹水资源、水环境和水生态。',
].join('\n');

describe('report-lint outline', () => {
  it('prints what the parser saw, one JSON element per file, lines 0-based', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-outline-'));
    writeFileSync(join(dir, 'draft.txt'), REPORT);
    const r = run(['outline', '--format', 'json', join(dir, 'draft.txt')]);
    expect(r.status).toBe(0);
    const [out] = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(['file', 'glossary', 'parts', 'title']);
    expect(out.title).toBe('2025年临河区政府工作报告');
    expect(out.parts.map((p: { kind: string; line: number }) => `${p.line}:${p.kind}`)).toEqual(['1:salutation', '2:opening', '3:review', '5:plan', '6:targets', '7:closing', '9:glossary']);
    expect(out.parts[2].title).toBe('2024年工作回顾');
    expect(out.glossary).toEqual({ line: 9, entries: [{ number: 1, term: '两园三区', line: 10 }, { number: 2, term: '三水统筹', line: 11 }] });
  });

  it('says null for a text without a glossary, and names a bad option', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-outline-'));
    writeFileSync(join(dir, 'note.txt'), '这是一段普通的文字，不是报告。');
    const [out] = JSON.parse(run(['outline', '--format', 'json', join(dir, 'note.txt')]).stdout);
    expect(out.glossary).toBeNull();
    const bad = run(['outline', '--format', 'xml', join(dir, 'note.txt')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/未知的输出格式 xml/);
  });

  it('prints a readable outline by default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-outline-'));
    writeFileSync(join(dir, 'draft.txt'), REPORT);
    const r = run(['outline', join(dir, 'draft.txt')]);
    expect(r.stdout).toMatch(/上年工作回顾\s+2024年工作回顾/);
    expect(r.stdout).toMatch(/名词解释（第10行）：2条/);
  });
});
