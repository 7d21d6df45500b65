// The genre's vocabulary: how real reports word their parts, their 名词解释 and the web chrome
// around them. One place, read by the parser (parse/landmarks.ts, parse/glossary.ts,
// parse/body.ts), the learner (conventions/learn-skeleton.ts) and the TextMate grammar
// generator (scripts/gen-grammar.mjs).
//
// Patterns are regular-expression sources matched against width-folded text (full-width
// punctuation and digits folded to half width, text/fold.ts), so `:` also matches `：`.
// Each entry says why it is here: the evidence is the development corpus of 161 real reports
// (State Council 2000–2025, 14 provinces 2026, Guangdong, Shenzhen and its districts
// 2010–2025) described in docs/corpus.md, counted by scripts/dev/corpus-structure.mjs; what
// no corpus can teach (GB/T 9704 heading levels) cites the standard.
//
// `report-lint learn` adds wordings a user's archive uses in at least two reports
// (conventions `parts[].variants`); compileVocabulary() merges them in.

import type { PartKind } from '../model.js';

export interface Wording {
  /** Regular-expression source, matched against width-folded text. */
  pattern: string;
  /** Why it is built in: the corpus evidence or the standard. */
  why: string;
}

/** `{Y}` in a pattern stands for a year (`2024年`, `２０２４年` folded), `{N}` for a five-year-plan ordinal. */
const Y = '(?:\\d{4}|[一二〇零○]{4})年';
const FIVE = '“?十[一二三四五六七八九]?五”?';

/** Titles of the report's top-level parts (a `一、` heading or a standalone line). */
export const PART_TITLES: Record<'review' | 'fiveYear' | 'plan' | 'tasks' | 'selfBuilding', Wording[]> = {
  review: [
    { pattern: '回顾', why: '一、2023年工作回顾 / 过去五年工作回顾: the usual review heading in every level of the corpus' },
    { pattern: '工作总结|工作成效|主要成绩|取得的成就|发展成就', why: 'review headings of district and new-area reports' },
    { pattern: '目标任务完成情况|工作(?:完成)?情况$|工作进展', why: '2022年目标任务完成情况, 工作进展: reviews titled by what was done' },
    { pattern: '以来(?:的)?(?:主要)?工作', why: '新区成立以来的工作, 2019年和今年以来工作: reviews of a period' },
    { pattern: '^过去(?:一|五|的一)年|^本届政府', why: '过去一年工作, 本届政府工作回顾: State Council and term-end reviews' },
  ],
  fiveYear: [
    {
      pattern: `${FIVE}(?:时期|期间|规划)?(?:的)?(?:经济社会)?(?:发展)?(?:的)?(?:主要)?(?:目标|任务|思路|建议|规划|考虑|设想)`,
      why: '“十五五”时期主要目标任务: every 2026 provincial report; “十四五”/“十三五” sections in 2016 and 2021 reports',
    },
    { pattern: '(?:今后|未来)五年|新一届政府', why: '今后五年的主要工作, 未来五年总体思路, 新一届政府工作的总体思路: reports at the start of a term' },
  ],
  plan: [
    { pattern: '工作安排|工作计划|工作任务|工作打算|工作思路|工作重点|工作的?建议|工作部署|总体部署|总体思路|奋斗目标', why: 'the plan headings of the corpus: 2024年工作安排, 2019年工作总体部署, 2016年的工作重点, 对今年政府工作的建议' },
    { pattern: '总体要求|预期目标|主要目标|目标任务', why: '今年发展主要目标和工作总体部署, 2021年发展形势和总体要求' },
    { pattern: '重点工作|主要工作|重点任务|主要任务|做好.{0,6}(?:\\d{4}年|今年|明年).{0,8}工作', why: '2024年主要工作, 2026年重点工作, 高质量做好2022年各项工作: the plan when the year is the report year (做好外交工作 alone is a task)' },
  ],
  tasks: [
    { pattern: '重点工作|重点任务|主要任务', why: 'a separate tasks section after 总体要求和目标 (一、回顾 二、总体要求 三、重点工作)' },
  ],
  selfBuilding: [
    {
      pattern: '自身建设|政府效能|人民满意的?.{0,8}政府|政府治理能力|(?:法治|服务型|廉洁)政府建设|转变政府职能|政风建设|行政能力建设',
      why: '加强政府自身建设, 实施政府效能提升行动，努力建设人民满意政府, 加强行政能力建设和政风建设: the self-building task in every report',
    },
  ],
};

/** What the plan's last task is about when it is the self-building task under another name. */
export const GOVERNMENT_TASK: Wording = {
  pattern: '政府|治政|作风|廉洁|效能|依法行政|干部队伍|公务员',
  why: '（十）从严治政，提高政府服务质量和效率; 建设为民务实清廉的服务型政府: the last task of Shenzhen city and district plans',
};

/**
 * Words that show the plan speaks of the government's own conduct somewhere, even without a
 * recognisable 自身建设 part: section-missing stays silent then (38 of the corpus's published
 * reports word it in ways no title pattern catches: 全面提高行政效能, 要厉行法治、依法行政…).
 */
export const SELF_BUILDING_TRACES: Wording = {
  pattern: '自身建设|政府建设|依法行政|行政效能|作风建设|廉政|廉洁|从严治政|各级政府|政府工作人员|法治政府|服务型政府',
  why: 'the self-building content of corpus reports whose self-building part has no title of its own',
};

/** Words that show the plan states targets, even without a `主要预期目标是：` paragraph. */
export const TARGET_TRACES: Wording = {
  pattern: '(?:预期|主要|发展|奋斗|年度)目标|预期(?:增长|为|目标)|预计(?:增长|为)',
  why: 'district reports name their targets inside a task paragraph (实现年度目标) or not at all',
};

/** Part openers written as a sentence rather than a heading. */
export const PART_SENTENCES: Record<'review' | 'plan' | 'selfBuilding', Wording[]> = {
  review: [{ pattern: '^首先(?:报告|回顾).{0,16}工作', why: '首先报告2001年的工作: State Council reports 2000–2004' }],
  plan: [
    {
      pattern: '^(?:根据.{0,12}部署,)?(?:今年|明年|' + Y + ')(?:政府)?(?:工作|发展)(?:的)?(?:主要任务|总体要求|总体思路|基本思路|主要预期目标)',
      why: '今年工作的主要任务是… opening the plan of State Council reports without a plan heading',
    },
  ],
  selfBuilding: [
    {
      pattern: '^(?:各位代表[!,]?)?[^。!]{0,60}(?:政府自身建设|自身(?:能力)?建设|政府效能建设|对政府工作提出了?新的?更高要求)',
      why: '各位代表！…必须全面加强政府自身建设; 做好政府工作，需要不断加强自身能力建设: the self-building part written as a paragraph',
    },
  ],
};

/** The salutation line. */
export const SALUTATIONS: Wording[] = [
  {
    pattern: '^(?:各位(?:人大)?代表|同志们)(?:[、,](?:各位)?(?:同志们?|委员|政协委员|列席人员|来宾))*[:!,]?$',
    why: '各位代表：, 各位人大代表：, 各位代表、各位同志：, 同志们：(work-conference reports of new areas)',
  },
];

/** The opening sentence: the government reports its work to the congress. */
export const OPENINGS: Wording[] = [
  {
    pattern: '我代表.{0,20}(?:向大会(?:报告(?:政府)?工作|作(?:政府)?工作报告|报告)|报告)|请予审议|提请.{0,6}审议',
    why: '现在，我代表…向大会报告政府工作，请予审议 (first person: a news dateline saying that someone 向大会作政府工作报告 is not the opening)',
  },
];

/** The closing: the last call to action. */
export const CLOSINGS: Wording[] = [
  { pattern: '让我们|我们要|我们将', why: '让我们…团结奋斗！; 我们要…而努力奋斗！' },
];
export const CLOSING_ENDS: Wording[] = [
  { pattern: '(?:奋斗|努力|前进|贡献|篇章|奋进|新辉煌|新成绩|新业绩|新局面|新突破|新征程|力量|而奋斗)[!。]$', why: 'closings end on a call to strive' },
];
/** A standalone `各位代表！` line opens the closing paragraph that follows it. */
export const ADDRESS_LINE: Wording = { pattern: '^(?:各位(?:人大)?代表|同志们)[!,。]?$', why: 'a line of its own before the closing in State Council reports' };

/** Parts found by a paragraph's wording inside the review and the plan. */
export const INNER_PARTS = {
  thanks: { pattern: '(?:表示|致以)(?:最)?(?:衷心|诚挚|崇高|真诚|由衷)|衷心的感谢|崇高的敬意|的感谢和', why: '向…表示衷心感谢' },
  problemsCue: { pattern: '在肯定成绩的同时|同时也要看到|主要表现在|我们(?:也)?清醒|清醒(?:地)?(?:看到|认识到)|问题和不足|困难和问题|不足和问题|差距和不足', why: 'the problems paragraph' },
  problems: { pattern: '清醒(?:地)?(?:看到|认识到)|问题和不足|困难和问题|差距和不足|不足和问题|存在(?:一些)?(?:突出)?问题', why: 'the problems paragraph' },
  framing: { pattern: '^(?:各位代表,)?(?:\\d{4}年|今年|明年)是', why: '2024年是…关键一年' },
  requirements: { pattern: '(?:总体要求|总的要求|总体思路|指导思想|工作总要求)(?:是|为)?:', why: '今年政府工作的总体要求是：' },
  targets: {
    pattern: '(?:预期|奋斗|主要|发展)目标[^,。:;]{0,6}?(?:是|为)?:|(?:预期|主要)目标(?:是|为)(?=.{0,12}(?:生产总值|GDP|增长|收入|就业))',
    why: '主要预期目标是：…; 主要预期目标是地区生产总值增长…(no colon)',
  },
  taskList: { pattern: '重点(?:抓好|做好|把握|推进)|做好以下|以下(?:[一二三四五六七八九十\\d]+个)?(?:方面|几个方面)', why: '重点抓好以下工作：' },
} satisfies Record<string, Wording>;

/** 名词解释 headings: each pattern matches the whole heading line. */
export const GLOSSARY_HEADINGS: Wording[] = [
  {
    pattern:
      '(?:附件\\s*\\d{0,2}\\s*[:：]?\\s*|附[:：]\\s*)?(?:\\d{4}年)?《?(?:区|市|省|管委会)?(?:政府)?(?:工作报告)?》?(?:有关)?(?:内容)?(?:名\\s*词\\s*解\\s*释|名词、术语注释|名词术语注释|名词注释|术语注释|术语解释|名词术语解释|词语解释)[:：]?',
    why: '名词解释, 有关名词解释, 附：名词解释, 政府工作报告名词、术语注释, 《政府工作报告》有关内容名词注释, 管委会工作报告有关名词解释: 61 corpus reports',
  },
  { pattern: '【名词解释】', why: 'bracketed heading' },
  { pattern: '(?:注释|附注|注)[:：]|注释|附注', why: '注释：, 附注：: State Council reports 2010 and 2012' },
];

/** How a glossary entry is numbered: `1.` `1、` `[1]` `【1】` `(1)` `①`. Group 1 or 2 is the number. */
export const GLOSSARY_ENTRY_NUMBER: Wording = {
  pattern: '^(?:[\\[【(]\\s*(\\d{1,3})\\s*[\\]】)]\\s*[.、]?|(\\d{1,3})\\s*(?:[.、](?!\\d)|(?=[^\\d.,%年月日万亿个:\\s]))|([①-⑳]))\\s*',
  why: '1.  1、  [1]  [1].  (1)  ①: the entry numberings of the corpus glossaries',
};

/** A line of the list of attachments (`附件：1. 政府工作报告名词、术语注释`, `3. 2016年区政府民生实事计划清单`): not a heading. */
export const ATTACHMENT_LIST_LINE: Wording = {
  pattern: '^(?:附件\\s*[:：]?\\s*)?\\d{1,2}\\s*[.、．]\\s*.{0,30}(?:清单|名词解释|术语注释|名词注释)\\s*$',
  why: 'the attachment lists of Futian district reports 2014–2017',
};

/** Lines that end a glossary (the next attachment, page chrome). */
export const GLOSSARY_STOPS: Wording[] = [
  { pattern: '^附件\\s*[\\d一二三四五六七八九十]*\\s*[:：]?$|^附件\\s*\\d', why: 'the next attachment (民生实事 lists follow the glossary)' },
  { pattern: '^(?:\\d{4}年)?.{0,16}民生实事.{0,12}(?:清单|情况|计划|项目)$', why: 'the title of the 民生实事 list attached after the glossary' },
];

/** A pager after the text: the report goes on on another page (State Council pages 2006–2009). */
export const PAGER: Wording = { pattern: '下一页|下页', why: 'gov.cn articles split over pages: only the first page was kept' };

/** Web-page chrome around a report, from the corpus pages. */
export const CHROME_LINES: Wording[] = [
  { pattern: '^(?:标题|发文单位|发布机构|来源|时间|发布时间|日期|作者|责任编辑|编辑|正文|字号|当前位置|分享到|打印|关闭|下载|收藏|全屏|加大|还原|减小)\\s*[:：]', why: 'metadata headers and toolbars of government web pages' },
  { pattern: '^[(（]?\\s*责任编辑|^【(?:我要纠错|E-mail推荐|字体|打印|关闭)|扫一扫|^相关(?:报道|链接|文档|附件|新闻)|^<!--|-->$', why: '责任编辑 footers, toolbars, HTML comment residue' },
];

/** Chrome inside a paragraph: newspaper page jumps. */
export const CHROME_INLINE: Wording = { pattern: '[(（](?:下转|上接|紧接|转)第?[\\d一二三四五六七八九十]+版[)）]', why: '（下转第四版）（紧接第一版）in newspaper copies' };

/** Scraper escapes that stand for a space (`<U+00A0>`, 8 characters), folded to spaces. */
export const SPACE_ESCAPES: Wording = { pattern: '<U\\+00A0>', why: 'R-scraper escape for a non-breaking space in State Council pages 2000–2013' };

export const YEAR_PATTERN = Y;
