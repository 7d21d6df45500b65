import { z } from 'zod';
import type { ReportModel, Span } from '../model.js';
import { isCjk } from '../text/typo-model.js';
import { DEFAULT_THRESHOLDS, typoCandidates, type TypoCandidate } from '../text/typo-detect.js';
import { isCorpusWord } from '../text/corpus-words.js';
import { icuWords } from '../text/word-breaker.js';
import type { Rule, RuleFinding } from '../types.js';
import { msg } from './util.js';

const options = z.strictObject({
  /** How much likelier (log10) the corrected window must be; higher is quieter. */
  threshold: z.number().min(0).max(10).default(DEFAULT_THRESHOLDS.gain),
  /** Extra gain needed when the character belongs to a word ICU or the corpus's word list knows (施行, 乌镇). */
  wordMargin: z.number().min(0).max(10).default(1),
});
type Options = z.infer<typeof options>;

/** Brackets whose content is a name or a title, never corrected: “…” ‘…’ 「…」 《…》. */
const NAME_BRACKETS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '《': '》', '〈': '〉', '"': '"' };

function bracketSpans(text: string): Span[] {
  const spans: Span[] = [];
  const open: { ch: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const top = open[open.length - 1];
    if (top && NAME_BRACKETS[top.ch] === ch) {
      open.pop();
      spans.push({ start: top.at, end: i + 1 });
    } else if (NAME_BRACKETS[ch] !== undefined) open.push({ ch, at: i });
  }
  // An unclosed quote runs to the end of the paragraph.
  for (const o of open) spans.push({ start: o.at, end: text.length });
  return spans;
}

/** Terms the writer or the conventions vouch for: a typo check never corrects inside them. */
function protectedTerms(model: ReportModel, ctx: { conventions: { glossary: { term: string; keys: string[] }[]; commonTerms: string[]; typoNames?: string[] }; settings: { wellKnownTerms: string[] } }): string[] {
  const terms = new Set<string>();
  for (const e of model.glossary?.entries ?? []) [e.term, ...e.keys].forEach((t) => terms.add(t));
  for (const g of ctx.conventions.glossary) [g.term, ...g.keys].forEach((t) => terms.add(t));
  ctx.conventions.commonTerms.forEach((t) => terms.add(t));
  (ctx.conventions.typoNames ?? []).forEach((t) => terms.add(t));
  ctx.settings.wellKnownTerms.forEach((t) => terms.add(t));
  return [...terms].map((t) => t.replace(/[“”"《》]/g, '')).filter((t) => t.length >= 2);
}

/**
 * The protected terms by each UTF-16 unit they hold, with its offsets in the term: a candidate
 * is inside a term only if a term holding its character starts where that character would put
 * it, so a few startsWith per candidate replace searching every term in every paragraph.
 */
function termIndex(terms: readonly string[]): Map<string, { term: string; at: number }[]> {
  const byUnit = new Map<string, { term: string; at: number }[]>();
  for (const term of terms) {
    for (let at = 0; at < term.length; at++) {
      const list = byUnit.get(term[at]!);
      if (list) list.push({ term, at });
      else byUnit.set(term[at]!, [{ term, at }]);
    }
  }
  return byUnit;
}

/** Whether some occurrence of a protected term in `text` covers `index`. */
function inTerm(text: string, index: number, byUnit: Map<string, { term: string; at: number }[]>): boolean {
  for (const { term, at } of byUnit.get(text[index]!) ?? []) if (index >= at && text.startsWith(term, index - at)) return true;
  return false;
}

/**
 * The multi-character word (2–4 CJK characters) around `index`: as ICU's word breaker cuts the
 * text (text/word-breaker.ts), else a word of published reports that ICU does not know
 * (text/corpus-words.ts) holding the character.
 */
function segmentedWord(text: string, index: number): Span | undefined {
  const from = Math.max(0, index - 8);
  const window = text.slice(from, Math.min(text.length, index + 9));
  const found = wordIn(icuWords(window) ?? [], from, index);
  if (found) return found;
  for (let start = Math.max(0, index - 3); start <= index; start++) {
    for (let end = start + 4; end > index && end >= start + 2; end--) if (end <= text.length && isCorpusWord(text.slice(start, end))) return { start, end };
  }
  return undefined;
}

function wordIn(words: readonly string[], from: number, index: number): Span | undefined {
  let at = from;
  for (const w of words) {
    if (index >= at && index < at + w.length) return w.length >= 2 && w.length <= 4 && [...w].every(isCjk) ? { start: at, end: at + w.length } : undefined;
    at += w.length;
  }
  return undefined;
}

/**
 * The word around the character, as the corrected text segments it (`部署` for 布 in 布署).
 * Only shown in the message: ICU's cut is enough.
 */
function wordAround(text: string, index: number, fixed: string): Span {
  const corrected = text.slice(0, index) + fixed + text.slice(index + 1);
  const from = Math.max(0, index - 8);
  const words = icuWords(corrected.slice(from, Math.min(corrected.length, index + 9)));
  const found = words && wordIn(words, from, index);
  if (found) return found;
  const next = text[index + 1];
  if (next && isCjk(next)) return { start: index, end: index + 2 };
  const prev = text[index - 1];
  return prev && isCjk(prev) ? { start: index - 1, end: index + 1 } : { start: index, end: index + 1 };
}

/**
 * The correction would take a character from a word the text already has: the corrected word's
 * character at its end (not the one corrected) and the character beyond it are a word ICU knows
 * (改造时现有企业: 时 → 实 makes 实现 of the 现 of 现有; 各职能部门, 再总结). Read only when the gain
 * is within CROSS_MARGIN of the threshold: on typos planted in five provinces' and districts'
 * reports held out of the model (scripts/eval-typo.mjs), this guard costs 1.6 points of recall
 * (0.815 → 0.799) and removes 4 of the 10 findings on the same reports unmodified; a wider margin
 * or the corpus's word list as well cost 7–10 points.
 */
const CROSS_MARGIN = 2;
function takesFromWord(text: string, c: TypoCandidate, word: Span): boolean {
  const ends: Span[] = [];
  if (word.start !== c.index && word.start > 0) ends.push({ start: word.start - 1, end: word.start + 1 });
  if (word.end - 1 !== c.index && word.end < text.length) ends.push({ start: word.end - 1, end: word.end + 1 });
  return ends.some((s) => {
    const written = text.slice(s.start, s.end);
    return /^[\u4e00-\u9fff]{2}$/.test(written) && icuWords(written)?.length === 1;
  });
}

function findingFor(model: ReportModel, start: number, text: string, c: TypoCandidate): RuleFinding {
  const span = { start: start + c.index, end: start + c.index + c.from.length };
  const best = c.to[0]!.char;
  const word = wordAround(text, c.index, best);
  const written = text.slice(word.start, word.end);
  const meant = (ch: string) => text.slice(word.start, c.index) + ch + text.slice(c.index + c.from.length, word.end);
  return {
    span,
    message: msg(`“${written}”疑为“${meant(best)}”`, `"${written}" is probably a typo for "${meant(best)}"`),
    fixes: c.to.map((t) => ({
      title: msg(`改为“${meant(t.char)}”`, `Change to "${meant(t.char)}"`),
      safe: false,
      edits: [{ span, newText: t.char }],
    })),
    // The word as written and whether it is a listed misspelling: `report-lint learn` reads both (conventions/learn-typo-names.ts).
    data: { from: c.from, to: c.to.map((t) => t.char), word: written, known: c.known },
  };
}

/** The item (a run between marks) holding `index`, and the other items joined to it by 、. */
function enumerationItems(text: string, index: number): { item: Span; others: string[] } {
  const boundary = /[\p{P}\s]/u;
  const itemAt = (i: number): Span => {
    let start = i;
    while (start > 0 && !boundary.test(text[start - 1]!)) start--;
    let end = i;
    while (end < text.length && !boundary.test(text[end]!)) end++;
    return { start, end };
  };
  const item = itemAt(index);
  const others: string[] = [];
  for (let at = item.start; text[at - 1] === '、' && at >= 2 && others.length < 12; ) {
    const prev = itemAt(at - 2);
    others.push(text.slice(prev.start, prev.end));
    at = prev.start;
  }
  for (let at = item.end; text[at] === '、' && at + 1 < text.length && others.length < 24; ) {
    const next = itemAt(at + 1);
    others.push(text.slice(next.start, next.end));
    at = next.end;
  }
  return { item, others: others.filter(Boolean) };
}

/**
 * Parallel items are written to differ (讲政治、抓政治、强政治; 兜底型、基础型、重点型): a
 * character is not corrected when another item of the list has the same character at the same place
 * from its end (it is the list's pattern), or when the correction would repeat another item.
 */
function parallel(text: string, c: TypoCandidate): boolean {
  const { item, others } = enumerationItems(text, c.index);
  const fromEnd = item.end - c.index;
  const written = text.slice(item.start, item.end);
  return others.some((n) => {
    if (fromEnd <= 3 && n.length >= fromEnd && n[n.length - fromEnd] === c.from && n.length > 1) return true;
    // The first item also holds the words before the list (要讲政治、重政治): compare the ends.
    const corrected = (t: { char: string }) => written.slice(0, c.index - item.start) + t.char + written.slice(c.index - item.start + 1);
    return n.length >= 2 && c.to.some((t) => n.endsWith(corrected(t)) || (corrected(t).endsWith(n) && c.index - item.start >= written.length - n.length));
  });
}

/**
 * Typos (错别字): a character that a homophone, a look-alike or a listed misspelling's
 * correction would make much likelier under the character language model learned from the
 * corpus (`布署` → `部署`). Names, quoted text, titles and terms the writer vouches for are
 * never corrected. Runs only when the faces have loaded the model.
 */
export const rule: Rule<Options> = {
  id: 'typo',
  severity: 'warning',
  category: 'proofreading',
  fixable: true,
  description: msg('疑似错别字（同音字、形近字、常见误写）', 'Likely typos (homophones, look-alikes, common misspellings)'),
  options,
  scope: 'paragraph',
  // Besides its paragraph, a paragraph's check reads the terms the writer vouches for.
  context: (ctx) => protectedTerms(ctx.model, ctx).join('\n'),
  check(ctx) {
    const { model, typoModel } = ctx;
    if (!typoModel) return [];
    const thresholds = { ...DEFAULT_THRESHOLDS, gain: ctx.options.threshold };
    let terms: Map<string, { term: string; at: number }[]> | undefined;
    const findings: RuleFinding[] = [];
    for (const p of model.paragraphs) {
      if (p.span.start < model.body.start || p.span.start >= model.body.end) continue;
      const text = model.text.slice(p.span.start, p.span.end);
      const candidates = typoCandidates(typoModel, text, thresholds);
      if (!candidates.length) continue;
      const guarded = bracketSpans(text);
      terms ??= termIndex(protectedTerms(model, ctx));
      for (const c of candidates) {
        const at = p.span.start + c.index;
        if (guarded.some((g) => c.index >= g.start && c.index < g.end) || inTerm(text, c.index, terms)) continue;
        if (model.chrome.some((s) => at >= s.start && at < s.end)) continue;
        // A character inside a word the dictionary knows was probably meant (施行 beside 实行).
        if (!c.known && c.to[0]!.gain < thresholds.gain + ctx.options.wordMargin && segmentedWord(text, c.index)) continue;
        if (!c.known && parallel(text, c)) continue;
        if (c.to[0]!.gain < thresholds.gain + CROSS_MARGIN && takesFromWord(text, c, wordAround(text, c.index, c.to[0]!.char))) continue;
        findings.push(findingFor(model, p.span.start, text, c));
      }
    }
    return findings;
  },
};
