import { describe, expect, it } from 'vitest';
import { edit, findingsOf, qingshan, seed, where, expectSilentOnSeeds } from '../support.js';

const RULE = 'section-order';

/** Moves the line that starts with `from` to just before the line that starts with `before`. */
function moveLine(text: string, from: string, before: string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.trimStart().startsWith(from));
  const [line] = lines.splice(i, 1);
  const j = lines.findIndex((l) => l.trimStart().startsWith(before));
  lines.splice(j, 0, line!);
  return lines.join('\n');
}

describe(RULE, () => {
  it('is silent on a complete report of our own', () => {
    expect(findingsOf(RULE, qingshan())).toEqual([]);
  });

  it('flags 自身建设 placed before the plan, pointing at the part it should follow', () => {
    const text = qingshan();
    const lines = text.split('\n');
    const sb = lines.findIndex((l) => l.startsWith('三、'));
    const moved = [...lines.slice(0, 12), ...lines.slice(sb, sb + 2), ...lines.slice(12, sb), ...lines.slice(sb + 2)].join('\n');
    const f = findingsOf(RULE, moved);
    expect(where(f)).toEqual(['13:section-order']);
    expect(f[0]!.message).toContain('政府自身建设');
    expect(f[0]!.message).toContain('出现在“本年工作安排”之前');
    expect(f[0]!.related[0]!.range.start.line + 1).toBe(15);
  });

  it('flags the problems paragraph moved into the plan', () => {
    const moved = moveLine(qingshan(), '在肯定成绩的同时', '围绕上述目标');
    expect(where(findingsOf(RULE, moved))).toEqual(['15:section-order']);
  });

  it('flags 预期目标 written before 总体要求 (full-width draft)', () => {
    const text = moveLine(qingshan(), '主要预期目标是', '2023年是全面贯彻');
    expect(where(findingsOf(RULE, text))).toEqual(['14:section-order']);
  });

  it('flags a plan task list whose 自身建设 task is not the last one (seed 003 variant)', () => {
    const text = seed('003');
    const lines = text.split('\n');
    const selfBuilding = lines.findIndex((l) => l.startsWith('(十)'));
    const [line] = lines.splice(selfBuilding, 1);
    lines.splice(lines.findIndex((l) => l.startsWith('(五)加强生态')), 0, line!);
    const f = findingsOf(RULE, lines.join('\n'));
    expect(f.map((x) => x.message)).toEqual(['“政府自身建设”应作为工作安排的最后一项']);
  });

  it('on the seeds reports only 004’s repeated thanks and problems inside the plan', () => {
    expectSilentOnSeeds(RULE, ['004']);
    expect(where(findingsOf(RULE, seed('004')))).toEqual(['64:section-order', '66:section-order', '68:section-order']);
  });

  it('flags a 名词解释 placed before the closing, and does not call the closing missing', () => {
    const moved = moveLine(moveLine(qingshan(), '名词解释', '各位代表！让我们'), '1.“百项千亿”', '各位代表！让我们');
    const text = moveLine(moved, '2.“三水统筹”', '各位代表！让我们');
    expect(findingsOf(RULE, text).map((f) => f.message)).toEqual(['“名词解释”出现在“结束语”之前，位置不符合报告惯例']);
    expect(findingsOf('section-missing', text)).toEqual([]);
  });

  it('speaks English on request', () => {
    const moved = moveLine(qingshan(), '在肯定成绩的同时', '围绕上述目标');
    expect(findingsOf(RULE, moved, { locale: 'en' })[0]!.message).toMatch(/out of the report's order/);
  });

  it('is unaffected by a derived edit elsewhere', () => {
    expect(findingsOf(RULE, edit(seed('000'), '113亿元', '118亿元'))).toEqual([]);
  });
});
