import { describe, expect, it } from 'vitest';
import { edit, findingsOf, fixAndRelint, qingshan, seed, expectSilentOnSeeds } from '../support.js';

const RULE = 'target-phrasing';

describe(RULE, () => {
  it('is silent on our own report and on the seeds, except 003’s growth targets above 100%', () => {
    expect(findingsOf(RULE, qingshan())).toEqual([]);
    expectSilentOnSeeds(RULE, ['003']);
    const f = findingsOf(RULE, seed('003'));
    expect(f.map((x) => `${x.severity}:${x.message}`)).toEqual([
      'info:增速 213% 超过100%，请核实（常为 21.3% 之误）',
      'info:增速 103% 超过100%，请核实（常为 10.3% 之误）',
    ]);
  });

  it('flags an item without the qualifier its siblings carry, and adds the one they use', () => {
    const text = edit(seed('000'), '社会消费品零售总额增长6%以上', '社会消费品零售总额增长6%');
    const f = findingsOf(RULE, text);
    expect(f.map((x) => x.message)).toEqual(['“社会消费品零售总额”的目标缺少限定语（其余目标均带“以上/左右”等），是否应为“6%以上”？']);
    const { text: fixed, after } = fixAndRelint(RULE, text);
    expect(after).toEqual([]);
    expect(fixed).toBe(seed('000'));
  });

  it('offers a qualifier when siblings mix 以上 and 左右 (full-width draft)', () => {
    const text = edit(qingshan(), '一般公共预算收入增长5%以上', '一般公共预算收入增长5%');
    expect(findingsOf(RULE, text)).toHaveLength(1);
    expect(fixAndRelint(RULE, text).after).toEqual([]);
  });

  it('stays silent when no sibling carries a qualifier (seed 001 style)', () => {
    expect(findingsOf(RULE, seed('001'))).toEqual([]);
  });

  it('flags achieved wording in a target', () => {
    const text = edit(qingshan(), '固定资产投资增长8%以上', '固定资产投资已完成8%以上');
    expect(findingsOf(RULE, text).map((x) => x.message)).toEqual(['预期目标不应使用完成时“已完成”']);
    expect(fixAndRelint(RULE, text).text).toBe(edit(qingshan(), '固定资产投资增长8%以上', '固定资产投资完成8%以上'));
  });

  it('flags 分别 with fewer values than subjects', () => {
    const text = edit(qingshan(), '分别增长5.5%、7%左右', '分别增长7%左右');
    expect(findingsOf(RULE, text).map((x) => x.message)).toEqual(['“分别”对应2个主体，却给出1个数值']);
  });

  it('flags the superseded name 一般公共财政预算收入 in a target and fixes it', () => {
    const text = edit(qingshan(), '一般公共预算收入增长5%以上', '一般公共财政预算收入增长5%以上');
    expect(findingsOf(RULE, text).map((x) => x.message)).toEqual(['指标旧称“一般公共财政预算收入”，现称“一般公共预算收入”']);
    expect(fixAndRelint(RULE, text).text).toBe(qingshan());
  });
});
