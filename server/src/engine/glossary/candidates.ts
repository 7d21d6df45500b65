import type { ReportModel, Span } from '../model.js';
import { fromCodeUnits } from '../text/fold.js';
import { foldTerm } from './stats.js';

/**
 * Candidate terms for 名词解释: what a writer might explain. The shapes are those real
 * glossaries explain (docs/rules/glossary-missing.md): numbered slogans (`“三保障一安全”`),
 * formulas (`“1+10+N”`), Latin acronyms (`AEO`), quoted coinages (`“树木银行”`), and terms
 * other places explain, written without quotes (`三北工程`).
 */
export type Shape = 'formula' | 'numbered' | 'acronym' | 'coinage' | 'known';

export interface TermUse {
  /** The term as the writer wrote it (without quote marks). */
  text: string;
  span: Span;
  quoted: boolean;
}

export interface Candidate {
  /** The folded term (`foldTerm`): one candidate for `1+10+N` and `1＋10＋N`. */
  key: string;
  shape: Shape;
  /** Every use in the body, in document order. */
  uses: TermUse[];
  /**
   * The sentence spells it out: an enumeration right before it, a colon list right after, or
   * the next clauses repeat its word once per member (`实现“双突破”，A突破…，B突破…`).
   */
  inline?: 'enumeration' | 'colon' | 'repeat';
  /** A proper name (brand, building, team), a title or honour (`获评“双优秀”`), a phrase that describes itself. */
  name?: boolean;
}

const NUMERAL_CHARS = '一二三四五六七八九十两双百千万';
const NUMERAL = new RegExp(`[${NUMERAL_CHARS}]`);
const COUNT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 双: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Proper names and titles end like this (`“乌拉特号”`, `“全国…示范县”`, `…杯`): not terms to explain. */
const NAME_ENDING = /(?:号|县|旗|市|区|镇|村|奖|杯|节|馆|站|园区|示范区|品牌|基地|企业|城市|城|冠|广场|大厦|中心|公园|大桥|隧道|俱乐部|战队|剧场|剧院|影院|大道)$/;
/** Endings of titles and prizes, names even with a numeral in them (`“十佳”奖`, `“双百”杯`). */
const TITLE_ENDING = /(?:号|奖|奖章|杯|节|馆|站|冠|示范县|示范区|品牌)$/;
/**
 * An honour or a selection names a title, not a programme (`获评全市“双优秀”`, `入选“十大特色街区”`,
 * `开展“十景”评选`): the verb may stand up to eight characters before the quote (`荣获大湾区服务企业“五星街道”`).
 */
const HONOUR_BEFORE = /(?:获评|荣获|获得|荣膺|入选|评为|评选|授予|命名为|被评)[^，,。；;：:！？“”]{0,8}(?:“[^“”]{1,20}”[、,]?)*“$/;
/** After the quote (and any titles listed with it): `”“…”两项称号`, `”等评选`. */
const HONOUR_AFTER = /^”(?:[、,]?“[^“”]{1,20}”)*(?:等)?[一二两三四五六七八九十\d]*[项个]?(?:评选|称号|荣誉|殊荣|榜单|奖)/;
/** A numeral that counts people, places or things is a quantity, not a slogan (`万名干部助企行`, `千亩梅园`). */
const QUANTITY = new RegExp(`[${NUMERAL_CHARS}亿]+(?:名|亩|家|户|人|座|栋|间|所|场|次|里|米|公里|吨|元|年|天|小时|分钟|岁|倍|番|成|级)`);
/** A measure named by its count of articles (`“十条”措施`, `新十条`): the short name of a document, not a slogan. */
const ARTICLES = new RegExp(`^新?[${NUMERAL_CHARS}]+条$`);
/** Idioms with numerals: ordinary words (built-in). */
const IDIOMS = /接二连三|四两拨千斤|三心二意|七上八下|五湖四海|四面八方|千方百计|千家万户|万无一失|一心一意|三番五次|四平八稳|五花八门|九牛一毛|十全十美|百花齐放|千军万马|万众一心|千山万水|百尺竿头|一马当先|双向奔赴|双向|一体化|一站式|一揽子|一把手|万物|百姓|千年|万年|百年|一流|唯一|统一|一致|一线|单一|一带一路|[十百千]+(?:佳|强)/;
/** Latin words that are units or file formats, not abbreviations to explain (built-in). */
const UNITS = /^(?:KV|MW|KW|GW|MWH|KWH|GWH|TWH|PM|PH|CM|MM|KM|KG|MHZ|GHZ|GB|TB|MB|HZ|TEU|PPM)$/i;

/**
 * A term that opens on the count of its members (`四个万家`, `三大工程`) is counted even when a
 * quantity word follows: of the 162 such terms in the corpus glossaries' statistics, 124 are
 * explained somewhere (scripts/gen-term-stats.mjs).
 */
const LEADING_COUNT = new RegExp(`^[二三四五六七八九十两]+[个大项类]`);
/**
 * One thing counted (`一大脑`, `一张图`, `一网统管`): 17 of 24 such terms in the statistics are
 * explained somewhere, while one-X-one-Y phrases (`一村一策`) mostly are not (7 of 24).
 */
const ONE_COUNTED = /^一[个大张网件图码屏库](?!.*一)/;
/** Merged schemes named by what they merge (`多规合一`, `多网合一`): 4 of 5 explained somewhere. */
const MANY_IN_ONE = /^多[\u4e00-\u9fff]{1,2}合一$/;

/** Counted terms: a numeral that counts something the words do not name. */
export function isNumberedTerm(folded: string): boolean {
  if (folded.length < 2 || folded.length > 12) return false;
  if (MANY_IN_ONE.test(folded)) return true;
  if (!NUMERAL.test(folded) || /^第/.test(folded)) return false;
  if (IDIOMS.test(folded) || ARTICLES.test(folded) || (QUANTITY.test(folded) && !LEADING_COUNT.test(folded))) return false;
  // One-X-one-Y idioms describe themselves (`一村一策`, `一老一小`).
  if (!NUMERAL_NOT_ONE.test(folded) && !ONE_COUNTED.test(folded)) return false;
  if (ONLY_NUMERALS.test(folded)) return false;
  return true;
}
const NUMERAL_NOT_ONE = new RegExp(`[${NUMERAL_CHARS.replace('一', '')}]`);
const ONLY_NUMERALS = new RegExp(`^[${NUMERAL_CHARS}]{1,3}个?$`);

export function shapeOf(folded: string, quoted: boolean): Shape | undefined {
  if (/\d\s*\+|\+\s*[\dNn]/.test(folded)) return 'formula';
  // Two capitals at least: `AEO`, `G20` is not, nor a plot or road code (`A4`, `U13`); longer
  // than six letters it is a word or a brand (`COCOPARK`), not an abbreviation.
  if (/^[A-Za-z][A-Za-z0-9]{1,5}$/.test(folded) && /[A-Z][^A-Z]*[A-Z]/.test(folded)) return 'acronym';
  // `双随机、一公开`: every part counted; `湾区枢纽、万象罗湖` is two names. (A counted part has a
  // numeral: without one nothing is split.)
  if (NUMERAL.test(folded) && folded.split('、').every((part) => isNumberedTerm(part))) return 'numbered';
  if (quoted && /^[\u4e00-\u9fff]{2,8}$/.test(folded)) return 'coinage';
  return undefined;
}

/** The count a numbered term announces (`五优` → 5), if it has one. */
function countOf(key: string): number | undefined {
  const m = /^[一二两双三四五六七八九十]/.exec(key);
  return m ? COUNT[m[0]] : undefined;
}

/** A set of characters as a table by code: a look-up per character where a scan walks a clause. */
function charSet(chars: string): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (const ch of chars) set[ch.charCodeAt(0)] = 1;
  return set;
}

const CLAUSE_END = charSet('，,。；;：:！!？?\n“”');

/** An enumeration right before the term explains it (`A、B、C“三优”`, `山边、水边等“两边”`). */
function enumerationBefore(model: ReportModel, at: number, key: string): boolean {
  let start = at;
  while (start > model.body.start && at - start < 80 && !CLAUSE_END[model.norm.charCodeAt(start - 1)]) start--;
  const clause = model.norm.slice(start, at);
  const items = clause.split(/、/).length + (/[和及与]/.test(clause.split('、').at(-1) ?? '') ? 1 : 0);
  if (items < 2) return false;
  const n = countOf(key);
  return n === undefined || items >= Math.min(n, 3);
}

/** A colon list, a bracket or 即/指 right after the term explains it (`“四横”：…`, `“三个一”（…）`). */
function explainedAfter(model: ReportModel, end: number): boolean {
  const next = model.norm.slice(end, end + 4);
  return /^(?:”)?(?:[:(]|,?即|,?指|,?就是|,?包括)/.test(next);
}

const SENTENCE_END = charSet('。！!？?\n');
const COUNTING = new RegExp(`[${NUMERAL_CHARS}个大项类]`, 'g');

/**
 * The clauses right after the term repeat its word once per member: `实现“双突破”，A突破…，B突破…`
 * (the word is what is left of the term without its numerals, `突破`).
 */
function repeatedAfter(model: ReportModel, end: number, key: string): boolean {
  const n = countOf(key);
  const word = key.replace(COUNTING, '');
  if (n === undefined || n < 2 || n > 6 || word.length < 1 || word.length > 3 || !/^[\u4e00-\u9fff]+$/.test(word)) return false;
  // The members may follow in clauses separated by semicolons: the sentence ends at 。.
  let stop = end;
  while (stop < model.body.end && stop - end < 240 && !SENTENCE_END[model.norm.charCodeAt(stop)]) stop++;
  const rest = model.norm.slice(end, stop);
  if (!/^”?[，,：:]/.test(rest)) return false;
  return rest.split(word).length - 1 >= n;
}

/** The body before the 名词解释. */
export function bodySpan(model: ReportModel): Span {
  return { start: model.body.start, end: model.glossary ? model.glossary.span.start : model.body.end };
}

const ACRONYM = /(?<![A-Za-z0-9.\-_/@])[A-Za-z][A-Za-z0-9]{1,5}(?![A-Za-z0-9\-_/@])/g;

/**
 * The candidate terms of a report's body. `known` lists terms other places explain (folded);
 * they are found wherever they are written, quoted or not (short ones only quoted).
 */
export function findCandidates(model: ReportModel, known: Iterable<string> = []): Candidate[] {
  const body = bodySpan(model);
  const found = new Map<string, Candidate>();
  // Where each term's uses start: a set, so a term used thousands of times stays linear.
  const starts = new Map<Candidate, Set<number>>();
  const add = (key: string, shape: Shape, use: TermUse) => {
    let c = found.get(key);
    if (!c) found.set(key, (c = { key, shape, uses: [] }));
    let at = starts.get(c);
    if (!at) starts.set(c, (at = new Set()));
    if (at.has(use.span.start)) return;
    at.add(use.span.start);
    c.uses.push(use);
  };
  // A report quotes the same words again and again: each distinct quote is read once per lint.
  const quoteShapes = new Map<string, { key: string; shape: Shape } | null>();
  for (const q of model.quotes) {
    if (q.span.start < body.start || q.span.end > body.end) continue;
    const raw = model.text.slice(q.inner.start, q.inner.end);
    let read = quoteShapes.get(raw);
    if (read === undefined) {
      const key = /[，,。；;：:！!？?《》]/.test(raw) ? undefined : foldTerm(raw);
      const shape = key === undefined ? undefined : shapeOf(key, true);
      quoteShapes.set(raw, (read = shape ? { key: key!, shape } : null));
    }
    if (read) add(read.key, read.shape, { text: raw, span: q.inner, quoted: true });
  }
  const region = model.norm.slice(body.start, body.end);
  for (const m of region.matchAll(ACRONYM)) {
    const key = foldTerm(m[0]);
    if (UNITS.test(key.replace(/\d+$/, '')) || shapeOf(key, false) !== 'acronym') continue;
    const start = body.start + m.index;
    add(key, 'acronym', { text: model.text.slice(start, start + m[0].length), span: { start, end: start + m[0].length }, quoted: model.norm[start - 1] === '“' });
  }
  // Unquoted terms others explain; the folded body keeps offsets (same length as the text).
  const folded = foldedBody(model, body);
  const places = knownPlaces(folded, known);
  // Only the terms written in the body (the thousands of others are not looked at). Terms differ
  // in text where they start at one place, so their order here never reorders the candidates.
  for (const [term, at] of places) {
    const shape = shapeOf(term, false) ?? 'known';
    for (const i of at) {
      const start = body.start + i;
      add(term, shape, { text: model.text.slice(start, start + term.length), span: { start, end: start + term.length }, quoted: model.norm[start - 1] === '“' });
    }
  }
  const all = [...found.values()];
  // One term per place: the longest (`百千万工程`, not also `千万工程` inside it). Uses sorted by
  // start: only one starting at most `longest` characters before a use's end can hold it, so
  // each use looks at its few neighbours, not at every use of the document.
  const spans = all.flatMap((c) => c.uses.map((u) => ({ c, u }))).sort((a, b) => a.u.span.start - b.u.span.start);
  const longest = spans.reduce((n, s) => Math.max(n, s.u.span.end - s.u.span.start), 0);
  const insideLonger = (c: Candidate, u: TermUse): boolean => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.u.span.start < u.span.end - longest) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < spans.length && spans[i]!.u.span.start <= u.span.start; i++) {
      const o = spans[i]!;
      if (o.c !== c && o.u.span.end >= u.span.end && o.u.span.end - o.u.span.start > u.span.end - u.span.start) return true;
    }
    return false;
  };
  for (const c of all) {
    c.uses = c.uses.filter((u) => !insideLonger(c, u));
    c.uses.sort((a, b) => a.span.start - b.span.start);
  }
  const kept = all.filter((c) => c.uses.length);
  for (const c of kept) {
    for (const u of c.uses) {
      const after = u.quoted ? u.span.end + 1 : u.span.end;
      const before = u.quoted ? u.span.start - 1 : u.span.start;
      if (explainedAfter(model, after)) c.inline = 'colon';
      else if (c.shape === 'numbered' && enumerationBefore(model, before, c.key)) c.inline = 'enumeration';
      else if (c.shape === 'numbered' && repeatedAfter(model, after, c.key)) c.inline = 'repeat';
      if (c.inline) break;
    }
    c.name = isName(model, c);
  }
  return kept.sort((a, b) => a.uses[0]!.span.start - b.uses[0]!.span.start);
}

/**
 * The known terms (of 4 characters or more) by their first character's code, then by their
 * second's, and a filter of their first three characters' hashes: a third of a body's
 * characters start some known term, several in a hundred a known pair, about one in a hundred a
 * known triple; so most characters cost a few array reads and only those a Map look-up. Built
 * once per set.
 */
type Starts = { size: number; byFirst: (Map<number, string[]> | undefined)[]; triples: Uint8Array };
const tripleHash = (a: number, b: number, c: number) => ((a * 31 + b) * 31 + c) & 0x1ffff;
const startsCache = new WeakMap<object, Starts>();

function startsOf(known: Iterable<string>): Starts {
  const cached = startsCache.get(known);
  if (cached) return cached;
  const byFirst: (Map<number, string[]> | undefined)[] = new Array(0x10000).fill(undefined);
  const triples = new Uint8Array(0x20000);
  let size = 0;
  for (const term of known) {
    if (term.length < 4) continue;
    triples[tripleHash(term.charCodeAt(0), term.charCodeAt(1), term.charCodeAt(2))] = 1;
    const bySecond = (byFirst[term.charCodeAt(0)] ??= new Map());
    const list = bySecond.get(term.charCodeAt(1));
    if (!list) bySecond.set(term.charCodeAt(1), [term]), size++;
    else if (!list.includes(term)) list.push(term);
  }
  const starts = { size, byFirst, triples };
  startsCache.set(known, starts);
  return starts;
}

/**
 * Where each known term (four characters or more) is written in `text`, left to right and not
 * overlapping itself (as repeated indexOf finds them). One pass over the text, looking up the
 * terms by their first two characters: the thousands of terms the statistics know cost a
 * look-up per character, not a pass over the text each.
 */
function knownPlaces(text: string, known: Iterable<string>): Map<string, number[]> {
  const { size, byFirst, triples } = startsOf(known);
  const places = new Map<string, number[]>();
  if (!size) return places;
  // A term has four characters at least, so it starts four characters before the end or earlier.
  let second = text.charCodeAt(0);
  let third = text.charCodeAt(1);
  for (let i = 0; i + 3 < text.length; i++) {
    const first = second;
    second = third;
    third = text.charCodeAt(i + 2);
    if (!triples[tripleHash(first, second, third)]) continue;
    const terms = byFirst[first]?.get(second);
    if (!terms) continue;
    for (const term of terms) {
      if (!text.startsWith(term, i)) continue;
      const at = places.get(term);
      if (!at) places.set(term, [i]);
      else if (at[at.length - 1]! + term.length <= i) at.push(i);
    }
  }
  return places;
}

/**
 * Each BMP code unit's NFKC form where that is one code unit (0: not yet computed): the body is
 * folded a character at a time on every lint, and most of its non-ASCII characters are
 * ideographs and punctuation seen thousands of times.
 */
const nfkcUnit = new Uint16Array(0x10000);

function foldUnit(c: number): number {
  let f = nfkcUnit[c]!;
  if (!f) {
    const n = String.fromCharCode(c).normalize('NFKC');
    nfkcUnit[c] = f = n.length === 1 ? n.charCodeAt(0) : c;
  }
  return f;
}

/** Same length as the text, width folded: offsets carry over. */
export function foldedBody(model: ReportModel, body: Span): string {
  const key = `${body.start}:${body.end}`;
  const memo = foldedMemo.get(model);
  if (memo?.key === key) return memo.text;
  // Each character (a code point) becomes its NFKC form when that is as long; ASCII and the
  // unified ideographs are their own NFKC form.
  const text = model.text;
  const out = new Uint16Array(body.end - body.start);
  let lone = false;
  for (let i = body.start; i < body.end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff)) out[i - body.start] = c;
    else if (c < 0xd800 || c > 0xdfff) out[i - body.start] = foldUnit(c);
    else if (c <= 0xdbff && i + 1 < body.end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      const ch = text.slice(i, i + 2);
      const f = ch.normalize('NFKC');
      const kept = f.length === 2 ? f : ch;
      out[i - body.start] = kept.charCodeAt(0);
      out[i + 1 - body.start] = kept.charCodeAt(1);
      i++;
    } else {
      out[i - body.start] = c;
      lone = true;
    }
  }
  const folded = fromCodeUnits(out, lone);
  foldedMemo.set(model, { key, text: folded });
  return folded;
}

/** Candidates and terms both fold the body of the same model. */
const foldedMemo = new WeakMap<ReportModel, { key: string; text: string }>();

/**
 * Names: a quoted title or brand, an acronym followed by what it names (`HALO广场`, `EDG战队`),
 * a quoted phrase every use of which is an honour or a selection (`获评“双优秀”`).
 */
function isName(model: ReportModel, c: Candidate): boolean {
  // A counted term keeps its count even when it ends like a place (`两带三区`, `五个中心`).
  if (c.shape === 'numbered' ? TITLE_ENDING.test(c.key) : c.shape !== 'formula' && NAME_ENDING.test(c.key)) return true;
  const honour = (u: TermUse) =>
    u.quoted && (HONOUR_BEFORE.test(model.norm.slice(Math.max(model.body.start, u.span.start - 60), u.span.start)) || HONOUR_AFTER.test(model.norm.slice(u.span.end, u.span.end + 60)));
  if (c.shape !== 'formula' && c.uses.every(honour)) return true;
  return c.uses.some((u) => {
    const after = model.norm.slice(u.quoted ? u.span.end + 1 : u.span.end, u.span.end + 6);
    if (c.shape === 'acronym' && /^(?:广场|大厦|中心|战队|俱乐部|公司|集团|品牌|商场|酒店|乐园|大楼|牌)/.test(after)) return true;
    return false;
  });
}
