import { describe, expect, it } from 'vitest';
import { edit, findingsOf, qingshan, seed, expectSilentOnSeeds } from '../support.js';

const RULE = 'sum-mismatch';

describe(RULE, () => {
  it('finds the one real case in the seeds (002: 3% overall from parts growing 1.4% and 3%)', () => {
    expectSilentOnSeeds(RULE, ['002']);
    const f = findingsOf(RULE, seed('002'));
    expect(f.map((x) => x.message)).toEqual(['一般公共预算收入增长3%与分项增速（1.4%、3%）不符：按分项数值加权应约为1.42%']);
    expect(f[0]!.related).toHaveLength(2);
  });

  it('is silent on our report, whose parts add up', () => {
    expect(findingsOf(RULE, qingshan())).toEqual([]);
  });

  it('flags parts that exceed the total', () => {
    const text = edit(qingshan(), '非税收入3.2亿元', '非税收入4.2亿元');
    expect(findingsOf(RULE, text).map((x) => x.message)).toEqual(['分项之和（9.1亿元 + 4.2亿元）与一般公共预算收入12.3亿元不符']);
  });

  it('flags complete parts (税收 + 非税) that fall short of the total beyond rounding', () => {
    expect(findingsOf(RULE, edit(qingshan(), '非税收入3.2亿元', '非税收入2.2亿元'))).toHaveLength(1);
    expect(findingsOf(RULE, edit(qingshan(), '非税收入3.2亿元', '非税收入3.24亿元'))).toEqual([]);
  });

  it('checks shares: their sum, and each against the values, at the stated precision', () => {
    const share = edit(seed('002'), '占比98.5%', '占比97.5%');
    expect(findingsOf(RULE, share).map((x) => x.message.split('：')[0]!.split('，')[0])).toEqual(['一般公共预算收入增长3%与分项增速（1.4%、3%）不符', '各分项占比之和为99%', '占比97.5%与数值不符']);
    // 98.52% written as 98.5% is rounding, not an error.
    expect(findingsOf(RULE, seed('002')).every((x) => !x.message.includes('占比'))).toBe(true);
  });

  it('without part values, flags a total growth outside its parts’ range', () => {
    const text = edit(qingshan(), '其中税收收入9.1亿元、非税收入3.2亿元', '其中税收收入增长3%、非税收入增长4%');
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});
