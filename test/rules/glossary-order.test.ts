import { describe, expect, it } from 'vitest';
import { findingsOf, fixAndRelint, qingshan, seed } from '../support.js';

const RULE = 'glossary-order';

describe(RULE, () => {
  it('is silent when entries follow first use and are numbered 1..n', () => {
    expect(findingsOf(RULE, seed('000'))).toEqual([]);
    expect(findingsOf(RULE, qingshan())).toEqual([]);
  });

  it('flags entries out of order of first use, and reorders them', () => {
    const text = qingshan().replace(/1\.(“百项千亿”工程.*)\n2\.(“三水统筹”.*)/, '1.$2\n2.$1');
    const f = findingsOf(RULE, text);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/先于/);
    const { text: fixed, after } = fixAndRelint(RULE, text);
    expect(after).toEqual([]);
    expect(fixed).toBe(qingshan());
  });

  it('flags numbering that is not 1..n and renumbers', () => {
    const text = qingshan().replace('2.“三水统筹”', '3.“三水统筹”');
    expect(findingsOf(RULE, text).map((x) => x.message)).toEqual(['条目编号应为 2，写作 3']);
    expect(fixAndRelint(RULE, text).text).toBe(qingshan());
  });
});
