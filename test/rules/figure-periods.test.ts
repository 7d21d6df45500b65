// Figures compared like with like: each period/kind pair on sentences of our own, and the
// arithmetic checks of sum-mismatch, count-mismatch's themes and run-in lists, and
// target-phrasing's target forms, ranges and qualifier habits.
import { describe, expect, it } from 'vitest';
import { defaultConventions, findingsOf } from '../support.js';

/** A short report of our own: review paragraphs, plan paragraphs, the usual frame. */
function report(review: string[], plan: string[] = ['坚持稳中求进。']): string {
  return [
    '2024年青河县政府工作报告',
    '各位代表：',
    '现在，我代表县人民政府向大会报告工作，请予审议。',
    '一、2023年工作回顾',
    ...review,
    '二、2024年工作安排',
    ...plan,
    '三、全面加强政府自身建设',
    '坚持依法行政，建设人民满意政府。',
    '各位代表！让我们团结奋斗，为建设美丽青河而努力！',
  ].join('\n');
}

const mismatches = (text: string) => findingsOf('figure-mismatch', text);

describe('figure-mismatch compares like with like', () => {
  it('flags the same result of the same year restated with another value, as an error with data', () => {
    const f = mismatches(report(['全县地区生产总值完成120.5亿元，增长5.5%。', '产业发展稳步向好，全年地区生产总值完成125.5亿元。']));
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.data).toMatchObject({ indicator: '地区生产总值', samePeriod: true, measure: 'level', text: '125.5亿元', otherText: '120.5亿元', otherLine: 4, magnitude: false });
    expect(f[0]!.related[0]!.range.start.line).toBe(4);
  });

  it('does not compare this year’s target with last year’s result', () => {
    expect(mismatches(report(['地区生产总值增长5.5%。'], ['主要预期目标是地区生产总值增长6%左右。']))).toEqual([]);
  });

  it('does not compare a five-year total with one year', () => {
    expect(mismatches(report(['过去五年，城镇新增就业累计1.6万人。', '城镇新增就业3200人。']))).toEqual([]);
  });

  it('does not compare a yearly average over several years with one year', () => {
    expect(mismatches(report(['五年来，地区生产总值年均增长6.8%。', '地区生产总值增长5.5%。']))).toEqual([]);
  });

  it('does not compare a stock to date with a year’s increase', () => {
    expect(mismatches(report(['实际利用外资累计达到9.5亿美元。', '实际利用外资1.2亿美元。']))).toEqual([]);
  });

  it('reads a from-to pair as its two ends, not as two statements of one figure', () => {
    expect(mismatches(report(['一般公共预算收入从10.2亿元增加到12.3亿元，增加2.1亿元。', '一般公共预算收入完成12.3亿元。']))).toEqual([]);
  });

  it('does not compare a share, a ratio to plan, or a bracketed alternative', () => {
    const text = report(['社会消费品零售总额增长10.7%（按可比口径增长15.5%）。', '社会消费品零售总额完成年度计划的106%。', '社会消费品零售总额占全市比重达到12%。']);
    expect(mismatches(text)).toEqual([]);
  });

  it('compares counts like levels (an indicator the conventions learned)', () => {
    const conventions = { ...defaultConventions(), indicators: ['新开工项目'] };
    expect(findingsOf('figure-mismatch', report(['新开工项目56个。', '项目建设提速，新开工项目58个。']), { conventions })).toHaveLength(1);
  });

  it('does not compare part of a year with the whole year', () => {
    expect(mismatches(report(['1-11月，社会消费品零售总额增长7.2%。', '社会消费品零售总额增长6.8%。']))).toEqual([]);
  });

  it('flags a 亿/万 slip as a warning that says so', () => {
    const f = mismatches(report(['民生支出6.4亿元。', '财政保障有力，民生支出6400万元。']));
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.message).toContain('数量级');
    expect(f[0]!.data).toMatchObject({ magnitude: true });
  });

  it('reads 规上 as 规模以上, and a family name mismatch is a warning', () => {
    expect(mismatches(report(['规上工业增加值2077.5亿元。', '规模以上工业增加值2107.5亿元。']))).toHaveLength(1);
    const family = mismatches(report(['地方一般公共预算收入12.3亿元。', '一般公共预算收入12.8亿元。']));
    expect(family.map((f) => f.severity)).toEqual(['warning']);
    expect(family[0]!.message).toContain('名称不同');
  });

  it('gives a 分别 list’s values to its subjects in order', () => {
    const stated = '接待游客120万人次、实现旅游收入9.6亿元，分别增长8.2%和10.5%。';
    expect(mismatches(report([stated, '旅游收入增长10.5%。']))).toEqual([]);
    expect(mismatches(report([stated, '旅游收入增长12.5%。']))).toHaveLength(1);
  });

  it('flags growth rates a whole point apart (6% and 7% share no more than an end of their rounding)', () => {
    expect(mismatches(report(['地区生产总值增长6%。', '经济运行稳中有进，地区生产总值增长7%。']))).toHaveLength(1);
    expect(mismatches(report(['地区生产总值增长6%。', '经济运行稳中有进，地区生产总值增长6.0%。']))).toEqual([]);
  });

  it('compares a narrowed indicator (城市更新固定资产投资) with the same phrase only', () => {
    expect(mismatches(report(['城市更新固定资产投资32亿元。', '旧区改造有序推进，完成城市更新固定资产投资35亿元。']))).toHaveLength(1);
    expect(mismatches(report(['全县固定资产投资120亿元。', '旧区改造有序推进，完成城市更新固定资产投资35亿元。']))).toEqual([]);
  });

  it('reads the indicator after a verb or a date that opens the clause (带动, 2023年)', () => {
    expect(mismatches(report(['固定资产投资增长9.5%。', '重点项目加快建设，带动固定资产投资增长8.5%。']))).toHaveLength(1);
    expect(mismatches(report(['全年地区生产总值完成86.2亿元。', '2023年地区生产总值达到88.2亿元。']))).toHaveLength(1);
  });

  it('knows 全社会研发投入 and its short form', () => {
    expect(mismatches(report(['全社会研发投入3.2亿元。', '创新动能增强，研发投入3.6亿元。']))).toHaveLength(1);
  });

  it('does not let a record (“十三五”以来首次) or a period said after the figures frame later sentences', () => {
    const text = report(['全年地区生产总值86.2亿元，增速“十三五”以来首次突破两位数。一般公共预算收入5.1亿元。', '财政实力增强，一般公共预算收入5.4亿元。']);
    expect(mismatches(text)).toHaveLength(1);
  });

  it('lets a period that opens a later sentence frame the rest of the paragraph', () => {
    const text = report(['产业发展稳中有进。五年来，一般公共预算收入累计完成25.6亿元。城镇新增就业1.6万人。', '城镇新增就业3200人。']);
    expect(mismatches(text)).toEqual([]);
  });

  it('reads 完成145.7% after a growth as a ratio to plan, not a second growth', () => {
    expect(mismatches(report(['出口总额12亿美元，增长50.0%，完成145.7%。', '外贸稳中提质，出口总额增长50.0%。']))).toEqual([]);
  });

  it('dates the changes after a comparison base (与2018年相比), not the levels before it', () => {
    const text = report(['与2018年相比，地区生产总值增长48.3%、固定资产投资增长62.7%。', '地区生产总值增长5.5%，固定资产投资增长8.2%。']);
    expect(mismatches(text)).toEqual([]);
  });

  it('does not compare levels of different subjects (a twentyfold smaller value is a zone of the county)', () => {
    expect(mismatches(report(['全县固定资产投资完成410亿元，增长12.1%。', '产业园区加快建设，全年完成固定资产投资21亿元，增长30.5%。']))).toEqual([]);
  });
});

describe('sum-mismatch arithmetic', () => {
  const sums = (text: string) => findingsOf('sum-mismatch', text);

  it('flags growth that its own levels contradict, as info when prices may be comparable', () => {
    const f = sums(report(['规上工业总产值从73.9亿元增加到90.3亿元，增长14.1%。']));
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('info');
    expect(f[0]!.message).toContain('22.19%');
  });

  it('flags nominal growth that its levels contradict as a warning, and is silent when they agree', () => {
    expect(sums(report(['一般公共预算收入从10.2亿元增加到12.3亿元，增长15%。'])).map((f) => f.severity)).toEqual(['warning']);
    expect(sums(report(['一般公共预算收入从10.2亿元增加到12.3亿元，增长20.6%。']))).toEqual([]);
  });

  it('flags shares of one whole that add up to more than 100%', () => {
    const f = sums(report(['财政支出100亿元，其中，教育支出61.2亿元，占比61.2%，卫生支出38.8亿元，占比42.8%。']));
    expect(f.map((x) => x.message)).toContain('各分项占比之和为104%，超过100%');
  });

  it('flags a structure ratio that does not make 100', () => {
    expect(sums(report(['三次产业结构调整为8.1:38.5:54.3。'])).map((f) => f.message)).toEqual(['比例8.1:38.5:54.3各项之和为100.9，不等于100']);
    expect(sums(report(['三次产业结构调整为8.1:38.5:53.4。']))).toEqual([]);
  });

  it('breaks down counts of things like amounts', () => {
    expect(sums(report(['新增市场主体640家，其中国有企业3700家。'])).map((f) => f.message)).toEqual(['分项之和（3700家）与新增市场主体640家不符']);
    expect(sums(report(['新增市场主体640家，其中国有企业37家。']))).toEqual([]);
  });

  it('reads (其中…) in brackets as a breakdown', () => {
    expect(sums(report(['新增学位1050个（其中义务教育学位7500个）。']))).toHaveLength(1);
    expect(sums(report(['新增学位1050个（其中义务教育学位750个）。']))).toEqual([]);
  });

  it('does not take an output above its value added for a part', () => {
    expect(sums(report(['地区生产总值100亿元，增长5%，其中规上工业总产值260亿元。']))).toEqual([]);
  });

  it('does not break down an increase by parts of the stock, nor a share of another whole', () => {
    expect(sums(report(['全县市场主体净增1.2万户，其中企业达到3.5万户。']))).toEqual([]);
    expect(sums(report(['专利申请量1.25万件，其中发明专利5920件，占全市38.4%。']))).toEqual([]);
  });
});

describe('count-mismatch themes and characters', () => {
  const counts = (text: string) => findingsOf('count-mismatch', text);

  it('does not count a two-phrase theme or the characters of a slogan as items', () => {
    expect(counts(report(['开展“稳增长、保就业”十大专项行动。', '在“开放、创新、协调、共享”八个字上下功夫。']))).toEqual([]);
  });

  it('flags a run-in list with fewer or more names than announced (四大工程：A、B、C)', () => {
    const f = counts(report(['实施四大工程：产业升级工程、城市更新工程、民生保障工程。']));
    expect(f.map((x) => x.message)).toEqual(['宣布“四大工程”，实际列出3项']);
    expect(counts(report(['建设两个平台：集体资产管理平台、产权交易平台、财务监管平台。'])).map((x) => x.message)).toEqual(['宣布“两个平台”，实际列出3项']);
  });

  it('counts a run-in list whose last two names are joined by 和 either way, and skips lists that run on', () => {
    expect(counts(report(['建设四大新城：科技新城、滨河新城、空港新城和临港新城。']))).toEqual([]);
    expect(counts(report(['建设三大新城：科技新城、滨河新城、空港新城和临港新城。']))).toEqual([]);
    expect(counts(report(['整治八类隐患：占道经营、违章搭建、私拉电线等问题。']))).toEqual([]);
    expect(counts(report(['开展五大行动：违法建筑整治、疏导、断根、市场监管执法、土地整备。']))).toEqual([]);
  });

  it('counts the last two items joined by 和', () => {
    expect(counts(report(['争当“改革开放、科技创新和质量发展”三个排头兵。']))).toEqual([]);
    expect(counts(report(['争当“改革开放、科技创新和质量发展”四个排头兵。']))).toHaveLength(1);
  });
});

describe('target forms for target-phrasing', () => {
  const targets = (plan: string[]) => findingsOf('target-phrasing', report(['地区生产总值增长5.5%。'], plan));

  it('reads 主要预期目标是… without a colon', () => {
    const f = targets(['主要预期目标是地区生产总值增长6%，一般公共预算收入增长5%以上，固定资产投资增长8%以上。']);
    expect(f.map((x) => x.message)).toEqual(['“地区生产总值”的目标缺少限定语（其余目标均带“以上/左右”等），是否应为“6%以上”？']);
  });

  it('takes a range (5%-5.5%) for a qualified target', () => {
    expect(targets(['主要预期目标是：地区生产总值增长5%-5.5%，一般公共预算收入增长5%以上，固定资产投资增长8%以上。'])).toEqual([]);
    expect(targets(['主要预期目标是：地区生产总值增长6.5%到7%，一般公共预算收入增长5%以上，固定资产投资增长8%以上。'])).toEqual([]);
  });

  it('asks only for indicators writers habitually qualify: not a budget revenue, nor a binding reduction', () => {
    expect(targets(['主要预期目标是：地区生产总值增长6%以上，地方一般公共预算收入增长3%，固定资产投资增长8%以上。'])).toEqual([]);
    expect(targets(['主要预期目标是：地区生产总值增长6%以上，固定资产投资增长8%以上，万元GDP能耗、水耗分别下降3%、2%。'])).toEqual([]);
    expect(targets(['主要预期目标是：地区生产总值增长6%以上，固定资产投资增长8%，社会消费品零售总额增长7%以上。'])).toHaveLength(1);
  });

  it('counts the industries of 一二三产 as the subjects of 分别', () => {
    expect(targets(['主要预期目标是：地区生产总值增长5%左右，其中一二三产增加值分别增长3.5%左右、6%左右、5%左右。'])).toEqual([]);
    expect(targets(['主要预期目标是：地区生产总值增长5%左右，其中一二三产增加值分别增长3.5%左右、6%左右。'])).toHaveLength(1);
  });

  it('leaves the old revenue name to reports drafted before the 2015 budget law', () => {
    const old = (year: number) =>
      findingsOf('target-phrasing', report(['地区生产总值增长5.5%。'], ['主要预期目标是：地区生产总值增长6%左右，公共财政预算收入增长5%左右。']).replace(/2024/g, String(year)).replace(/2023/g, String(year - 1)));
    expect(old(2015)).toEqual([]);
    expect(old(2017).map((f) => f.message)).toEqual(['指标旧称“公共财政预算收入”，现称“一般公共预算收入”']);
  });

  it('reads one target per line after the opener', () => {
    const f = targets(['主要预期目标：', '地区生产总值增长6%左右；', '一般公共预算收入增长了5%左右；', '固定资产投资增长8%左右。']);
    expect(f.map((x) => x.message)).toEqual(['预期目标不应使用完成时“增长了”']);
  });
});
