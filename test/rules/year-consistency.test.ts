import { describe, expect, it } from 'vitest';
import { edit, findingsOf, fixAndRelint, qingshan, seed, where, expectSilentOnSeeds } from '../support.js';

const RULE = 'year-consistency';

describe(RULE, () => {
  it('is silent on the seeds and on our own report', () => {
    expectSilentOnSeeds(RULE);
    expect(findingsOf(RULE, qingshan())).toEqual([]);
  });

  it('flags a plan year that is not the report year, and fixes it', () => {
    const text = edit(qingshan(), '二、2023年工作安排', '二、2024年工作安排');
    const f = findingsOf(RULE, text);
    expect(where(f)).toEqual(['13:year-consistency']);
    expect(f[0]!.related[0]!.range.start.line).toBe(1);
    expect(fixAndRelint(RULE, text).text).toBe(qingshan());
  });

  it('flags a review year that is not the previous year (seed 003)', () => {
    const text = edit(seed('003'), '一、2023年工作回顾', '一、2022年工作回顾');
    expect(findingsOf(RULE, text).map((f) => f.message)).toEqual(['年份 2022 与报告不符：工作回顾的年份应为上一年（2023）']);
    expect(fixAndRelint(RULE, text).text).toBe(seed('003'));
  });

  it('checks the year of a separate 重点工作 section (seed 004)', () => {
    const text = edit(seed('004'), '三、2024年重点工作', '三、2025年重点工作');
    expect(findingsOf(RULE, text).map((f) => f.message)).toEqual(['年份 2025 与报告不符：重点工作的年份应与工作安排一致（2024）']);
    expect(fixAndRelint(RULE, text).text).toBe(seed('004'));
  });

  it('checks anniversaries against founding years', () => {
    const text = edit(qingshan(), '新中国成立74周年', '新中国成立73周年');
    expect(findingsOf(RULE, text).map((f) => f.message)).toEqual(['2023年是新中国成立74周年（始于1949年），不是73周年']);
    expect(fixAndRelint(RULE, text).text).toBe(qingshan());
    const party = edit(qingshan(), '也是新中国成立74周年', '也是中国共产党成立100周年');
    expect(findingsOf(RULE, party)[0]!.message).toMatch(/102周年/);
    const region = edit(seed('000'), '2024年是新中国成立75周年', '2024年是内蒙古自治区成立77周年');
    expect(findingsOf(RULE, region)).toEqual([]);
    expect(findingsOf(RULE, edit(region, '成立77周年', '成立78周年'))).toHaveLength(1);
  });

  it('uses the review year for an anniversary stated in the review without a year', () => {
    const text = edit(qingshan(), '新开工项目56个', '隆重庆祝新中国成立73周年,新开工项目56个');
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe('year-consistency: anniversaries a sentence does not date', () => {
  const plan = (sentence: string) => edit(qingshan(), '2023年是全面贯彻落实党的二十大精神的开局之年，也是新中国成立74周年', sentence);

  it('leaves an event named by an anniversary (庆祝…周年大会) alone', () => {
    expect(findingsOf(RULE, plan('去年召开的庆祝改革开放45周年大会令人鼓舞，今年我们继续前进'))).toEqual([]);
  });

  it('leaves anniversaries the report looks forward to alone (将迎来…)', () => {
    expect(findingsOf(RULE, plan('今后几年，我们将迎来新中国成立80周年、建党110周年'))).toEqual([]);
  });

  it('takes a year as the anniversary’s year only when the sentence says 某年是…', () => {
    expect(findingsOf(RULE, plan('到2035年基本实现现代化，这一目标在建党100周年时已经提出'))).toEqual([]);
    expect(findingsOf(RULE, plan('2023年是新中国成立73周年')).map((f) => f.message)).toEqual(['2023年是新中国成立74周年（始于1949年），不是73周年']);
  });
});
