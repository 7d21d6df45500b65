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

  it('flags a doubled word, a doubled particle and a word followed by its own last character', () => {
    const text = edit(qingshan(), '办好十件民生实事', '加快推进推进项目前期工作，完善标准化标准化体系，提升人民群众的的获得感，增产产两手发力，办好十件民生实事');
    expect(findingsOf(RULE, text).map((f) => f.message)).toEqual([
      '“推进推进”疑似误重复了“推进”',
      '“标准化标准化”疑似误重复了“标准化”',
      '“的的”疑似误重复了“的”',
      '“增产产”疑似误重复了“产”',
    ]);
  });

  it('leaves two words sharing a character alone, where the second opens with the first one’s last character', () => {
    // 业态, 侨眷, 博士后, 村道 are words: the character is written twice on purpose; 县县 and 户户 are reduplications.
    const text = edit(qingshan(), '办好十件民生实事', '培育商业业态，维护归侨侨眷权益，吸引博士博士后进站，推进城中村村道改造，实现县县通高速、户户通自来水，从管理导向向服务导向转变，办好十件民生实事');
    expect(findingsOf(RULE, text)).toEqual([]);
  });

  it('leaves reduplication and parallel forms alone', () => {
    const text = edit(qingshan(), '办好十件民生实事', '人人参与、常常研究研究，一件一件抓落实，兜住兜准兜牢民生底线，的的确确办好十件民生实事');
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});
