import { describe, expect, it } from 'vitest';
import { edit, findingsOf, fixAndRelint, qingshan, seed, where, expectSilentOnSeeds } from '../support.js';

const RULE = 'section-missing';
const dropLines = (text: string, from: string, count: number) => {
  const lines = text.split('\n');
  lines.splice(lines.findIndex((l) => l.trimStart().startsWith(from)), count);
  return lines.join('\n');
};

describe(RULE, () => {
  it('is silent on complete reports', () => {
    expect(findingsOf(RULE, qingshan())).toEqual([]);
    expectSilentOnSeeds(RULE, ['004']);
  });

  it('gives a fragment one note, not a cascade (seed 004)', () => {
    const f = findingsOf(RULE, seed('004'));
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/片段/);
  });

  it('flags a missing 政府自身建设 and inserts a numbered heading skeleton before the closing', () => {
    const text = dropLines(qingshan(), '三、全面加强政府自身建设', 2);
    expect(findingsOf(RULE, text).map((f) => f.message)).toEqual(['缺少“政府自身建设”部分']);
    const { text: fixed, after } = fixAndRelint(RULE, text);
    expect(after).toEqual([]);
    expect(fixed).toContain('三、加强政府自身建设\n（请补充政府自身建设的内容）\n各位代表！让我们');
  });

  it('flags a missing opening at the salutation, and asks about a missing 预期目标', () => {
    expect(where(findingsOf(RULE, dropLines(qingshan(), '现在，我代表', 1)))).toEqual(['4:section-missing']);
    const noTargets = dropLines(qingshan(), '主要预期目标是', 1);
    // Some published reports set no targets: an info that asks, with its reason.
    expect(findingsOf(RULE, noTargets).map((f) => [f.severity, f.message.slice(0, 14)])).toEqual([['info', '未找到“主要预期目标”：多数']]);
  });

  it('flags a missing review heading and a missing closing (seed 002 variants)', () => {
    const noReview = edit(seed('002'), '一、2022年工作回顾', '2022年,我们攻坚克难');
    expect(findingsOf(RULE, noReview).map((f) => f.message)).toContain('缺少“上年工作回顾”部分');
    const noClosing = dropLines(seed('002'), '各位代表、同志们,使命重在担当', 1);
    expect(findingsOf(RULE, noClosing).map((f) => f.message)).toEqual(['缺少“结束语”部分']);
  });

  it('accepts other wordings of the parts', () => {
    let text = qingshan();
    text = edit(text, '各位代表：', '各位代表，各位委员：');
    text = edit(text, '向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见', '向大会报告政府工作');
    text = edit(text, '主要预期目标是：', '主要预期目标建议为：');
    text = edit(text, '各位代表！让我们在县委的坚强领导下', '新的征程上，让我们在县委的坚强领导下');
    expect(findingsOf(RULE, text)).toEqual([]);
    const lines = text.split('\n');
    lines.splice(lines.findIndex((l) => l.startsWith('三、')), 2, '加强政府自身建设。坚持依法行政，建设人民满意政府。');
    expect(findingsOf(RULE, lines.join('\n'))).toEqual([]);
  });

  it('accepts 自身建设 written as the last task of the plan (seed 003)', () => {
    expect(findingsOf(RULE, seed('003'))).toEqual([]);
  });
});
