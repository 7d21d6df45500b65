// The fix pipeline (engine/fix-all.ts): what fix-all and --fix may change, on our own documents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editsBetween, fixAll, keepsWords, wordsOf } from '../server/src/engine/fix-all.js';
import { applySpanEdits } from '../server/src/engine/fixes.js';
import type { LintOptions } from '../server/src/engine/lint.js';
import { DEFAULT_SETTINGS, type Rule } from '../server/src/engine/types.js';
import { defaultConventions, segmenter } from './support.js';

const options = (): LintOptions => ({ conventions: defaultConventions(), settings: DEFAULT_SETTINGS, segmenter });

/** A short report of our own: the year, a review paragraph, a plan paragraph and the headings. */
function report(year: number, review: string, plan: string, headings = ['一', '二', '三']): string {
  return [
    `${year}年松岭县政府工作报告`,
    `——${year}年1月10日在松岭县第九届人民代表大会第三次会议上`,
    '各位代表：',
    '现在，我代表县人民政府向大会报告工作，请予审议。',
    `${headings[0]}、${year - 1}年工作回顾`,
    `过去一年，全县地区生产总值增长5.2%。${review}`,
    `${headings[1]}、${year}年工作安排`,
    `主要预期目标是：地区生产总值增长5%左右。${plan}`,
    `${headings[2]}、全面加强政府自身建设`,
    '坚持依法行政，建设法治政府。',
    '各位代表！让我们团结奋斗，为建设美丽松岭而努力奋斗！',
    '',
  ].join('\n');
}

describe('the words guard', () => {
  it('accepts width and whitespace, refuses any other change', () => {
    const text = '增长5%,完成目标 。';
    expect(keepsWords(text, [{ span: { start: 4, end: 5 }, newText: '，' }])).toBe(true);
    expect(keepsWords(text, [{ span: { start: 9, end: 10 }, newText: '' }])).toBe(true);
    expect(keepsWords(text, [{ span: { start: 2, end: 3 }, newText: '6' }])).toBe(false);
    expect(keepsWords(text, [{ span: { start: 5, end: 7 }, newText: '' }])).toBe(false);
    expect(wordsOf('（一）增长，\u3000完成。')).toBe('一增长完成');
  });

  it('never applies a fix marked safe that changes words, whatever the rule says', () => {
    const liar: Rule = {
      id: 'liar',
      severity: 'warning',
      category: 'proofreading',
      fixable: true,
      description: { zh: '测试', en: 'test' },
      check: ({ model }) => {
        const at = model.text.indexOf('增长');
        return at < 0 ? [] : [{ span: { start: at, end: at + 2 }, message: { zh: '改', en: 'change' }, fixes: [{ title: { zh: '改', en: 'change' }, safe: true, edits: [{ span: { start: at, end: at + 2 }, newText: '下降' }] }] }];
      },
    };
    const text = report(2023, '工业增加值增长6%。', '');
    const result = fixAll(text, { ...options(), rules: [liar] });
    expect(result.text).toBe(text);
    expect(result.refused).toEqual([{ rule: 'liar', title: '改' }]);
  });
});

describe('fix-all changes only punctuation width and whitespace', () => {
  it('takes the document to its majority width, in more than one pass when a fix reveals another', () => {
    const text = report(2023, '新建学校3所,，改造道路12公里。', '');
    const result = fixAll(text, options());
    expect(result.text).toBe(text.replace('3所,，', '3所，'));
    expect(result.applied).toBeGreaterThanOrEqual(1);
  });

  it('converts a bracket with its partner (计划(2021-2025)，)', () => {
    const text = report(2023, '实施三年行动计划(2021-2025)，新建公园5个。', '');
    expect(fixAll(text, options()).text).toBe(text.replace('(2021-2025)', '（2021-2025）'));
  });

  // Each of these was rewritten by fix-all before the pipeline kept to punctuation and whitespace.
  const cases: [string, string][] = [
    ['a planning period (十五五)', report(2025, '', '谋划“十五五”重大项目，做好“十四五”收官工作。')],
    ['two words that share a character (安全全链条)', report(2024, '建立食品安全全链条监管体系。', '')],
    ['an older wording of a formulation (山水林田湖草, before 沙 was added)', report(2019, '', '实施山水林田湖草一体化保护和系统治理工程。')],
    ['a later plenary session (二十届四中全会)', report(2026, '', '深入贯彻党的二十届四中全会精神。')],
    ['a counted reduplication (一桩桩)', report(2026, '让群众从一桩桩实事中看到变化。', '')],
    ['a Chinese numeral in a fixed phrase (提高一个百分点)', report(2014, '服务业比重提高一个百分点。', '')],
    ['an anniversary of last year (去年…成立100周年)', report(2022, '', '去年，我们隆重庆祝了中国共产党成立100周年，今年要乘势而上。')],
    ['an anniversary of last year (新中国成立60周年)', report(2010, '', '去年，我们隆重庆祝新中国成立60周年，今年要再接再厉。')],
    ['a phrase before its canonical form existed (中国现代化建设)', report(2010, '', '向关心和支持中国现代化建设的各国朋友表示感谢。')],
    ['a style variant (人民满意的政府)', report(2024, '', '加快建设人民满意的政府。')],
    ['a name with a character OpenCC would convert (昇)', report(2024, '引进华昇新材料公司，新增产值3亿元。', '')],
    ['numbering that skips (四、 after 二、)', report(2024, '', '', ['一', '二', '四'])],
    [
      'a numbered targets paragraph',
      report(2026, '', '主要预期目标是：\n1.地区生产总值增长5%左右。\n2.一般公共预算收入增长4%。\n3.居民人均可支配收入增长与经济增长同步。'),
    ],
    ['a repeated word (修复修复)', report(2024, '生态修复修复见效。', '')],
    ['a Chinese numeral statistic (百分之六)', report(2024, '粮食产量增长百分之六。', '')],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(wordsOf(fixAll(text, options()).text)).toBe(wordsOf(text));
  });

  const sentences = [
    '全县地区生产总值增长5.2%', '谋划“十五五”重大项目', '建立健全全链条监管体系', '坚持山水林田湖草沙一体化保护和修复',
    '去年我们隆重庆祝了新中国成立70周年', '建设人民满意的政府', '引进华昇新材料公司', '落实落实再落实', '一件件实事做成',
    '生态修复修复见效', '跨境電商快速发展', '一般公共财政预算收入增长3%', '粮食产量增长百分之六', '完成造林4.2万亩',
    '习近平总书牢记掌舵领航', '中国现代化建设取得新成就', '城乡居民人均可支配收入分别增长5%、6%左右',
  ];
  const headings = ['一、2023年工作回顾', '二、2024年工作安排', '四、全面加强政府自身建设', '（一）扩大有效投资', '(三)推进乡村振兴', '1.“三水统筹”', '名词解释'];
  const marks = ['，', ',', '。', '.', '；', ';', '：', ':', '！', '!', '（', '(', '）', ')', '“', '”', '、', '。。', ',，', ' ', '\u3000', ''];
  const piece = fc.oneof(fc.constantFrom(...sentences), fc.constantFrom(...marks), fc.constantFrom(...marks));
  const line = fc.oneof(fc.constantFrom(...headings), fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join('')));
  const document = fc
    .tuple(fc.array(line, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n'))
    .map(([lines, eol]) => ['2024年松岭县政府工作报告', '各位代表：', ...lines].join(eol));

  it('property: after fix-all, any document reads the same with punctuation and whitespace removed', () => {
    fc.assert(
      fc.property(document, (text) => {
        expect(wordsOf(fixAll(text, options()).text)).toBe(wordsOf(text));
      }),
      { numRuns: 60 },
    );
  });

  it('property: editsBetween gives back the fixed text as small edits', () => {
    fc.assert(
      fc.property(document, (text) => {
        const fixed = fixAll(text, options()).text;
        const edits = editsBetween(text, fixed);
        expect(applySpanEdits(text, edits).text).toBe(fixed);
        if (fixed === text) expect(edits).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
