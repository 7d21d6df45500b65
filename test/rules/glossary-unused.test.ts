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

  it('counts uses a reader recognises: a part quoted inside the term, a leading qualifier dropped, one entry for two terms', () => {
    const glossary = (entries: string[]) => `${qingshan().trimEnd()}\n${entries.map((e, i) => `${i + 3}.${e}`).join('\n')}\n`;
    const text = glossary(['“三社联动”：社区、社会组织、社工联动。', '松河县“绿色账户”：居民分类投放积分账户。', '服务业营业税改征增值税：营业税改为增值税的试点。', '“两横两纵、三园三带”：县城路网和产业布局。'])
      .replace('办好十件民生实事。', '办好十件民生实事，促进“三社”联动，推广“绿色账户”，推进营业税改征增值税，建设“两横两纵”。');
    expect(findingsOf(RULE, text)).toEqual([]);
  });

  it('still flags an entry named nowhere, even when a short word of it occurs (`驱动`)', () => {
    const text = `${qingshan().trimEnd()}\n3.“双轮驱动”：科技创新与制度创新。\n`.replace('办好十件民生实事。', '办好十件民生实事，创新驱动发展。');
    expect(where(findingsOf(RULE, text))).toEqual(['27:glossary-unused']);
  });

  it('removes the last entry cleanly', () => {
    const text = `${qingshan().trimEnd()}\n3.“双轮驱动”：科技创新与制度创新。\n`;
    expect(fixAndRelint(RULE, text).text).toBe(qingshan());
  });
});
