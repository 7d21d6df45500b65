import { describe, expect, it } from 'vitest';
import { edit, findingsOf, fixAndRelint, qingshan, seed, expectSilentOnSeeds } from '../support.js';

const RULE = 'traditional-char';

describe(RULE, () => {
  it('finds 電, 創 and 縛 in seed 004 and nothing in the other seeds', () => {
    expect(findingsOf(RULE, seed('004')).map((f) => f.message.slice(0, 6))).toEqual(['繁体字“電”', '繁体字“縛”', '繁体字“電”', '繁体字“創”']);
    expectSilentOnSeeds(RULE, ['004']);
  });

  it('converts to simplified', () => {
    const text = edit(qingshan(), '经济运行稳中向好', '經濟运行稳中向好');
    expect(findingsOf(RULE, text)).toHaveLength(2);
    const once = fixAndRelint(RULE, text);
    expect(fixAndRelint(RULE, once.text).text).toBe(qingshan());
  });

  it('flags a traditional character after a character outside the BMP, at its own offset', () => {
    const text = edit(qingshan(), '办好十件民生实事', '𠮷字旁边的電站，办好十件民生实事');
    const found = findingsOf(RULE, text);
    expect(found.map((f) => f.message.slice(0, 6))).toEqual(['繁体字“電”']);
    expect(fixAndRelint(RULE, text).text).toBe(edit(qingshan(), '办好十件民生实事', '𠮷字旁边的电站，办好十件民生实事'));
  });

  it('leaves characters that are simplified too (著名, 乾坤, 干部, 里面)', () => {
    expect(findingsOf(RULE, edit(qingshan(), '办好十件民生实事', '著名景区扭转乾坤，干部深入里面，办好十件民生实事'))).toEqual([]);
  });
});
