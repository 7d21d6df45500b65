import { describe, expect, it } from 'vitest';
import { edit, findingsOf, fixAndRelint, qingshan, seed, expectSilentOnSeeds } from '../support.js';

const RULE = 'number-format';

describe(RULE, () => {
  it('is silent on the seeds and on our report (counts such as 三个方面 stay Chinese)', () => {
    expectSilentOnSeeds(RULE);
    expect(findingsOf(RULE, qingshan())).toEqual([]);
  });

  it('rewrites statistics in Chinese numerals with Arabic numerals', () => {
    const text = edit(qingshan(), '增长5.1%', '增长百分之五点一');
    expect(findingsOf(RULE, text).map((f) => f.message)).toEqual(['统计数字宜用阿拉伯数字：“百分之五点一”→“5.1%”']);
    expect(fixAndRelint(RULE, text).text).toBe(qingshan());
    const points = edit(qingshan(), '办好十件民生实事', '失业率下降零点五个百分点，办好十件民生实事');
    expect(fixAndRelint(RULE, points).text).toContain('下降0.5个百分点');
  });

  it('notes a figure written half in each', () => {
    expect(findingsOf(RULE, edit(qingshan(), '2023年是全面贯彻', '二0二三年是全面贯彻')).map((f) => f.message)).toEqual(['“二0二三”中文数字与阿拉伯数字混用']);
  });
});
