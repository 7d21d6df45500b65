import { describe, expect, it } from 'vitest';
import { findingsOf, fixAndRelint, qingshan, seed, expectSilentOnSeeds } from '../support.js';

const RULE = 'duplicate-paragraph';

describe(RULE, () => {
  it('finds seed 004’s three repeated paragraphs (风险防范, thanks, problems) as three blocks', () => {
    const blocks = findingsOf(RULE, seed('004')).filter((f) => f.range.start.character === 0);
    expect(blocks.map((f) => `${f.range.start.line + 1}<=${f.related[0]!.range.start.line + 1}`)).toEqual(['52<=31', '62<=37', '68<=43']);
    expectSilentOnSeeds(RULE, ['004']);
  });

  it('deletes a repeated paragraph with its line', () => {
    const lines = qingshan().split('\n');
    const dup = [...lines.slice(0, 10), lines[8]!, ...lines.slice(10)].join('\n');
    const { text, after } = fixAndRelint(RULE, dup);
    expect(after).toEqual([]);
    expect(text).toBe(qingshan());
  });

  it('flags a long sentence repeated in another paragraph, not a short one', () => {
    const long = qingshan().replace('办好十件民生实事。', '办好十件民生实事。深入推进“三水统筹”，完成造林4.2万亩，全年接待游客86万人次。');
    expect(findingsOf(RULE, long)).toHaveLength(1);
    const short = qingshan().replace('办好十件民生实事。', '办好十件民生实事。成绩来之不易。').replace('坚持依法行政', '成绩来之不易。坚持依法行政');
    expect(findingsOf(RULE, short)).toEqual([]);
  });
});
