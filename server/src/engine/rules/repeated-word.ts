import type { ReportModel } from '../model.js';
import type { Rule, RuleFinding } from '../types.js';
import evidence from '../text/proofreading-evidence.json';
import { corpusWordAt, corpusWordBefore, isCorpusWord } from '../text/corpus-words.js';
import { icuWords } from '../text/word-breaker.js';
import { msg } from './util.js';

/** Verbs that are reduplicated on purpose (研究研究: "look into it"); built-in. */
const REDUPLICABLE = new Set(['研究', '学习', '商量', '讨论', '了解', '考虑', '琢磨', '交流', '休息', '打听', '比较', '锻炼', '活动', '检查', '看看', '走走', '谈谈']);
/** Function words that are never doubled in prose. */
const PARTICLES = new Set(['的', '了', '和', '在', '是', '对', '把', '被', '与', '及', '将', '为', '以', '地', '得', '等', '向', '从']);

/**
 * Characters that prefix a noun (全链条, 新模式, 多领域): after a word ending in the same
 * character (健全 + 全链条, 创新 + 新模式) the two are different words, not a repeat.
 */
const NOUN_PREFIXES = new Set(['全', '新', '大', '多', '高', '总', '超', '非', '准', '副', '微', '强', '优', '智', '双']);

/** What may stand before a clause: its first word then follows punctuation or the paragraph's start. */
const CLAUSE_START = /^$|[\p{P}\s]$/u;
/** Words published reports open clauses with and never double (推动, 加快): doubled, a slip. */
const CLAUSE_VERBS = new Set<string>(evidence.clauseVerbs);

/**
 * Repetition a writer means: a planning period (十五五), a counted reduplication (一份份,
 * 一张张), rhetoric (落实落实再落实), an exclamation (买买买), two words sharing a character,
 * a verb reduplicated to open a clause (、拍打拍打身上的尘土), a descriptive ABB before 的/地
 * (活跃跃的), a reduplicated noun after a noun (海浪声声: 声声 is a word).
 */
function deliberate(text: string, repeat: { start: number; end: number }, tail: boolean): boolean {
  const doubled = text.slice(repeat.start, repeat.end);
  // The second copy opens a longer word (归侨 + 侨眷, 博士 + 博士后, 学习 + 习近平): two words.
  if (opensLongerWord(text, repeat)) return true;
  // The first copy of a doubled particle closes a word (导向 + 向服务): a word and the particle.
  if (doubled.length === 1 && PARTICLES.has(doubled) && corpusWordBefore(text, repeat.start) >= 2) return true;
  // ABAB: the first copy opens a clause and the pair takes what follows (an object, 一下).
  const first = repeat.start - doubled.length;
  if (doubled.length >= 2 && !CLAUSE_VERBS.has(doubled) && text.slice(first, repeat.start) === doubled && CLAUSE_START.test(text.slice(Math.max(0, first - 1), first)) && /[\u4e00-\u9fff]/.test(text[repeat.end] ?? '')) return true;
  // The rest only for a word followed by its own last character (活跃 + 跃, 海浪声 + 声).
  if (tail && '的地'.includes(text[repeat.end] ?? '')) return true;
  if (tail && (icuWords(doubled + doubled)?.length === 1 || isCorpusWord(doubled + doubled))) return true;
  if (/十[一二三四五六七八九]?五/.test(text.slice(Math.max(0, repeat.start - 2), repeat.end)) && doubled === '五') return true;
  if (doubled.length === 1 && text[repeat.start - 2] === '一') return true;
  if (text.startsWith(`再${doubled}`, repeat.end)) return true;
  if (doubled.length === 1 && (text[repeat.end] === doubled || text.slice(repeat.start - 2, repeat.start) === doubled + doubled)) return true;
  if (doubled.length === 1 && NOUN_PREFIXES.has(doubled) && /[\u4e00-\u9fff]{2}/.test(text.slice(repeat.end, repeat.end + 2))) return true;
  return false;
}

/**
 * Whether a word longer than the repeat starts where the repeat does: a word ICU's breaker
 * finds there, or one published reports use (text/corpus-words.ts).
 */
function opensLongerWord(text: string, repeat: { start: number; end: number }): boolean {
  const length = repeat.end - repeat.start;
  if (corpusWordAt(text, repeat.start) > length) return true;
  // ICU's cut depends on what follows, so ask it about the next few characters, and about the
  // repeated character with the one after it alone (工作 + 作风尚: 作风 is a word).
  const first = icuWords(text.slice(repeat.start, repeat.start + 6))?.[0] ?? '';
  if (first.length > length && /^[\u4e00-\u9fff]+$/.test(first)) return true;
  const pair = text.slice(repeat.start, repeat.start + 2);
  return length === 1 && !PARTICLES.has(pair[0]!) && /^[\u4e00-\u9fff]{2}$/.test(pair) && icuWords(pair)?.length === 1;
}

/**
 * Accidental repetition found with segmentation: a word written twice (`修复修复`), a word
 * followed by its own last character (`增产产`), a doubled particle (`的的`). Reduplication the
 * segmenter knows as one word (`人人`, `常常`, `的的确确`) and parallel forms (`兜住兜准兜牢`)
 * are not repeats.
 */
function repeatsIn(model: ReportModel, start: number, words: string[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  let offset = start;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const at = offset;
    offset += w.length;
    if (next === undefined || !/^[\u4e00-\u9fff]+$/.test(w)) continue;
    let repeat: { start: number; end: number } | undefined;
    let tail = false;
    // `一件一件`, `一条一条`: one by one, a reduplication by design.
    const oneByOne = /^一[\u4e00-\u9fff]$/.test(w);
    if (next === w && !oneByOne && (w.length >= 2 ? !REDUPLICABLE.has(w) : PARTICLES.has(w))) repeat = { start: at + w.length, end: at + 2 * w.length };
    else if (w.length >= 2 && next.length === 1 && next === w.at(-1) && !PARTICLES.has(next) && words[i + 2]?.[0] !== next) {
      repeat = { start: at + w.length, end: at + w.length + 1 };
      tail = true;
    }
    if (!repeat || deliberate(model.text, repeat, tail)) continue;
    findings.push(finding(model, at, repeat));
  }
  return findings;
}

function finding(model: ReportModel, at: number, repeat: { start: number; end: number }): RuleFinding {
  const shown = model.text.slice(at, repeat.end);
  const doubled = model.text.slice(repeat.start, repeat.end);
  return {
    span: { start: at, end: repeat.end },
    message: msg(`“${shown}”疑似误重复了“${doubled}”`, `"${shown}" repeats "${doubled}" by accident`),
    fixes: [{ title: msg(`删除重复的“${doubled}”`, `Delete the repeated "${doubled}"`), safe: false, edits: [{ span: repeat, newText: '' }] }],
  };
}

/** A doubled pair of doubled characters (扎扎实实, 方方面面) is reduplication by design. */
function insideAabb(text: string, span: { start: number; end: number }): boolean {
  for (let i = Math.max(0, span.start - 3); i <= span.end && i + 3 < text.length; i++) {
    if (text[i] === text[i + 1] && text[i + 2] === text[i + 3] && text[i] !== text[i + 2] && i + 3 >= span.start) return true;
  }
  return false;
}

/**
 * The repeats of one sentence: on ICU's cut (text/word-breaker.ts), and a word of 2–4 characters
 * written twice that ICU splits (标准化标准化 → 标准 化 标准 化) when ICU or the corpus's word list
 * knows it as a word. A doubled pair of doubled characters (扎扎实实) is left alone.
 */
function sentenceRepeats(model: ReportModel, start: number, text: string): RuleFinding[] {
  const findings = repeatsIn(model, start, icuWords(text) ?? Array.from(text));
  const block = /([\u4e00-\u9fff]{2,4})\1/g;
  for (let m = block.exec(text); m; block.lastIndex = m.index + 1, m = block.exec(text)) {
    const word = m[1]!;
    const at = start + m.index;
    if (findings.some((f) => f.span.start < at + 2 * word.length && f.span.end > at)) continue;
    if (REDUPLICABLE.has(word) || /^一[\u4e00-\u9fff]$/.test(word) || !(icuWords(word)?.length === 1 || isCorpusWord(word))) continue;
    const repeat = { start: at + word.length, end: at + 2 * word.length };
    if (!deliberate(model.text, repeat, false)) findings.push(finding(model, at, repeat));
  }
  return findings.filter((f) => !insideAabb(model.text, f.span));
}

export const rule: Rule = {
  id: 'repeated-word',
  severity: 'warning',
  category: 'proofreading',
  fixable: true,
  scope: 'paragraph',
  description: msg('字词误重复（如“修复修复”“增产产”）', 'A word or character written twice by accident'),
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const p of model.paragraphs) {
      if (p.topPart === 'glossary') continue;
      // Segment only the sentences where a repeat is possible: most have none.
      for (const sentence of p.sentences) {
        const text = model.text.slice(sentence.start, sentence.end);
        if (/([\u4e00-\u9fff]{1,4})\1/.test(text)) for (const f of sentenceRepeats(model, sentence.start, text)) findings.push(f);
      }
    }
    return findings;
  },
};
