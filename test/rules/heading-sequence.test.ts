import { describe, expect, it } from 'vitest';
import { checkMarked, edit, findingsOf, fixAndRelint, qingshan, seed, where, expectSilentOnSeeds } from '../support.js';

const RULE = 'heading-sequence';

describe(RULE, () => {
  it('is silent on the seeds and on our own report', () => {
    expectSilentOnSeeds(RULE);
    expect(findingsOf(RULE, qingshan())).toEqual([]);
  });

  it('flags a skipped task number and renumbers the run', () => {
    const text = edit(qingshan(), '（二）推进乡村振兴', '（四）推进乡村振兴');
    const f = findingsOf(RULE, text);
    expect(where(f)).toEqual(['18:heading-sequence']);
    expect(f[0]!.message).toMatch(/跳号/);
    const { text: fixed, after } = fixAndRelint(RULE, text);
    expect(after).toEqual([]);
    expect(fixed).toBe(qingshan());
  });

  it('flags a repeated number among the review headings (seed 001)', () => {
    const text = edit(seed('001'), '(四)聚力抓整治', '(三)聚力抓整治');
    expect(findingsOf(RULE, text).map((f) => f.message)).toEqual(['标题编号“(三)”重号：此处应为第4项']);
    expect(fixAndRelint(RULE, text).text).toBe(seed('001'));
  });

  it('knows that 一是 restarts under each (N) and flags 一是…二是…四是 (seed 002)', () => {
    const text = edit(seed('002'), '二是扎实推动集镇管理', '三是扎实推动集镇管理');
    expect(findingsOf(RULE, text)).toHaveLength(1);
  });

  it('checks 一是…二是… inside one paragraph', () => {
    const marked = qingshan().replace('二是城乡差距较大，三是公共服务', '二是城乡差距较大，⟦四是|heading-sequence⟧公共服务');
    expect(checkMarked(marked, [RULE])).toEqual([]);
  });

  it('notes mixed full- and half-width brackets at one level as info', () => {
    const text = edit(qingshan(), '（三）增进民生福祉', '(三)增进民生福祉');
    const f = findingsOf(RULE, text);
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect(fixAndRelint(RULE, text).text).toBe(qingshan());
  });

  it('leaves a moved section to section-order (numbers are a permutation)', () => {
    const lines = seed('003').split('\n');
    const [line] = lines.splice(lines.findIndex((l) => l.startsWith('(十)')), 1);
    lines.splice(23, 0, line!);
    expect(findingsOf(RULE, lines.join('\n'))).toEqual([]);
  });
});
