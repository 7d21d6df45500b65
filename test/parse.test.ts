import { describe, expect, it } from 'vitest';
import { parseReport } from '../server/src/engine/parse/index.js';
import type { Heading, ReportModel } from '../server/src/engine/model.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText, ROOT, seed, seedNames, segmenter } from './support.js';

const lineOf = (m: ReportModel, offset: number) => m.lineStarts.findLastIndex((s) => s <= offset) + 1;

/** A compact outline: numbered headings only, `L<line> <marker><title>`. */
function outline(m: ReportModel, hs: Heading[] = m.outline, depth = 0): string[] {
  return hs.flatMap((h) =>
    h.style === 'lead'
      ? []
      : [`${'  '.repeat(depth)}L${lineOf(m, h.span.start)} ${m.text.slice(h.marker.start, h.marker.end)}${h.titleText.slice(0, 16)}`, ...outline(m, h.children, depth + 1)],
  );
}

const landmarks = (m: ReportModel) => m.landmarks.map((l) => `${l.kind}@${lineOf(m, l.span.start)}`).join(' ');

describe('parser on the seeds', () => {
  it('000: skeleton, years and the 16 名词解释 entries', () => {
    const m = parseReport(seed('000'), segmenter);
    expect(landmarks(m)).toBe(
      'salutation@36 opening@37 review@38 thanks@49 problems@50 plan@51 framing@52 requirements@52 targets@53 task-list@54 self-building@79 closing@85 glossary@87',
    );
    expect([m.reportYear, m.reviewYear, m.planYear]).toEqual([2024, 2023, 2024]);
    expect(lineOf(m, m.body.start)).toBe(33);
    expect(m.glossary?.entries.map((e) => e.number)).toEqual([...Array(16).keys()].map((i) => i + 1));
    expect(m.glossary?.entries[9]!.keys).toContain('三变');
    expect(outline(m)).toMatchInlineSnapshot(`
      [
        "L38 一、2023年工作回顾",
        "L51 二、2024年工作安排",
        "  L55 (一)以重点项目为牵引,挺起争先进位新",
        "  L59 (二)以乡村振兴为引领,续写争先进位新",
        "  L63 (三)以工业经济为主导,夯实争先进位新",
        "  L67 (四)以第三产业为抓手,激发争先进位新",
        "  L70 (五)以生态保护为基石,筑牢争先进位新",
        "  L73 (六)以民生福祉为追求,共享争先进位新",
        "L79 三、加强政府自身建设",
      ]
    `);
  });
  it('000: each paragraph knows its part and its top-level section', () => {
    const m = parseReport(seed('000'), segmenter);
    const at = (line: number) => m.paragraphs.find((p) => lineOf(m, p.span.start) === line)!;
    const parts = [40, 49, 50, 52, 53, 60, 80, 85, 90].map((l) => `${l}:${at(l).topPart}/${at(l).part}`);
    expect(parts).toEqual([
      '40:review/review', '49:review/thanks', '50:review/problems', '52:plan/requirements', '53:plan/targets',
      '60:plan/task-list', '80:self-building/self-building', '85:closing/closing', '90:glossary/glossary',
    ]);
  });
  it('004: a fragment\'s paragraphs before the plan belong to the review', () => {
    const m = parseReport(seed('004'), segmenter);
    const first = m.paragraphs.find((p) => /科技攻关/.test(m.text.slice(p.span.start, p.span.end)))!;
    expect(first.topPart).toBe('review');
  });
  it.each(seedNames)('%s parses without losing text', (name) => {
    const m = parseReport(seed(name.slice(0, 3)), segmenter);
    expect(m.text.length).toBe(m.norm.length);
    expect(m.paragraphs.length).toBeGreaterThan(20);
  });
});

describe('a Markdown report of our own (## headings, ### tasks, bold lead sentences, full width)', () => {
  const text = readFileSync(join(ROOT, 'test', 'fixtures', 'baiyun-2024.report.md'), 'utf8');
  it('finds the whole skeleton and the outline', () => {
    const m = parseReport(text, segmenter);
    expect(m.format).toBe('markdown');
    expect(landmarks(m)).toBe(
      'salutation@7 opening@9 review@11 thanks@25 problems@27 plan@29 framing@31 requirements@31 targets@33 task-list@35 self-building@49 closing@53 glossary@55',
    );
    expect(outline(m)).toEqual([
      'L11 一、2023年工作回顾', '  L15 （一）经济运行稳中向好', '  L21 （二）民生保障持续加强',
      'L29 二、2024年工作安排', '  L37 （一）推动产业转型升级', '  L41 （二）扩大有效投资', '  L45 （三）全面推进乡村振兴', '  L49 （四）加强政府自身建设',
    ]);
    expect(m.headings.filter((h) => h.style === 'lead').map((h) => h.titleText)).toEqual(['工业经济提质增效', '服务业加快发展']);
    expect(m.glossary?.entries.map((e) => e.keys[0])).toEqual(['三大工程', '五美乡村']);
  });
  it('is clean for every rule', () => {
    expect(lintText(text).map((f) => `${f.range.start.line + 1}:${f.rule}`)).toEqual([]);
  });
});
