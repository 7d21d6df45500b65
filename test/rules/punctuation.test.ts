import { describe, expect, it } from 'vitest';
import { edit, findingsOf, fixAndRelint, qingshan, seed, expectSilentOnSeeds } from '../support.js';

const RULE = 'punctuation';

describe(RULE, () => {
  it('is silent on the seeds (normalised to half width) and on our full-width report', () => {
    expectSilentOnSeeds(RULE);
    expect(findingsOf(RULE, qingshan())).toEqual([]);
  });

  it('flags an unpaired quote and a doubled full stop', () => {
    const text = edit(edit(qingshan(), '深入推进“三水统筹”', '深入推进“三水统筹'), '办好十件民生实事。', '办好十件民生实事。。');
    expect(findingsOf(RULE, text).map((f) => f.message)).toEqual(['““”没有对应的“””', '标点“。”重复']);
    expect(fixAndRelint(RULE, text, (f) => f.fixes.length > 0).after.map((f) => f.message)).toEqual(['““”没有对应的“””']);
  });

  it('flags the minority width in Chinese text, and all half width when full width is required', () => {
    const text = edit(qingshan(), '坚持生态优先，环境质量', '坚持生态优先,环境质量');
    const f = findingsOf(RULE, text);
    expect(f.map((x) => x.message)).toEqual(['全文多用全角标点，此处“,”应为“，”']);
    expect(fixAndRelint(RULE, text).text).toBe(qingshan());
    const required = findingsOf(RULE, seed('001'), { settings: { punctuation: 'fullwidth' } });
    expect(required.length).toBeGreaterThan(100);
    expect(required[0]!.message).toMatch(/GB\/T 15834/);
  });

  it('takes the spaces typed after a half-width mark into its full-width fix', () => {
    const spaced = edit(qingshan(), '坚持生态优先，环境质量', '坚持生态优先,  环境质量');
    expect(fixAndRelint(RULE, spaced).text).toBe(qingshan());
    const fix = findingsOf(RULE, spaced)[0]!.fixes[0]!;
    expect(fix.safe).toBe(true);
    expect(fix.edits.map((e) => [e.range.end.character - e.range.start.character, e.newText])).toEqual([[3, '，']]);
  });

  it('does not count commas between digits', () => {
    expect(findingsOf(RULE, edit(qingshan(), '新开工项目56个', '新开工项目56个，投资1,200万元'))).toEqual([]);
  });
});
