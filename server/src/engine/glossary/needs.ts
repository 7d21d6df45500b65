import type { Conventions } from '../conventions/schema.js';
import type { ReportModel } from '../model.js';
import type { EngineSettings, Message } from '../types.js';
import { findCandidates, type Candidate, type Shape } from './candidates.js';
import { coveredBy, entryKeys } from './match.js';
import { defaultTermStats, evidenceOf, foldTerm, type Evidence, type TermStats } from './stats.js';

/**
 * National slogans every reader knows (built-in; docs/rules/glossary-missing.md). The term
 * statistics add the corpus's own: terms national reports and glossary-writing places use
 * without explaining them.
 */
export const NATIONAL_TERMS = [
  '十三五', '十四五', '十五五', '两个确立', '两个维护', '四个意识', '四个自信', '四风', '双减', '三农', '放管服',
  '一带一路', '两山', '双碳', '三大攻坚战', '六稳', '六保', '五位一体', '四个全面', '两个一百年', '三去一降一补',
  '最多跑一次', '三严三实', '两学一做', '八项规定', '双一流', '两会', '三公', '双循环', '两新', '两重', '三保',
  '五个必由之路', '两不愁三保障', '一国两制', '三个代表', '四个现代化', '五大发展理念', '三个务必', '八八战略',
  // National economic and statistical terms (issue 11: used unexplained by writers all over the country).
  '三驾马车', '新三板', '四上', '五险一金', '九二共识', '十一五', '十二五', '三甲', '两个毫不动摇', '专精特新',
];

/** Shapes judged together for "the report's other terms of this kind are explained". */
const GROUP: Record<Shape, 'slogan' | 'coinage' | 'known'> = { formula: 'slogan', numbered: 'slogan', acronym: 'slogan', coinage: 'coinage', known: 'known' };
/** How often real glossaries explain each shape, roughly (the prior of the score). */
const PRIOR: Record<Shape, number> = { formula: 0.9, numbered: 0.8, acronym: 0.6, coinage: 0.35, known: 0.6 };

const STRONG_SCORE = 0.21;

export interface TermJudgement {
  candidate: Candidate;
  /** 0..1: how strongly the evidence says this term needs an entry. */
  score: number;
  /** Strong enough for a diagnostic (only in a report with a 名词解释). */
  strong: boolean;
  /**
   * Strongly needed whether or not the report has a 名词解释: `strong`, or (without one) several
   * places explain the term and few leave it unexplained. What 补全名词解释 preselects.
   */
  needed: boolean;
  reason: Message;
  evidence: Evidence;
}

export interface GlossaryState {
  /** Terms not explained in the report's 名词解释, best first. */
  missing: TermJudgement[];
  /** Body spelling differs from its entry only in width (`1+10+N` / `1＋10＋N`). */
  spellings: { candidate: Candidate; entryIndex: number; entryText: string; bodyText: string }[];
}

export function statsOf(conventions: Conventions): TermStats {
  // `termStats` is optional in the conventions schema (a user's archive may bring its own).
  return (conventions as Conventions & { termStats?: TermStats }).termStats ?? defaultTermStats;
}

export function commonTerms(conventions: Conventions, settings: EngineSettings): Set<string> {
  return new Set([...NATIONAL_TERMS, ...conventions.commonTerms, ...settings.wellKnownTerms].map(foldTerm));
}

const cache = new WeakMap<ReportModel, Map<string, GlossaryState>>();

/** Every candidate term of the body judged against the report's 名词解释 and the corpus evidence. */
export function judgeGlossary(model: ReportModel, conventions: Conventions, settings: EngineSettings): GlossaryState {
  const stats = statsOf(conventions);
  const cacheKey = `${stats.source}|${stats === defaultTermStats}|${settings.wellKnownTerms.join(',')}|${conventions.sources.join(',')}`;
  let perModel = cache.get(model);
  if (!perModel) cache.set(model, (perModel = new Map()));
  const hit = perModel.get(cacheKey);
  if (hit) return hit;
  const state = judge(model, conventions, settings, stats);
  perModel.set(cacheKey, state);
  return state;
}

/** Known terms per statistics and conventions' glossary: the same thousands on every lint. */
const knownCache = new WeakMap<object, WeakMap<object, Set<string>>>();

/** Terms others explain: the statistics' explained terms, then the conventions' glossary keys. */
function knownTerms(stats: TermStats, conventions: Conventions): Set<string> {
  let perStats = knownCache.get(stats.terms);
  if (!perStats) knownCache.set(stats.terms, (perStats = new WeakMap()));
  let known = perStats.get(conventions.glossary);
  if (known) return known;
  known = new Set<string>();
  for (const [k, v] of Object.entries(stats.terms)) if (v.e?.length) known.add(k);
  for (const g of conventions.glossary) for (const k of entryKeys(g.term, g.keys)) known.add(k);
  perStats.set(conventions.glossary, known);
  return known;
}

function judge(model: ReportModel, conventions: Conventions, settings: EngineSettings, stats: TermStats): GlossaryState {
  const common = commonTerms(conventions, settings);
  const known = knownTerms(stats, conventions);
  const entries = model.glossary?.entries ?? [];
  const keysOf = entries.map((e) => entryKeys(e.term, e.keys));
  const candidates = findCandidates(model, known);
  const spellings: GlossaryState['spellings'] = [];
  const open: Candidate[] = [];
  const explainedIn = new Map<Candidate, number>();
  for (const c of candidates) {
    const i = keysOf.findIndex((keys) => coveredBy(keys, c.key));
    if (i < 0) {
      open.push(c);
      continue;
    }
    explainedIn.set(c, i);
    // The same term spelt differently only in width: its own finding, fixed by agreeing.
    const entry = entries[i]!;
    const body = c.uses[0]!.text;
    const inEntry = [entry.term, ...entry.keys].map((k) => k.replace(/[“”"]/g, '')).find((k) => foldTerm(k) === c.key);
    if (inEntry && inEntry !== body && !entry.term.includes(body)) spellings.push({ candidate: c, entryIndex: i, entryText: inEntry, bodyText: body });
  }
  // The report's own habit: of its terms of each kind, how many its 名词解释 explains.
  const habit = new Map<string, { explained: number; open: number }>();
  for (const c of candidates) {
    if (c.inline || c.name || common.has(c.key)) continue;
    const h = habit.get(GROUP[c.shape]) ?? { explained: 0, open: 0 };
    if (explainedIn.has(c)) h.explained++;
    else h.open++;
    habit.set(GROUP[c.shape], h);
  }
  const hasGlossary = entries.length > 0;
  // National slogans stay in the checklist, last (some writers explain 五位一体 too), never
  // reported; the terms the user declared common leave it.
  const userCommon = new Set(settings.wellKnownTerms.map(foldTerm));
  const missing = open
    .filter((c) => !userCommon.has(c.key))
    .map((c) => judgeOne(c, evidenceOf(stats, c.key), habit.get(GROUP[c.shape]) ?? { explained: 0, open: 1 }, hasGlossary, common.has(c.key)))
    .sort((a, b) => b.score - a.score || a.candidate.uses[0]!.span.start - b.candidate.uses[0]!.span.start);
  return { missing, spellings };
}

/**
 * A judgement whose reason in words is written when it is read: a finding or the checklist
 * shows it for a few terms, most candidates never. (A class: an object literal with a getter
 * costs ten times as much to make.)
 */
class Judgement implements TermJudgement {
  #reason: Message | undefined;
  readonly #why: () => Message;
  constructor(
    readonly candidate: Candidate,
    readonly score: number,
    readonly strong: boolean,
    readonly needed: boolean,
    readonly evidence: Evidence,
    why: () => Message,
  ) {
    this.#why = why;
  }
  get reason(): Message {
    return (this.#reason ??= this.#why());
  }
}

function judgeOne(c: Candidate, ev: Evidence, habit: { explained: number; open: number }, hasGlossary: boolean, common: boolean): TermJudgement {
  const others = { explained: habit.explained, open: Math.max(0, habit.open - 1) };
  // One place leaving a term unexplained, none explaining it, is an anecdote (the same letters
  // may name another thing there): no evidence either way.
  const anecdote = ev.explained === 0 && ev.unexplained <= 1;
  const byCorpus = anecdote ? 0.5 : (ev.explained + 0.5) / (ev.explained + ev.unexplained + 1);
  const byReport = hasGlossary ? (others.explained + 1) / (others.explained + others.open + 2) : 0.5;
  let score = PRIOR[c.shape] * byCorpus * (0.3 + 0.7 * byReport);
  if (ev.national) score *= 0.3;
  if (c.inline || c.name || common) score *= 0.1;
  const corpusStrong = ev.explained >= 2 && ev.unexplained * 3 <= ev.explained && !ev.national;
  // The threshold: about 2 findings per 10k characters on real reports that have a 名词解释,
  // measured leave-one-place-out (docs/rules/glossary-missing.md). An acronym needs the
  // corpus's word: most are technical words every reader of the field knows (LED, GMP, LNG).
  // The report's habit alone speaks only where no glossary-writing place left the term unexplained.
  const reportStrong = (ev.unexplained === 0 || anecdote) && (c.shape === 'acronym' ? ev.explained >= 2 : GROUP[c.shape] === 'slogan' || ev.explained >= 2) && score >= STRONG_SCORE;
  const strong = hasGlossary && !c.inline && !c.name && !common && (corpusStrong || reportStrong);
  const needed = strong || (!hasGlossary && !c.inline && !c.name && !common && corpusStrong);
  return new Judgement(c, Math.round(score * 1000) / 1000, strong, needed, ev, () => reasonOf(c, ev, others, hasGlossary, common));
}

function reasonOf(c: Candidate, ev: Evidence, others: { explained: number; open: number }, hasGlossary: boolean, common: boolean): Message {
  const zh: string[] = [];
  const en: string[] = [];
  if (common) zh.push('全国通用提法'), en.push('a national slogan every reader knows');
  if (c.inline === 'enumeration') zh.push('句中已列举其内容'), en.push('the sentence lists what it stands for');
  if (c.inline === 'colon') zh.push('句中紧接着作了说明'), en.push('the sentence explains it right after');
  if (c.inline === 'repeat') zh.push('后文随即逐项说明'), en.push('the next clauses name each member');
  if (c.name) zh.push('像是名称或称号'), en.push('looks like a name or a title');
  if (ev.explained) zh.push(`在${ev.explained}个地方的名词解释中出现`), en.push(`explained in the glossary of ${ev.explained} place${ev.explained > 1 ? 's' : ''}`);
  if (ev.unexplained) zh.push(`${ev.unexplained}个有名词解释的地方未作解释`), en.push(`left unexplained by ${ev.unexplained} place${ev.unexplained > 1 ? 's' : ''} with a glossary`);
  if (ev.national) zh.push('国务院政府工作报告直接使用'), en.push('used unexplained in State Council reports');
  if (hasGlossary && others.explained + others.open > 0) {
    const kind = GROUP_NAMES[GROUP[c.shape]];
    if (!others.open) zh.push(`本文其他${others.explained}个同类术语（${kind.zh}）均有解释`), en.push(`the other ${others.explained} ${kind.en} of this report are all explained`);
    else zh.push(`本文同类术语（${kind.zh}）${others.explained + others.open}个中${others.explained}个有解释`), en.push(`${others.explained} of ${others.explained + others.open} ${kind.en} of this report are explained`);
  }
  if (!zh.length) zh.push(`${SHAPE_NAMES[c.shape].zh}，语料中未见`), en.push(`${SHAPE_NAMES[c.shape].en}, not seen in the corpus`);
  return { zh: zh.join('；'), en: en.join('; ') };
}

const GROUP_NAMES: Record<'slogan' | 'coinage' | 'known', Message> = {
  slogan: { zh: '数字略语和缩写', en: 'numbered slogans and acronyms' },
  coinage: { zh: '引号中的提法', en: 'quoted coinages' },
  known: { zh: '他处解释过的术语', en: 'terms explained elsewhere' },
};

const SHAPE_NAMES: Record<Shape, Message> = {
  formula: { zh: '数字组合', en: 'formulas' },
  numbered: { zh: '数字略语', en: 'numbered slogans' },
  acronym: { zh: '外文缩写', en: 'acronyms' },
  coinage: { zh: '引号中的新提法', en: 'quoted coinages' },
  known: { zh: '他处解释过的术语', en: 'terms explained elsewhere' },
};
