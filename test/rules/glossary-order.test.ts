import { describe, expect, it } from 'vitest';
import { findingsOf, fixAndRelint, qingshan, seed } from '../support.js';

const RULE = 'glossary-order';

/** A report of our own whose body names five slogans in this order. */
const BODY = `2024年松河县政府工作报告
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议。
一、2023年工作回顾
过去一年，我们推进“两廊一环”建设，落实“三链协同”，开展“四季护河”行动，推行“五员进村”，建成“六馆一中心”。
二、2024年工作安排
继续推进“两廊一环”建设。
`;
const ENTRIES = ['“两廊一环”：两条生态廊道和一条环城绿道。', '“三链协同”：产业链、供应链、创新链协同。', '“四季护河”：一年四季分段开展河道保护。', '“五员进村”：五类服务人员定期进村。', '“六馆一中心”：县城六个场馆和一个文体中心。'];
const report = (order: number[]) => `${BODY}\n名词解释\n${order.map((i, k) => `${k + 1}.${ENTRIES[i]}`).join('\n')}\n`;

describe(RULE, () => {
  it('is silent when entries follow first use and are numbered 1..n', () => {
    expect(findingsOf(RULE, seed('000'))).toEqual([]);
    expect(findingsOf(RULE, qingshan())).toEqual([]);
    expect(findingsOf(RULE, report([0, 1, 2, 3, 4]))).toEqual([]);
  });

  it('flags the one entry out of place in a glossary that otherwise follows first use, and moves it', () => {
    const text = report([0, 3, 1, 2, 4]);
    const f = findingsOf(RULE, text);
    expect(f.map((x) => x.message)).toEqual(['其余条目按正文首次出现的顺序排列，“五员进村”在正文中先于“六馆一中心”出现，宜排在其前']);
    expect(f[0]!.range.start.line).toBe(text.split('\n').indexOf('2.“五员进村”：五类服务人员定期进村。'));
    const { text: fixed, after } = fixAndRelint(RULE, text);
    expect(after).toEqual([]);
    expect(fixed).toBe(report([0, 1, 2, 3, 4]));
  });

  it('says nothing when two or more entries are out of first-use order: the writer followed another order', () => {
    expect(findingsOf(RULE, report([4, 3, 2, 1, 0]))).toEqual([]);
    expect(findingsOf(RULE, report([1, 0, 3, 2, 4]))).toEqual([]);
  });

  it('says nothing about the order of a glossary too short to show one (fewer than four entries used)', () => {
    const text = qingshan().replace(/1\.(“百项千亿”工程.*)\n2\.(“三水统筹”.*)/, '1.$2\n2.$1');
    expect(findingsOf(RULE, text)).toEqual([]);
  });

  it('flags numbering that is not 1..n and renumbers without moving entries', () => {
    const text = qingshan().replace('2.“三水统筹”', '3.“三水统筹”');
    expect(findingsOf(RULE, text).map((x) => x.message)).toEqual(['条目编号应为 2，写作 3']);
    expect(fixAndRelint(RULE, text).text).toBe(qingshan());
  });
});
