import { describe, expect, it } from 'vitest';
import { findingsOf, fixAndRelint, qingshan, seed, where } from '../support.js';

const RULE = 'glossary-unused';

describe(RULE, () => {
  it('is silent on seed 000 (its 16 entries are all used, some leniently: 三北, (C级)化工园区)', () => {
    expect(findingsOf(RULE, seed('000'))).toEqual([]);
    expect(findingsOf(RULE, qingshan())).toEqual([]);
  });

  it('flags an entry the body never uses, fades it, and removes it with renumbering', () => {
    const text = qingshan().replace('1.“百项千亿”工程', '1.“双轮驱动”：科技创新与制度创新。\n2.“百项千亿”工程').replace('2.“三水统筹”', '3.“三水统筹”');
    const f = findingsOf(RULE, text);
    expect(where(f)).toEqual(['25:glossary-unused']);
    expect(f[0]!.tags).toEqual(['unnecessary']);
    const { text: fixed, after } = fixAndRelint(RULE, text);
    expect(after).toEqual([]);
    expect(fixed).toBe(qingshan());
  });

  it('removes the last entry cleanly', () => {
    const text = `${qingshan().trimEnd()}\n3.“双轮驱动”：科技创新与制度创新。\n`;
    expect(fixAndRelint(RULE, text).text).toBe(qingshan());
  });
});
