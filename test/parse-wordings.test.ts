// How real reports word their parts, their 名词解释 and the web page around them: each variant
// below is our own sentence in a shape the development corpus shows (genre/vocabulary.ts).
import { describe, expect, it } from 'vitest';
import { learnConventions } from '../server/src/engine/conventions/learn.js';
import { compileVocabulary } from '../server/src/engine/genre/compile.js';
import type { PartKind } from '../server/src/engine/model.js';
import { parseReport } from '../server/src/engine/parse/index.js';
import { reportSkeleton } from '../server/src/engine/skeleton.js';
import { lintText, segmenter } from './support.js';

/** A short report of our own; each part can be replaced by a variant. */
const PARTS = {
  title: '2025年临河区政府工作报告',
  salutation: '各位代表：',
  opening: '现在，我代表区人民政府向大会报告工作，请予审议。',
  review: '一、2024年工作回顾',
  reviewBody: '过去一年，全区地区生产总值增长5.2%，城乡居民收入稳步提高，各项社会事业全面进步，群众获得感不断增强。',
  thanks: '这些成绩的取得，离不开全区人民的共同奋斗。在此，我代表区人民政府，向全区人民表示衷心的感谢！',
  problems: '在肯定成绩的同时，我们也清醒地看到，发展中还存在一些困难和问题，主要表现在产业结构不优、创新能力不强。',
  plan: '二、2025年工作安排',
  framing: '2025年是“十四五”规划收官之年，做好今年工作意义重大。',
  targets: '主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长4%以上。',
  taskList: '重点抓好以下三个方面工作：',
  task1: '（一）做强特色产业。推进“两园三区”建设，新建标准化厂房五万平方米。',
  task2: '（二）办好民生实事。新增城镇就业两千人，改造老旧小区十个。',
  task3: '（三）守牢安全底线。开展安全生产隐患排查整治，确保社会大局稳定。',
  selfBuilding: '三、全面加强政府自身建设',
  selfBuildingBody: '坚持依法行政，持续改进作风，建设人民满意的服务型政府。',
  closing: '各位代表！让我们团结一心、苦干实干，为建设美丽临河而努力奋斗！',
  glossaryHeading: '名词解释',
  entries: '1.“两园三区”：区工业园、农业园和三个特色产业集聚区。',
};
type Part = keyof typeof PARTS;

function draft(over: Partial<Record<Part, string>> = {}): string {
  return (Object.keys(PARTS) as Part[]).map((k) => over[k] ?? PARTS[k]).filter((l) => l !== '').join('\n') + '\n';
}

function kinds(text: string): PartKind[] {
  return parseReport(text, segmenter).landmarks.map((l) => l.kind);
}

/** The part that starts on the line holding `words`. */
function partAt(text: string, words: string): string | undefined {
  const line = text.split('\n').findIndex((l) => l.includes(words));
  return reportSkeleton(parseReport(text, segmenter)).parts.find((p) => p.line === line)?.kind;
}

describe('parts worded as real reports word them', () => {
  it('reads our plain draft completely', () => {
    expect(kinds(draft())).toEqual(['salutation', 'opening', 'review', 'thanks', 'problems', 'plan', 'framing', 'targets', 'task-list', 'self-building', 'closing', 'glossary']);
  });

  const variants: [Part, string, PartKind][] = [
    ['salutation', '各位人大代表：', 'salutation'],
    ['salutation', '各位代表、各位同志：', 'salutation'],
    ['salutation', '同志们：', 'salutation'],
    ['review', '2024年工作回顾', 'review'],
    ['review', '一、过去一年工作回顾', 'review'],
    ['review', '一、2024年目标任务完成情况', 'review'],
    ['review', '一、关于2024年工作', 'review'],
    ['review', '“十四五”时期发展成就和2024年主要工作', 'review'],
    ['review', '一、2024年主要工作', 'review'],
    ['plan', '二、2025年工作打算', 'plan'],
    ['plan', '二、2025年工作思路', 'plan'],
    ['plan', '二、高质量做好2025年各项工作', 'plan'],
    ['plan', '二、对今年政府工作的建议', 'plan'],
    ['plan', '2025年重点工作', 'plan'],
    ['targets', '主要预期目标是地区生产总值增长5.5%左右，一般公共预算收入增长4%以上。', 'targets'],
    ['selfBuilding', '三、实施政府效能提升行动，努力建设人民满意政府', 'self-building'],
    ['closing', '我们要坚定信心、真抓实干，为建设美丽临河而努力奋斗！', 'closing'],
  ];
  it.each(variants)('%s worded “%s” is the %s', (part, words, kind) => {
    expect(partAt(draft({ [part]: words }), words)).toBe(kind);
  });

  it('reads unnumbered part titles with thematic 一、 headings under them', () => {
    const text = draft({ review: '2024年工作回顾', reviewBody: '一、坚持项目为王，经济运行稳中向好', plan: '2025年主要工作', selfBuilding: '', selfBuildingBody: '（四）加强政府自身建设。坚持依法行政，建设人民满意的服务型政府。' });
    const m = parseReport(text, segmenter);
    expect(m.headings.filter((h) => h.style === 'part').map((h) => h.part)).toEqual(['review', 'plan']);
    expect(kinds(text)).toContain('self-building');
  });

  it('takes a “十五五” section for the five-year plan, not for this year’s plan', () => {
    const text = draft({ framing: '', plan: '二、“十五五”时期主要目标任务', targets: '今后五年，地区生产总值年均增长5%左右。', taskList: '三、2025年重点工作' });
    const m = parseReport(text, segmenter);
    expect(m.landmarks.map((l) => l.kind)).toEqual(expect.arrayContaining(['five-year', 'plan']));
    const fiveYear = m.paragraphs.find((p) => m.norm.slice(p.span.start, p.span.end).startsWith('今后五年'))!;
    expect(fiveYear.topPart).toBe('five-year');
    expect(m.landmarks.filter((l) => l.kind === 'targets')).toEqual([]);
  });

  it('takes the plan’s last task for 自身建设 when it is about the government', () => {
    const text = draft({ selfBuilding: '', selfBuildingBody: '', task3: '（三）从严治政，提高政府服务质量和效率。坚持依法行政。' });
    expect(partAt(text, '从严治政')).toBe('self-building');
  });

  it('takes 自身建设 written as a paragraph of the plan', () => {
    const words = '各位代表！做好今年工作，必须全面加强政府自身建设，坚持依法行政，建设人民满意政府。';
    expect(partAt(draft({ selfBuilding: '', selfBuildingBody: words }), words)).toBe('self-building');
  });

  it('takes the paragraph after a standalone 各位代表！ for the closing', () => {
    const text = draft({ closing: '各位代表！\n新的一年，让我们团结一心、苦干实干，为建设美丽临河而努力奋斗！' });
    expect(partAt(text, '新的一年')).toBe('closing');
  });

  it('reports no missing part on any of these variants', () => {
    for (const [part, words] of variants) {
      expect(lintText(draft({ [part]: words }), { rules: ['section-missing', 'section-order'] }), `${part}: ${words}`).toEqual([]);
    }
  });
});

describe('名词解释 under its real headings and entry shapes', () => {
  const entries = (text: string) => parseReport(text, segmenter).glossary?.entries.map((e) => [e.number, e.term]);
  const heading = (h: string) => draft({ glossaryHeading: h, entries: '1.“两园三区”：区工业园、农业园和三个特色产业集聚区。\n2.“三水统筹”：统筹水资源、水环境和水生态。' });

  it.each(['有关名词解释', '附：名词解释', '政府工作报告名词、术语注释', '《政府工作报告》有关内容名词注释', '注释：', '附注：', '【名词解释】', '附件\n有关名词解释'])('finds a glossary headed “%s”', (h) => {
    expect(entries(heading(h))).toEqual([[1, '“两园三区”'], [2, '“三水统筹”']]);
  });

  it.each([
    ['（1）', '（2）'],
    ['①', '②'],
    ['[1]', '[2]'],
    ['1、', '2、'],
    ['１．', '２．'],
  ])('reads entries numbered %s %s', (a, b) => {
    const text = draft({ entries: `${a}“两园三区”：区工业园和农业园。\n${b}“三水统筹”：统筹水资源和水环境。` });
    expect(entries(text)).toEqual([[1, '“两园三区”'], [2, '“三水统筹”']]);
  });

  it('reads unnumbered 术语：释义 lines, an intro line, and a term line whose definition follows', () => {
    expect(entries(draft({ entries: '两园三区：区工业园、农业园和三个特色产业集聚区。\n三水统筹：统筹水资源和水环境。' }))).toEqual([[null, '两园三区'], [null, '三水统筹']]);
    expect(entries(draft({ entries: '本报告部分用语解释如下：\n1.两园三区：区工业园和农业园。' }))).toEqual([[1, '两园三区']]);
    const split = entries(draft({ entries: '1.“两园三区”：\n区工业园、农业园和三个特色产业集聚区。\n2.“三水统筹”：统筹水资源和水环境。' }));
    expect(split).toEqual([[1, '“两园三区”'], [2, '“三水统筹”']]);
  });

  it('takes the expected number even when digits follow it (5.2所…, 19.21世纪…)', () => {
    const text = draft({ entries: '1.两园三区：区工业园和农业园。\n2.5G基站：第五代移动通信基站。' });
    expect(entries(text)).toEqual([[1, '两园三区'], [2, '5G基站']]);
  });

  it('stops at the next attachment and invents no glossary', () => {
    const text = draft({ entries: '1.两园三区：区工业园和农业园。\n附件2\n2025年区政府民生实事计划清单\n1.新建幼儿园两所。' });
    expect(entries(text)).toEqual([[1, '两园三区']]);
    expect(parseReport(draft({ glossaryHeading: '', entries: '' }), segmenter).glossary).toBeUndefined();
  });

  it('keeps the 1.14大… line inside a glossary out of the headings', () => {
    const text = draft({ entries: '1.十四大产业集群：区里重点培育的十四个产业集群。\n2.两园三区：区工业园和农业园。' });
    expect(lintText(text, { rules: ['heading-sequence'] })).toEqual([]);
  });
});

describe('web pages around the report', () => {
  it('skips a metadata header and reads the title after it', () => {
    const text = '标题：2025年临河区政府工作报告\n发文单位：临河区人民政府\n来源：临河日报\n正文：\n' + draft();
    const m = parseReport(text, segmenter);
    expect(m.text.slice(m.title!.start, m.title!.end)).toBe('2025年临河区政府工作报告');
    expect(m.landmarks[0]!.kind).toBe('salutation');
  });

  it('does not take a photo caption for the title', () => {
    const text = '区长在大会上作政府工作报告。记者王明摄\n' + draft();
    const m = parseReport(text, segmenter);
    expect(m.text.slice(m.title!.start, m.title!.end)).toBe('2025年临河区政府工作报告');
  });

  it('marks a newspaper page jump inside a paragraph as chrome', () => {
    const text = draft({ reviewBody: '过去一年，全区地区生产总值增长5.2%，城乡居民收入（下转第四版）稳步提高，各项社会事业全面进步。' });
    const m = parseReport(text, segmenter);
    expect(m.chrome.map((s) => m.text.slice(s.start, s.end))).toEqual(['（下转第四版）']);
  });

  it('leaves a 责任编辑 footer out of the body', () => {
    const text = draft() + '（责任编辑：张三）\n';
    const m = parseReport(text, segmenter);
    expect(m.text.slice(m.body.start, m.body.end)).not.toContain('责任编辑');
  });

  it('reads a page holding the report twice as one report, with one finding', () => {
    const once = draft();
    const text = `${once}\n首页 > 政务公开 > 政府工作报告\n${once}`;
    const m = parseReport(text, segmenter);
    expect(m.repeats?.copies).toBe(2);
    expect(m.landmarks.filter((l) => l.kind === 'glossary')).toHaveLength(1);
    const repeats = lintText(text, { rules: ['duplicate-paragraph'] });
    expect(repeats.map((f) => f.message)).toEqual(['全文重复出现2次：从此处起是前文报告的重复']);
  });

  it('notes a page that stops before the report ends, instead of listing missing parts', () => {
    const text = draft({ selfBuilding: '', selfBuildingBody: '', closing: '', glossaryHeading: '', entries: '' }).replace(/（三）.*\n/, '') + '上一页 1 2 3 下一页\n';
    const f = lintText(text, { rules: ['section-missing'] });
    expect(f.map((x) => [x.severity, x.message.slice(0, 9)])).toEqual([['info', '文本在报告中途结束']]);
  });
});

describe('learning a wording the built-in vocabulary does not know', () => {
  const own = (name: string) => draft({ title: `2025年${name}政府工作报告`, review: '一、工作盘点', plan: '二、工作谋划' });

  it('recognises it after two reports of the archive use it, and not before', () => {
    const third = draft({ review: '一、工作盘点', plan: '二、工作谋划' });
    expect(kinds(third)).not.toContain('review');
    const once = learnConventions([{ name: 'a.txt', text: own('甲区') }], segmenter);
    expect(parseReport(third, segmenter, compileVocabulary(once)).landmarks.map((l) => l.kind)).not.toContain('review');
    const twice = learnConventions([{ name: 'a.txt', text: own('甲区') }, { name: 'b.txt', text: own('乙区') }], segmenter);
    expect(twice.learnedWordings).toEqual(expect.arrayContaining([{ kind: 'review', wording: '工作盘点', reports: 2 }, { kind: 'plan', wording: '工作谋划', reports: 2 }]));
    const learned = parseReport(third, segmenter, compileVocabulary(twice)).landmarks.map((l) => l.kind);
    expect(learned).toEqual(expect.arrayContaining(['review', 'plan']));
  });
});

describe('a file that holds several reports', () => {
  it('checks each report as a report', () => {
    const first = draft();
    const second = draft({
      title: '2025年东河区政府工作报告',
      reviewBody: '过去一年，全区经济稳中有进，新增市场主体三千余户，城乡面貌持续改善，民生保障水平稳步提高。',
      closing: '',
      entries: '1.“两园三区”：东河区工业园、农业园和三个产业集聚区。',
    });
    const text = `${first}\n${second}`;
    const secondStart = first.split('\n').length;
    const findings = lintText(text, { rules: ['section-missing', 'glossary-unused'] });
    // The second report's missing closing is found, in the second report; nothing is read as
    // part of the first report's 名词解释.
    expect(findings.map((f) => `${f.rule}:${f.range.start.line >= secondStart ? 'second' : 'first'}:${f.message}`)).toEqual(['section-missing:second:缺少“结束语”部分']);
  });

  it('reads one report alone as before', () => {
    expect(lintText(draft(), { rules: ['section-missing'] })).toEqual([]);
  });
});

describe('short documents and what follows the glossary', () => {
  it('keeps short lines after the last heading in the body', () => {
    const m = parseReport('各位代表：\n一、2024年工作回顾\n地区生产总值增长5%。\n财政收入增长3%。\n', segmenter);
    expect(m.text.slice(m.body.start, m.body.end)).toContain('财政收入增长3%。');
  });

  it('ends the glossary at a table', () => {
    const text = draft({ entries: '1.两园三区：区工业园和农业园。\n地区生产总值\t5.2\t5.5\n固定资产投资\t8.0\t6.0' });
    expect(parseReport(text, segmenter).glossary?.entries.map((e) => e.term)).toEqual(['两园三区']);
  });
});

describe('glossary entries on odd input', () => {
  it('keeps a term short when the entry has no colon (a run of numbers is not an 800-character term)', () => {
    const run = Array.from({ length: 300 }, (_, i) => i + 2).join('.');
    const text = draft({ entries: `1.两园三区：区工业园和农业园。\n2.${run}` });
    const terms = parseReport(text, segmenter).glossary!.entries.map((e) => e.term);
    expect(terms[0]).toBe('两园三区');
    expect(Math.max(...terms.map((t) => t.length))).toBeLessThanOrEqual(40);
  });
});
