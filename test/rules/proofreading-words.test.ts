// Proofreading that reads words (issue 12): our own sentences for each false alarm seen on
// published reports, and the slips that must stay found.
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../support.js';

function report(year: number, review: string, plan: string): string {
  return [
    `${year}年松岭县政府工作报告`,
    `——${year}年1月10日在松岭县第九届人民代表大会第三次会议上`,
    '各位代表：',
    `一、${year - 1}年工作回顾`,
    `过去一年，全县地区生产总值增长5.2%。${review}`,
    `二、${year}年工作安排`,
    `主要预期目标是：地区生产总值增长5%左右。${plan}`,
    '三、全面加强政府自身建设',
    '坚持依法行政。各位代表！让我们团结奋斗！',
    '',
  ].join('\n');
}
const messages = (rule: string, text: string) => findingsOf(rule, text).map((f) => `${f.severity}: ${f.message}`);

describe('repeated-word reads words', () => {
  it.each([
    ['a planning period', '谋划“十五五”重大项目，衔接“十四五”规划。'],
    ['a counted reduplication', '一份份建议、一张张蓝图变成实景。'],
    ['rhetoric', '关键在于落实落实再落实。'],
    ['an exclamation', '游客在街区买买买。'],
    ['two words sharing a character', '建立健全全链条监管体系，培育创新新模式。'],
    ['a verb reduplicated to open a clause (ABAB)', '大家顾不上歇脚、收拾收拾身上的行装，又赶往下一个工地。'],
    ['a reduplicated noun after a noun (AA)', '街巷里叫卖声声，夜市灯火通明。'],
    ['a descriptive ABB before 的', '园区里到处是热腾腾的干劲、活跃跃的新业态。'],
    ['a tripled character inside quotes', '“一起种树，一起苗苗苗”的口号传遍全县，街头“逛逛逛”的人多了。'],
  ])('is silent on %s', (_name, sentence) => {
    expect(messages('repeated-word', report(2025, sentence, ''))).toEqual([]);
  });

  it('flags a word written twice', () => {
    expect(messages('repeated-word', report(2025, '湿地修复修复见效。', ''))).toEqual(['warning: “修复修复”疑似误重复了“修复”']);
  });

  it('flags a word followed by its own last character', () => {
    expect(messages('repeated-word', report(2025, '坚持稳产、增产产并重。', ''))).toEqual(['warning: “增产产”疑似误重复了“产”']);
  });

  it('flags a doubled word inside a clause even when a reduplicated verb could open one', () => {
    expect(messages('repeated-word', report(2025, '全面推进推进城乡融合。', ''))).toEqual(['warning: “推进推进”疑似误重复了“推进”']);
  });
});

describe('canonical-phrase needs evidence', () => {
  it('leaves a style variant several reports publish (人民满意的政府)', () => {
    expect(messages('canonical-phrase', report(2024, '', '建设人民满意的政府。'))).toEqual([]);
  });

  it('does not hold a report to a formulation written after it (中国现代化建设 in 2010)', () => {
    expect(messages('canonical-phrase', report(2010, '', '感谢关心中国现代化建设的朋友。'))).toEqual([]);
  });

  it('flags a broken formulation', () => {
    expect(messages('canonical-phrase', report(2024, '牢记习近平总书牢记嘱托。', ''))).toEqual(['error: “习近平总书牢记”疑为固定提法“习近平总书记”之误']);
  });

  it('names the old revenue name only after it was replaced, as a warning', () => {
    expect(messages('canonical-phrase', report(2014, '公共财政预算收入增长8%。', ''))).toEqual([]);
    expect(messages('canonical-phrase', report(2020, '一般公共财政预算收入增长8%。', ''))).toEqual(['warning: “一般公共财政预算收入”已更名为“一般公共预算收入”']);
  });
});

describe('traditional-char leaves names', () => {
  it('is silent on a character published reports use in names, and flags one they never use', () => {
    expect(messages('traditional-char', report(2024, '引进华昇新材料公司。', ''))).toEqual([]);
    expect(messages('traditional-char', report(2024, '跨境電商快速发展。', ''))).toEqual(['warning: 繁体字“電”，简体为“电”']);
  });
});

describe('year-consistency does the arithmetic the sentence asks for', () => {
  it('reads 去年 as the year before the report', () => {
    expect(messages('year-consistency', report(2022, '', '去年，我们隆重庆祝了中国共产党成立100周年。'))).toEqual([]);
    expect(messages('year-consistency', report(2022, '', '去年，我们隆重庆祝了中国共产党成立99周年。'))).toEqual(['error: 2021年是中国共产党成立100周年（始于1921年），不是99周年']);
  });

  it('asks, at info, when the sentence names no year', () => {
    const found = messages('year-consistency', report(2022, '', '我们隆重庆祝了中国共产党成立100周年。'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^info: 请核实：此句未写年份/);
  });
});

describe('repeated-word: a clause verb doubled', () => {
  it('flags 推动推动 at the start of a clause (published reports open clauses with 推动 and never double it)', () => {
    const f = findingsOf('repeated-word', '各位代表：\n今年，推动推动高质量发展，着力扩大有效投资。\n');
    expect(f.map((x) => x.message)).toEqual(['“推动推动”疑似误重复了“推动”']);
  });
});
