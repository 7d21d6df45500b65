import { describe, expect, it } from 'vitest';
import { edit, findingsOf, fixAndRelint, qingshan, seed, expectSilentOnSeeds } from '../support.js';

const RULE = 'repeated-word';

describe(RULE, () => {
  it('finds the two slips of seed 004 and nothing else in the seeds', () => {
    expect(findingsOf(RULE, seed('004')).map((f) => f.message)).toEqual(['“修复修复”疑似误重复了“修复”', '“增产产”疑似误重复了“产”']);
    expectSilentOnSeeds(RULE, ['004']);
  });

  it('deletes the repeat', () => {
    const text = edit(qingshan(), '完成造林4.2万亩', '完成造林造林4.2万亩');
    const { text: fixed, after } = fixAndRelint(RULE, text);
    expect(after).toEqual([]);
    expect(fixed).toBe(qingshan());
    const particle = edit(qingshan(), '人民的共同奋斗', '人民的的共同奋斗');
    expect(fixAndRelint(RULE, particle).text).toBe(qingshan());
  });

  it('leaves reduplication and parallel forms alone', () => {
    const text = edit(qingshan(), '办好十件民生实事', '人人参与、常常研究研究，一件一件抓落实，兜住兜准兜牢民生底线，的的确确办好十件民生实事');
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});
