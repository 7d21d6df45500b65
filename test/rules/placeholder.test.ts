import { describe, expect, it } from 'vitest';
import { edit, findingsOf, qingshan, seed, expectSilentOnSeeds } from '../support.js';

const RULE = 'placeholder';

describe(RULE, () => {
  it('finds 略。 and (此文有删减) in seed 003 and nothing in the others', () => {
    expect(findingsOf(RULE, seed('003')).map((f) => `${f.range.start.line + 1}:${f.message}`)).toEqual([
      '10:文中留有占位内容“略。”，定稿前需补全或删除',
      '46:文中留有占位内容“(此文有删减)”，定稿前需补全或删除',
    ]);
    expectSilentOnSeeds(RULE, ['003']);
  });

  it('finds XXX, ××, 待补充 and TODO but not 战略。', () => {
    const text = edit(qingshan(), '办好十件民生实事', '××乡新建XXX项目，资金待补充，TODO 核实，实施发展战略。办好十件民生实事');
    expect(findingsOf(RULE, text).map((f) => f.message.match(/“(.*)”/)![1])).toEqual(['××', 'XXX', '待补充', 'TODO']);
  });
});
