import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine/lint.js';
import { learnConventions } from '../../server/src/engine/conventions/learn.js';
import { rule } from '../../server/src/engine/rules/typo.js';
import { DEFAULT_SETTINGS } from '../../server/src/engine/types.js';
import { defaultConventions, edit, findingsOf, fixAndRelint, qingshan, segmenter, typoModel } from '../support.js';

const RULE = 'typo';
const ANCHOR = '城镇新增就业3200人，办好十件民生实事。';
/** The fixture report with one sentence of our own added to a paragraph of the review. */
const withSentence = (sentence: string) => edit(qingshan(), ANCHOR, ANCHOR + sentence);
const messages = (text: string, settings = {}) => findingsOf(RULE, text, { settings }).map((f) => f.message);

describe(RULE, () => {
  it('has the model the build ships', () => {
    expect(typoModel).toBeDefined();
  });

  it('is silent on the fixture report as written', () => {
    expect(messages(qingshan())).toEqual([]);
  });

  it('flags a listed misspelling (布署 → 部署)', () => {
    expect(messages(withSentence('全县上下认真布署春耕备耕各项工作。'))).toEqual(['“布署”疑为“部署”']);
  });

  it('does not flag a correction that would take a character from the next word (时现有 → 实现, 各职能 → 个职)', () => {
    expect(messages(withSentence('老城片区改造时现有商户得到安置。全区、各职能部门通力协作。'))).toEqual([]);
  });

  it('flags a homophone (推近 → 推进)', () => {
    expect(messages(withSentence('我们将持续推近城乡融合发展。'))).toEqual(['“推近”疑为“推进”']);
  });

  it('flags a look-alike (建没 → 建设)', () => {
    expect(messages(withSentence('加快建没现代化产业体系。'))).toEqual(['“建没”疑为“建设”']);
  });

  it('writes the message in English on request', () => {
    const found = findingsOf(RULE, withSentence('全县上下认真布署春耕备耕各项工作。'), { locale: 'en' });
    expect(found.map((f) => f.message)).toEqual(['"布署" is probably a typo for "部署"']);
  });

  it('fixes the character (not safe), best correction first, and the fixed text is silent', () => {
    const text = withSentence('我们将持续推近城乡融合发展。');
    const [finding] = findingsOf(RULE, text);
    expect(finding!.fixes[0]!.safe).toBe(false);
    expect(finding!.fixes[0]!.edits.map((e) => e.newText)).toEqual(['进']);
    const fixed = fixAndRelint(RULE, text);
    expect(fixed.text).toBe(withSentence('我们将持续推进城乡融合发展。'));
    expect(fixed.after).toEqual([]);
  });

  it('leaves text inside quotes and 《》 (names and titles)', () => {
    expect(messages(withSentence('开展“推近城乡融合”主题活动，出台《关于布署春耕工作的通知》。'))).toEqual([]);
  });

  it('leaves a term of the document’s 名词解释', () => {
    const body = withSentence('实施推近工程，完成年度任务。');
    expect(messages(body).filter((m) => m.includes('推近'))).not.toEqual([]);
    const text = edit(body, '2.“三水统筹”：统筹水资源、水环境、水生态治理。', '2.“三水统筹”：统筹水资源、水环境、水生态治理。\n3.推近工程：县里推动近郊发展的工程。');
    expect(messages(text).filter((m) => m.includes('推近'))).toEqual([]);
  });

  it('leaves the user’s wellKnownTerms', () => {
    const text = withSentence('我们将持续推近城乡融合发展。');
    expect(messages(text, { wellKnownTerms: ['推近城乡'] })).toEqual([]);
  });

  it('leaves accepted variants (作决策 / 做决策, 会演 / 汇演)', () => {
    expect(messages(withSentence('科学作决策，举办文艺会演。科学做决策，举办文艺汇演。'))).toEqual([]);
  });

  it('re-checks only the paragraphs that changed', () => {
    const options = { conventions: defaultConventions(), settings: DEFAULT_SETTINGS, segmenter, typoModel, rules: [rule] };
    const text = withSentence('加快建没现代化产业体系。');
    lint(text, options);
    const before = new Set(typoModel!.paragraphCache.keys());
    const changed = edit(text, '完成造林4.2万亩', '完成造林4.5万亩');
    expect(lint(changed, options).findings.map((f) => f.message)).toEqual(['“建没”疑为“建设”']);
    const added = [...typoModel!.paragraphCache.keys()].filter((k) => !before.has(k));
    expect(added).toHaveLength(1);
    expect(added[0]).toContain('4.5万亩');
  });

  it('is silent without a model (the faces have not loaded it yet)', () => {
    const options = { conventions: defaultConventions(), settings: DEFAULT_SETTINGS, segmenter, rules: [rule] };
    expect(lint(withSentence('全县上下认真布署春耕备耕各项工作。'), options).findings).toEqual([]);
  });
});

describe('typo: parallel items are written to differ', () => {
  it('leaves an item whose correction would repeat another item (讲/重/强 before the same word)', () => {
    expect(messages(withSentence('干部要讲政治、重政治、强政治，敢于担当。'))).toEqual([]);
  });

  it('leaves a character the list repeats at the same place (…型、…型、…型)', () => {
    expect(messages(withSentence('把民生项目分为兜底型、基础型、提升型三类，逐项推进。'))).toEqual([]);
  });

  it('still flags a slip inside a list when the other items do not share it', () => {
    expect(messages(withSentence('持续推近城乡融合、深化城乡融合。'))).toEqual(['“推近”疑为“推进”']);
  });
});

describe('typo: a locality’s own names and standard spellings', () => {
  it('leaves the standard 城乡接合部 and the common 城乡结合部', () => {
    expect(messages(withSentence('完善城乡接合部的道路和管网。完善城乡结合部的道路和管网。'))).toEqual([]);
  });

  // Three reports of our own from one county: its enterprise 斤融集团 (a name the model reads as
  // a slip for 金融) in two of them, a real slip (建没) once, a listed misspelling (布署) twice.
  const archive = [
    { name: 'a.txt', text: withSentence('斤融集团完成投资十亿元，全县认真布署春耕。') },
    { name: 'b.txt', text: withSentence('斤融集团新建厂房两栋，全县认真布署秋收。') },
    { name: 'c.txt', text: withSentence('加快建没现代化产业体系。') },
  ];

  it('learns the names the archive writes twice that the model would correct, not slips or listed misspellings', () => {
    expect(messages(archive[0]!.text)).toContain('“斤融”疑为“金融”');
    const learned = learnConventions(archive, segmenter, typoModel);
    expect(learned.typoNames).toContain('斤融');
    expect(learned.typoNames).not.toContain('建没');
    expect(learned.typoNames).not.toContain('布署');
  });

  it('leaves the learned names and still flags slips with the learned conventions', () => {
    const conventions = learnConventions(archive, segmenter, typoModel);
    const text = withSentence('斤融集团扩大产能，加快建没产业园区。');
    expect(findingsOf(RULE, text, { conventions }).map((f) => f.message)).toEqual(['“建没”疑为“建设”']);
  });

  it('learns no names without the model (the conventions file stays valid)', () => {
    expect(learnConventions(archive, segmenter).typoNames).toEqual([]);
  });
});
