import { describe, expect, it } from 'vitest';
import { defaultConventions, edit, findingsOf, fixAndRelint, qingshan, seed, expectSilentOnSeeds } from '../support.js';

const RULE = 'canonical-phrase';

describe(RULE, () => {
  it('finds 习近平总书牢记 in seed 004 (twice: the paragraph is repeated) and the old name in 003', () => {
    expect(findingsOf(RULE, seed('004')).map((f) => f.message)).toEqual(['“习近平总书牢记”疑为固定提法“习近平总书记”之误', '“习近平总书牢记”疑为固定提法“习近平总书记”之误']);
    expect(findingsOf(RULE, seed('003')).map((f) => f.message)).toEqual(['“一般公共财政预算收入”已更名为“一般公共预算收入”']);
    expectSilentOnSeeds(RULE, ['003', '004']);
    expect(findingsOf(RULE, qingshan())).toEqual([]);
  });

  it('catches a changed, dropped or added character and restores the formulation', () => {
    for (const slip of ['铸牢中华民族共同体意志', '铸牢中华民族同体意识', '铸牢中华民族共共同体意识']) {
      const text = edit(qingshan(), '建设法治政府', `${slip}，建设法治政府`);
      const f = findingsOf(RULE, text);
      expect(f.map((x) => x.message), slip).toEqual([`“${slip}”疑为固定提法“铸牢中华民族共同体意识”之误`]);
      expect(fixAndRelint(RULE, text).text).toBe(edit(qingshan(), '建设法治政府', '铸牢中华民族共同体意识，建设法治政府'));
    }
  });

  it('finds a slip among the first three characters from the last three, and two phrases side by side', () => {
    const text = edit(qingshan(), '建设法治政府', '学习习近乎新时代中国特色社会主义思想和铸牢中华民族同体意识，建设法治政府');
    expect(findingsOf(RULE, text).map((x) => x.message)).toEqual([
      '“习近乎新时代中国特色社会主义思想”疑为固定提法“习近平新时代中国特色社会主义思想”之误',
      '“铸牢中华民族同体意识”疑为固定提法“铸牢中华民族共同体意识”之误',
    ]);
  });

  it('uses formulations learned from the corpus', () => {
    const conventions = { ...defaultConventions(), canonicalPhrases: ['黄河流域生态保护和高质量发展'] };
    const text = edit(qingshan(), '建设法治政府', '推动黄河流域生态保护和高质量发辰，建设法治政府');
    expect(findingsOf(RULE, text, { conventions })).toHaveLength(1);
  });
});
