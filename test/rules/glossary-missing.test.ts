import { describe, expect, it } from 'vitest';
import type { Conventions } from '../../server/src/engine/conventions/schema.js';
import type { TermStats } from '../../server/src/engine/glossary/stats.js';
import type { Finding } from '../../server/src/engine/types.js';
import { applyFix, defaultConventions, findingsOf, qingshan } from '../support.js';

const RULE = 'glossary-missing';

/**
 * Term statistics of our own making, so the expected answers do not come from the shipped
 * corpus figures: place 0 is national; places 1–4 write glossaries.
 */
function statsOf(terms: TermStats['terms']): TermStats {
  return { source: 'test', places: ['全国', '甲', '乙', '丙', '丁'], national: [0], files: {}, terms };
}

const STATS_TERMS: TermStats['terms'] = {
  两带三区: { e: [1, 2, 3] },
  千万工程: { e: [1, 2], a: [1, 2] },
  两个毫不动摇: { u: [1, 2], o: [0] },
  数智农场: { e: [2, 3, 4], a: [2, 3, 4] },
};
const STATS = statsOf(STATS_TERMS);

function conventions(terms: TermStats = STATS): Conventions {
  return { ...defaultConventions(), termStats: terms };
}

const lint = (text: string, extra: Partial<Parameters<typeof findingsOf>[2]> = {}) => findingsOf(RULE, text, { conventions: conventions(), ...extra });
const messages = (fs: Finding[]) => fs.map((f) => f.message);

/** A short report of our own: three explained slogans, a 名词解释 of three entries. */
const HEAD = `2024年青山县政府工作报告
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议。
一、2023年工作回顾
过去一年，我们深入推进“三链融合”，全面落实“四园联动”，建成“五个中心”。`;
const GLOSSARY = `名词解释
1.“三链融合”：产业链、创新链、人才链融合发展。
2.“四园联动”：工业园、农业园、物流园、文旅园协同发展。
3.“五个中心”：县域内的五个公共服务中心。`;
const report = (extra: string, glossary = GLOSSARY) => `${HEAD}\n${extra}\n二、2024年工作安排\n继续推进“三链融合”。\n\n${glossary}\n`;

describe(RULE, () => {
  it('flags a numbered slogan when the report explains all its other slogans, and says why', () => {
    const f = lint(report('今年启动“六水共治”。'));
    expect(messages(f)).toHaveLength(1);
    expect(f[0]!.message).toMatch(/^“六水共治”未在名词解释中说明：.*本文其他3个同类术语（数字略语和缩写）均有解释/);
    expect(f[0]!.severity).toBe('warning');
  });

  it('flags a term several other places explain, naming how many', () => {
    const text = report('实施“两带三区”布局。').replace('“五个中心”。', '“五个中心”，推进“一镇一品”。');
    const f = lint(text, { conventions: conventions() });
    expect(messages(f).some((m) => m.startsWith('“两带三区”未在名词解释中说明：在3个地方的名词解释中出现'))).toBe(true);
  });

  it('does not flag a term the sentence explains: an enumeration before it, a colon list after it', () => {
    expect(lint(report('坚持产业强、生态美、百姓富“三个目标”。'))).toEqual([]);
    expect(lint(report('全力打通“两纵”：东环路、西环路全线贯通。'))).toEqual([]);
  });

  it('does not flag national slogans: built in, or left unexplained by State Council reports', () => {
    expect(lint(report('落实“十四五”规划，坚持“两个毫不动摇”。'))).toEqual([]);
  });

  it('does not flag names and phrases that describe themselves', () => {
    expect(lint(report('开展“万名干部助企行”，建成“千亩梅园”，HALO广场开业，EDG战队主场落户。'))).toEqual([]);
  });

  it('matches width variants without calling them missing or unused, and reports the spelling once with a fix that makes them agree', () => {
    const glossary = `${GLOSSARY}\n4.“1＋10＋N”体系：一个总方案、十个专项方案和若干配套措施。`;
    const text = report('构建“1+10+N”体系。', glossary);
    const f = lint(text);
    expect(messages(f)).toEqual(['正文写作1+10+N，名词解释写作1＋10＋N']);
    expect(f[0]!.fixes[0]!.safe).toBe(true);
    const fixed = applyFix(text, f[0]!.fixes[0]!);
    expect(fixed).toContain('4.“1+10+N”体系：');
    expect(lint(fixed)).toEqual([]);
    expect(findingsOf('glossary-unused', text, { conventions: conventions() })).toEqual([]);
  });

  it('respells the body, not the entry, when the entry has the width that suits the letters (TD-LTE, not TD－LTE)', () => {
    const glossary = `${GLOSSARY}\n4.TD-LTE：第四代移动通信的一种制式。`;
    const text = report('建成TD－LTE基站二百个，TD－LTE网络覆盖全县。', glossary);
    // A term other places explain (a hyphenated acronym is a candidate only as such).
    const known = { conventions: conventions(statsOf({ ...STATS_TERMS, 'TD-LTE': { e: [1, 2], a: [1, 2] } })) };
    const f = lint(text, known);
    expect(messages(f)).toEqual(['正文写作TD－LTE，名词解释写作TD-LTE']);
    const fix = f[0]!.fixes[0]!;
    expect(fix.safe).toBe(true);
    expect(fix.title).toBe('将正文中的TD－LTE改为TD-LTE');
    const fixed = applyFix(text, fix);
    expect(fixed).toContain('建成TD-LTE基站二百个，TD-LTE网络');
    expect(fixed).toContain('4.TD-LTE：');
    expect(lint(fixed, known)).toEqual([]);
  });

  it('counts an entry that begins with the term and a noun, and a bracketed short form, as explaining it', () => {
    const glossary = `${GLOSSARY}\n4.PCT国际专利：按专利合作条约提出的国际专利申请。\n5.智能融合低空系统（SILAS）：低空飞行的感知与调度平台。`;
    const text = report('新增PCT申请120件，建设智能融合低空系统，SILAS覆盖全县。', glossary);
    expect(lint(text)).toEqual([]);
    expect(findingsOf('glossary-unused', text, { conventions: conventions() })).toEqual([]);
  });

  it('reports one term per place, the longest: 百千万工程, not also 千万工程 inside it', () => {
    const f = lint(report('实施百千万工程。'), {
      conventions: conventions(statsOf({ 千万工程: { e: [1, 2, 3] }, 百千万工程: { e: [1, 2, 3] } })),
    });
    expect(messages(f).map((m) => m.split('：')[0])).toEqual(['“百千万工程”未在名词解释中说明']);
  });

  it('without a 名词解释 reports nothing per term; the document hint is off by default', () => {
    const text = report('今年启动“六水共治”，实施“两带三区”布局。', '');
    expect(lint(text)).toEqual([]);
    const hint = lint(text, { settings: { ruleOptions: { [RULE]: { hintWithoutGlossary: true } } } });
    expect(hint).toHaveLength(1);
    expect(hint[0]!.severity).toBe('info');
    expect(hint[0]!.message).toContain('本文没有名词解释');
  });

  it('inserts the entry in the document’s own format: bracket numbering, full-width colon, renumbering after it', () => {
    const glossary = `名词解释\n（1）“三链融合”：产业链、创新链、人才链融合发展。\n（2）“四园联动”：四园协同发展。\n（3）“五个中心”：五个公共服务中心。`;
    const text = report('今年启动“六水共治”。', glossary);
    const f = lint(text);
    const fixed = applyFix(text, f[0]!.fixes[0]!);
    expect(fixed).toContain('（3）“五个中心”：五个公共服务中心。\n（4）“六水共治”：（释义待补充）\n');
  });

  it('offers a definition only where it carries over (several places define the term alike), else a placeholder', () => {
    const withDefinition: Conventions = {
      ...conventions(),
      glossary: [
        { term: '“数智农场”', keys: ['数智农场'], definition: '以数字技术和智能装备经营的农场。', source: 'own' },
        { term: '“两带三区”', keys: ['两带三区'], definition: '另一个地方的两条产业带和三个功能区。', source: 'own' },
      ],
    };
    const text = report('建设“数智农场”，实施“两带三区”布局。');
    const f = findingsOf(RULE, text, { conventions: withDefinition });
    const fixOf = (term: string) => applyFix(text, f.find((x) => x.message.startsWith(`“${term}”`))!.fixes[0]!);
    expect(fixOf('数智农场')).toContain('“数智农场”：以数字技术和智能装备经营的农场。');
    expect(fixOf('两带三区')).toContain('“两带三区”：（释义待补充）');
  });

  it('flags an unquoted term others explain at its own place after characters outside the BMP and a lone surrogate', () => {
    const line = '引进𠮷𠮷品种，\ud800建设数智农场。';
    const text = report(line);
    const f = lint(text).find((x) => x.message.startsWith('“数智农场”'));
    expect(f).toBeDefined();
    const lineNo = text.split('\n').indexOf(line);
    expect(f!.range).toEqual({ start: { line: lineNo, character: line.indexOf('数智农场') }, end: { line: lineNo, character: line.indexOf('数智农场') + 4 } });
  });

  it('adds all at once without adding a term twice or creating a second 名词解释', () => {
    const text = report('建设“数智农场”，实施“两带三区”布局，再建“数智农场”。');
    const f = lint(text);
    expect(f).toHaveLength(2);
    const all = f.flatMap((x) => x.fixes).find((x) => x.title.includes('全部'))!;
    const fixed = applyFix(text, all);
    expect(fixed.match(/名词解释/g)).toHaveLength(1);
    expect(fixed.match(/“数智农场”：/g)).toHaveLength(1);
    expect(fixed).toContain('4.“数智农场”：（释义待补充）\n5.“两带三区”：（释义待补充）\n');
    expect(lint(fixed)).toEqual([]);
  });

  it('does not flag a counted term whose next clauses name each member by its word', () => {
    expect(lint(report('去年主要指标实现“两个突破”，全县产值突破百亿元，财政收入突破十亿元。'))).toEqual([]);
  });

  it('does not flag titles and honours: a quoted phrase after 获评/荣获/入选 or before 评选/称号', () => {
    expect(lint(report('县医院获评全省“三星五优”，松林村入选“全国十大美丽村庄”，开展“青山八景”评选。'))).toEqual([]);
  });

  it('flags the same kind of phrase when it names a programme rather than an honour', () => {
    expect(messages(lint(report('全面实施“三星五优”培育计划。'))).map((m) => m.split('：')[0])).toEqual(['“三星五优”未在名词解释中说明']);
  });

  it('does not flag quantities and the short names of measures: “百亿级”, “十条”', () => {
    expect(lint(report('设立“百亿级”产业基金，出台稳就业“十条”措施。'))).toEqual([]);
  });

  it('does not flag an acronym on the report’s habit alone, nor a long capitalised brand', () => {
    expect(lint(report('建成LED路灯2000盏，KTVX商场开业，VIVACITY广场启用。'))).toEqual([]);
    const explained = conventions(statsOf({ ...STATS.terms, QTY: { e: [1, 2, 3] } }));
    expect(messages(lint(report('推行QTY质量追溯。'), { conventions: explained })).map((m) => m.split('：')[0])).toEqual(['“QTY”未在名词解释中说明']);
  });

  it('leaves a term to the corpus when glossary-writing places leave it unexplained: the report’s habit alone does not decide', () => {
    const mixed = conventions(statsOf({ ...STATS.terms, 六水共治: { e: [1], u: [2] } }));
    expect(lint(report('今年启动“六水共治”。'), { conventions: mixed })).toEqual([]);
    expect(lint(report('今年启动“六水共治”。'))).toHaveLength(1);
  });

  it('respects the user’s well-known terms', () => {
    expect(lint(report('今年启动“六水共治”。'), { settings: { wellKnownTerms: ['六水共治'] } })).toEqual([]);
  });

  it('is silent on our own report, whose slogans are all explained or common knowledge', () => {
    expect(lint(qingshan())).toEqual([]);
  });
});
