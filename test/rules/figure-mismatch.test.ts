import { describe, expect, it } from 'vitest';
import { edit, findingsOf, qingshan, seed, where, expectSilentOnSeeds } from '../support.js';

const RULE = 'figure-mismatch';

describe(RULE, () => {
  it('is silent on the seeds (004 repeats paragraphs with the same figures) and on our report', () => {
    expectSilentOnSeeds(RULE);
    expect(findingsOf(RULE, qingshan())).toEqual([]);
  });

  it('flags the same indicator restated with another value, on the later statement', () => {
    const text = edit(qingshan(), '新开工项目56个', '新开工项目56个，全县地区生产总值达到215.3亿元');
    const f = findingsOf(RULE, text);
    expect(where(f)).toEqual(['8:figure-mismatch']);
    expect(f[0]!.message).toBe('“地区生产总值”（2022年实绩）前文为210.5亿元，此处为215.3亿元，数字不一致');
    expect(f[0]!.related[0]!.range.start.line).toBe(6);
  });

  it('converts units: 2.105万亿 is not 210.5亿, 21050000万元 is', () => {
    const differ = edit(qingshan(), '新开工项目56个', '地区生产总值完成2.105万亿元');
    expect(findingsOf(RULE, differ)).toHaveLength(1);
    const same = edit(qingshan(), '新开工项目56个', '地区生产总值完成2105000万元');
    expect(findingsOf(RULE, same)).toEqual([]);
  });

  it('treats approximations as intervals: 余, 近, 突破, 以上, 左右', () => {
    const agree = ['游客80余万人次', '游客近90万人次', '游客突破85万人次', '游客86.2万人次'];
    for (const restated of agree) expect(findingsOf(RULE, edit(qingshan(), '办好十件民生实事', `办好十件民生实事，全年接待${restated}`)), restated).toEqual([]);
    const disagree = ['游客90余万人次', '游客近80万人次', '游客突破90万人次'];
    for (const restated of disagree) expect(findingsOf(RULE, edit(qingshan(), '办好十件民生实事', `办好十件民生实事，全年接待${restated}`)), restated).toHaveLength(1);
  });

  it('does not compare the review year’s actuals with the plan year’s targets', () => {
    expect(findingsOf(RULE, seed('002'))).toEqual([]);
    const text = edit(qingshan(), '力争突破95亿元', '力争完成120亿元');
    expect(findingsOf(RULE, text)).toEqual([]);
  });

  it('does not compare growth with a total, or a sub-indicator with its indicator', () => {
    const text = edit(qingshan(), '新开工项目56个', '工业固定资产投资完成30亿元，同比增长3%');
    expect(findingsOf(RULE, text)).toEqual([]);
  });

  it('reads 增加值 after 规上工业总产值 as 规上工业增加值 (seed 000)', () => {
    const text = edit(seed('000'), '新型工业加速崛起。', '新型工业加速崛起。全年规上工业增加值增长6.5%。');
    expect(findingsOf(RULE, text).map((f) => f.message)).toEqual(['“规上工业增加值”（2023年实绩）前文为5.5%，此处为6.5%，数字不一致']);
  });

  it('keeps the values of a 分别 list apart', () => {
    const text = edit(qingshan(), '办好十件民生实事', '城乡居民人均可支配收入分别达到41200元、19800元');
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});
