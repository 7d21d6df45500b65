import { describe, expect, it } from 'vitest';
import { edit, findingsOf, fixAndRelint, qingshan, seed, expectSilentOnSeeds } from '../support.js';

const RULE = 'count-mismatch';

describe(RULE, () => {
  it('is silent on the seeds and on our report', () => {
    expectSilentOnSeeds(RULE);
    expect(findingsOf(RULE, qingshan())).toEqual([]);
  });

  it('flags a task count that differs from the (一)…(N) that follow, and changes the number', () => {
    const text = edit(qingshan(), '重点抓好三个方面工作', '重点抓好四个方面工作');
    const f = findingsOf(RULE, text);
    expect(f.map((x) => x.message)).toEqual(['宣布“四个方面”，实际列出3项']);
    const { text: fixed, after } = fixAndRelint(RULE, text);
    expect(after).toEqual([]);
    expect(fixed).toBe(qingshan());
  });

  it('counts quoted titles before 两项称号 (Chinese 两)', () => {
    const text = edit(qingshan(), '两项称号', '三项称号');
    expect(findingsOf(RULE, text).map((x) => x.message)).toEqual(['宣布“三项称号”，实际列出2项']);
    expect(fixAndRelint(RULE, text).text).toBe(qingshan());
  });

  it('counts the items of a quoted list before 三大X (seed 002)', () => {
    const text = edit(seed('002'), '“抓点示范、集中整治、常态保洁”三大行动', '“抓点示范、集中整治、常态保洁”两大行动');
    expect(findingsOf(RULE, text)).toHaveLength(1);
  });

  it('counts 一是…N是 after an announced count (seed 004)', () => {
    const text = edit(seed('004'), '重点把握四个关键', '重点把握五个关键');
    expect(findingsOf(RULE, text).map((x) => x.message)).toEqual(['宣布“五个关键”，实际列出4项']);
  });

  it('checks a glossary entry that counts its items (六大工程:一是…六是)', () => {
    const text = edit(seed('000'), '8.六大工程', '8.七大工程');
    expect(findingsOf(RULE, text).map((x) => x.message)).toEqual(['宣布“七大工程”，实际列出6项']);
  });

  it('counts a numbered list of 实事 after its announcement (seed 003)', () => {
    const text = edit(seed('003'), '办好以下实事:', '办好以下十一件实事:');
    expect(findingsOf(RULE, text).map((x) => x.message)).toEqual(['宣布“十一件实事”，实际列出10项']);
    expect(findingsOf(RULE, edit(seed('003'), '办好以下实事:', '办好以下十件实事:'))).toEqual([]);
  });

  it('accepts Arabic counts and keeps their form in the fix', () => {
    const text = edit(qingshan(), '重点抓好三个方面工作', '重点抓好4个方面工作');
    expect(fixAndRelint(RULE, text).text).toBe(edit(qingshan(), '重点抓好三个方面工作', '重点抓好3个方面工作'));
  });
});
