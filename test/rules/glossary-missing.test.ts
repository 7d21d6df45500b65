import { describe, expect, it } from 'vitest';
import { applyFix, edit, findingsOf, fixAndRelint, lintText, qingshan, seed } from '../support.js';

const RULE = 'glossary-missing';

/** Seed 000 with entry 10 (农牧区“三变”改革) removed and the rest renumbered, as a writer would. */
function withoutEntry10(): string {
  const lines = seed('000').split('\n');
  const i = lines.findIndex((l) => l.trimStart().startsWith('10.农牧区'));
  lines.splice(i, 1);
  return lines.map((l, j) => (j >= i && /^\s*\d+\./.test(l) ? l.replace(/\d+/, (n) => String(Number(n) - 1)) : l)).join('\n');
}

describe(RULE, () => {
  it('is silent on our own report, whose slogans are all explained or common knowledge', () => {
    expect(findingsOf(RULE, qingshan())).toEqual([]);
  });

  it('restores 三变 from the corpus as entry 10, renumbers the rest, and re-lints clean', () => {
    const text = withoutEntry10();
    const f = findingsOf(RULE, text).find((x) => x.message.includes('三变'))!;
    expect(f.severity).toBe('warning');
    const { text: fixed, after } = fixAndRelint(RULE, text, (x) => x.message.includes('三变'));
    expect(after.some((x) => x.message.includes('三变'))).toBe(false);
    expect(fixed).toContain('    10.农牧区“三变”改革:资源变资产、资金变股金、农民变股东。\n    11.“千万工程”经验:');
    expect(fixed.split('\n').filter((l) => /^\s*16\.“一规划两纲要”/.test(l))).toHaveLength(1);
    // Nothing else changed: the fix restores exactly the seed.
    expect(fixed).toBe(seed('000'));
  });

  it('adds a new slogan with a visible placeholder, numbered in order of first use', () => {
    const text = edit(qingshan(), '新开工项目56个', '新开工项目56个，落实“两带三区”布局');
    const f = findingsOf(RULE, text);
    expect(f.map((x) => x.message)).toEqual(['“两带三区”未在名词解释中说明']);
    const { text: fixed, after } = fixAndRelint(RULE, text);
    expect(after).toEqual([]);
    expect(fixed).toContain('2.“两带三区”：（释义待补充）\n3.“三水统筹”');
  });

  it('does not flag idioms, names, titles, one-X-one-Y phrases or national common knowledge', () => {
    const extras = '坚持“一村一策”，打造“青山号”旅游专列，争创“全国文明城市”，推进“放管服”改革，落实“十四五”规划，做到“接二连三”';
    expect(findingsOf(RULE, edit(qingshan(), '新开工项目56个', `新开工项目56个，${extras}`))).toEqual([]);
  });

  it('respects the user’s well-known terms', () => {
    const text = edit(qingshan(), '完成造林4.2万亩', '实施“两带三区”布局，完成造林4.2万亩');
    expect(findingsOf(RULE, text, { settings: { wellKnownTerms: ['两带三区'] } })).toEqual([]);
  });

  it('without a 名词解释, reports each term once at info and can create the section', () => {
    const text = qingshan().split('\n名词解释')[0]!;
    const f = findingsOf(RULE, text);
    expect(f.map((x) => `${x.severity}:${x.message}`)).toEqual([
      'info:“百项千亿”可能需要在名词解释中说明（本文没有名词解释）',
      'info:“三水统筹”可能需要在名词解释中说明（本文没有名词解释）',
    ]);
    const all = f[0]!.fixes.find((x) => x.title.includes('全部'))!;
    expect(all).toBeDefined();
    const { after, text: fixed } = fixAndRelint(RULE, text, () => true, 1);
    expect(after).toEqual([]);
    expect(fixed).toMatch(/名词解释\n1\.“百项千亿”：（释义待补充）\n2\.“三水统筹”：（释义待补充）\n$/);
  });

  it('finds unquoted corpus terms (六大工程) and acronyms, matching entries leniently', () => {
    expect(findingsOf(RULE, seed('000')).map((x) => x.message)).not.toContain('“三北”未在名词解释中说明');
    const text = edit(qingshan(), '新开工项目56个', '新开工项目56个，建成LNG加气站2座');
    expect(findingsOf(RULE, text).map((x) => x.message)).toEqual(['“LNG”未在名词解释中说明']);
  });

  it('carries the term in data for the “treat as common knowledge” action', () => {
    const text = edit(qingshan(), '完成造林4.2万亩', '实施“两带三区”布局，完成造林4.2万亩');
    expect(lintText(text, { rules: [RULE] })[0]!.data).toEqual({ term: '两带三区' });
  });
});

describe('each entry of seed 000 removed in turn', () => {
  const lines = seed('000').split('\n');
  const first = lines.findIndex((l) => /^\s*1\./.test(l));
  it.each([...Array(16).keys()].map((i) => i + 1))('entry %i is reported as missing at its first use, and the fix restores the seed', (n) => {
    const draft = [...lines];
    draft.splice(first + n - 1, 1);
    for (let j = first + n - 1; j < first + 15; j++) draft[j] = draft[j]!.replace(/\d+/, (x) => String(Number(x) - 1));
    const text = draft.join('\n');
    const before = new Set(findingsOf(RULE, seed('000')).map((f) => f.message));
    const added = findingsOf(RULE, text).filter((f) => !before.has(f.message));
    expect(added.length).toBeGreaterThan(0);
    const fixed = applyFix(text, added[0]!.fixes[0]!);
    expect(fixed).toBe(seed('000'));
  });
});
