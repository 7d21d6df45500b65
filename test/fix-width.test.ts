// Text a fix inserts follows the document's punctuation width (docs/fixes.md): a half-width
// report gets half-width marks, so accepting a fix never creates punctuation findings.
import { describe, expect, it } from 'vitest';
import type { Conventions } from '../server/src/engine/conventions/schema.js';
import type { TermStats } from '../server/src/engine/glossary/stats.js';
import { inWidth } from '../server/src/engine/fixes.js';
import { applyFix, defaultConventions, findingsOf, qingshan } from './support.js';

/** Our own report with its marks written half-width, as some districts publish. */
const halfWidth = (text: string) => text.replace(/，/g, ',').replace(/：/g, ':').replace(/；/g, ';').replace(/！/g, '!').replace(/（/g, '(').replace(/）/g, ')');

const dropLines = (text: string, from: string, count: number) => {
  const lines = text.split('\n');
  lines.splice(lines.findIndex((l) => l.startsWith(from)), count);
  return lines.join('\n');
};

describe('inWidth', () => {
  it('writes full-width marks half-width for a half-width document', () => {
    expect(inWidth('（请补充内容）：一是，二是！', 'half')).toBe('(请补充内容):一是,二是!');
  });

  it('writes half-width marks full-width only in Chinese context', () => {
    expect(inWidth('配比为1:1,增长(预计)较快', 'full')).toBe('配比为1:1，增长（预计）较快');
    expect(inWidth('PM2.5(fine particles)', 'full')).toBe('PM2.5(fine particles)');
  });

  it('leaves marks that have one width (、。“”) as they are', () => {
    expect(inWidth('一、“两个中心”。', 'half')).toBe('一、“两个中心”。');
  });
});

describe('section-missing inserts its heading skeleton in the document’s width', () => {
  it('half-width brackets in a half-width report, and no new punctuation findings', () => {
    const text = dropLines(halfWidth(qingshan()), '三、全面加强政府自身建设', 2);
    const finding = findingsOf('section-missing', text)[0]!;
    const fixed = applyFix(text, finding.fixes[0]!);
    expect(fixed).toContain('三、加强政府自身建设\n(请补充政府自身建设的内容)\n各位代表!');
    expect(findingsOf('punctuation', fixed)).toEqual(findingsOf('punctuation', text));
  });

  it('full-width brackets in a full-width report', () => {
    const text = dropLines(qingshan(), '三、全面加强政府自身建设', 2);
    const fixed = applyFix(text, findingsOf('section-missing', text)[0]!.fixes[0]!);
    expect(fixed).toContain('三、加强政府自身建设\n（请补充政府自身建设的内容）\n');
  });

  it('full-width brackets when the setting asks for full width', () => {
    const text = dropLines(halfWidth(qingshan()), '三、全面加强政府自身建设', 2);
    const finding = findingsOf('section-missing', text, { settings: { punctuation: 'fullwidth' } })[0]!;
    expect(applyFix(text, finding.fixes[0]!)).toContain('\n（请补充政府自身建设的内容）\n');
  });
});

describe('glossary entries are added in the document’s width', () => {
  const stats: TermStats = { source: 'test', places: ['全国', '甲', '乙', '丙'], national: [0], files: {}, terms: { 两带三区: { e: [1, 2, 3], a: [1, 2, 3] } } };
  const conventions = (glossary: Conventions['glossary'] = []): Conventions => ({ ...defaultConventions(), termStats: stats, glossary });
  const report = [
    '2024年青山县政府工作报告',
    '各位代表:',
    '现在,我代表县人民政府向大会报告工作,请予审议。',
    '一、2023年工作回顾',
    '过去一年,我们深入推进“三链融合”,全面落实“四园联动”,建成“五个中心”,实施“两带三区”布局(东部、西部)。',
    '二、2024年工作安排',
    '继续推进“三链融合”。',
    '',
    '名词解释',
    '1.“三链融合”:产业链、创新链、人才链融合发展。',
    '2.“四园联动”:工业园、农业园、物流园、文旅园协同发展。',
    '3.“五个中心”:县域内的五个公共服务中心。',
    '',
  ].join('\n');

  it('a half-width placeholder and colon in a half-width report', () => {
    const f = findingsOf('glossary-missing', report, { conventions: conventions() });
    const fixed = applyFix(report, f[0]!.fixes[0]!);
    expect(fixed).toContain('4.“两带三区”:(释义待补充)');
    expect(findingsOf('punctuation', fixed)).toEqual(findingsOf('punctuation', report));
  });

  it('a carried definition written half-width in a half-width report', () => {
    const carried = conventions([{ term: '“两带三区”', keys: ['两带三区'], definition: '两条产业带（沿江、沿路）和三个功能区。', source: 'own' }]);
    const f = findingsOf('glossary-missing', report, { conventions: carried });
    expect(applyFix(report, f[0]!.fixes[0]!)).toContain('4.“两带三区”:两条产业带(沿江、沿路)和三个功能区。');
  });
});
