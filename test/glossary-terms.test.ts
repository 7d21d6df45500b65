// The ranking behind `report-lint terms` and the editor's 补全名词解释 (engine glossary/complete.ts).
import { describe, expect, it } from 'vitest';
import type { Conventions } from '../server/src/engine/conventions/schema.js';
import { glossaryChoices } from '../server/src/engine/glossary/complete.js';
import type { TermStats } from '../server/src/engine/glossary/stats.js';
import { parseReport } from '../server/src/engine/parse/index.js';
import { DEFAULT_SETTINGS, type EngineSettings } from '../server/src/engine/types.js';
import { defaultConventions, segmenter } from './support.js';

/** Statistics of our own (no term of the tests below in them): place 0 is national. */
const STATS: TermStats = { source: 'test', places: ['全国', '甲', '乙'], national: [0], files: {}, terms: {} };
const conventions: Conventions = { ...defaultConventions(), termStats: STATS } as Conventions;

const HEAD = `2024年青山县政府工作报告
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议。
一、2023年工作回顾`;
const TAIL = `二、2024年工作安排
继续推进各项工作。`;

function choices(body: string, settings: Partial<EngineSettings> = {}) {
  const model = parseReport(`${HEAD}\n${body}\n${TAIL}\n`, segmenter);
  return glossaryChoices(model, conventions, { ...DEFAULT_SETTINGS, ...settings });
}
const ranked = (body: string, settings: Partial<EngineSettings> = {}) => choices(body, settings).map((c) => c.term);

describe('terms: the ranking', () => {
  it('ranks counted slogans above quoted coinages, including a count followed by a quantity word (“四个万户”)', () => {
    const order = ranked('开展“青山夜话”，推行“四个万户”，落实“三链融合”。');
    expect(order.indexOf('四个万户')).toBeLessThan(order.indexOf('青山夜话'));
    expect(order.indexOf('三链融合')).toBeLessThan(order.indexOf('青山夜话'));
  });

  it('counts one thing counted (“一大脑”, “一张图”) and merged schemes (“多测合一”), not one-X-one-Y phrases (“一村一策”)', () => {
    const order = ranked('推行“一村一策”，建设“一大脑”，绘制“一张图”，推进“多测合一”。');
    for (const counted of ['一大脑', '一张图', '多测合一']) expect(order.indexOf(counted)).toBeLessThan(order.indexOf('一村一策'));
  });

  it('lists national slogans last and never preselected; drops the terms the user declared common', () => {
    const list = choices('统筹推进“五位一体”，实施“三溪共治”，开展“青山夜话”。');
    expect(list.map((c) => c.term)).toEqual(['三溪共治', '青山夜话', '五位一体']);
    expect(list.at(-1)!.needed).toBe(false);
    expect(list.at(-1)!.reason.zh).toContain('全国通用提法');
    expect(ranked('统筹推进“五位一体”，实施“三溪共治”。', { wellKnownTerms: ['三溪共治'] })).toEqual(['五位一体']);
  });

  it('without a 名词解释 preselects only what the corpus says writers explain', () => {
    const stats: TermStats = { ...STATS, terms: { 三溪共治: { e: [1, 2] } } };
    const model = parseReport(`${HEAD}\n实施“三溪共治”，推行“四桥连通”。\n${TAIL}\n`, segmenter);
    const list = glossaryChoices(model, { ...conventions, termStats: stats } as Conventions, DEFAULT_SETTINGS);
    expect(list.map((c) => [c.term, c.needed])).toEqual([['三溪共治', true], ['四桥连通', false]]);
  });
});
