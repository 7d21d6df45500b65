import type { Conventions } from '../conventions/schema.js';
import type { GlossaryEntry, ReportModel, Span } from '../model.js';
import type { EngineSettings } from '../types.js';

/**
 * National slogans every reader knows (built-in; rules.md "Common-knowledge terms"). The
 * learned conventions add the corpus's own (used in several reports, never explained).
 */
export const NATIONAL_TERMS = [
  '十三五', '十四五', '十五五', '两个确立', '两个维护', '四个意识', '四个自信', '四风', '双减', '三农', '放管服',
  '一带一路', '两山', '双碳', '三大攻坚战', '六稳', '六保', '五位一体', '四个全面', '两个一百年', '三去一降一补',
  '最多跑一次', '三严三实', '两学一做', '八项规定', '双一流', '两会', '三公', '双循环', '两新', '两重', '三保',
  '五个必由之路', '两不愁三保障', '一国两制', '三个代表', '四个现代化', '五大发展理念', '三个务必', '八八战略',
];

/** Idioms and place names with numerals: ordinary words, not slogans (built-in). */
const ORDINARY = new Set([
  '接二连三', '三心二意', '七上八下', '五湖四海', '四面八方', '千方百计', '千家万户', '万无一失', '一心一意', '三番五次',
  '四平八稳', '五花八门', '九牛一毛', '十全十美', '百花齐放', '千军万马', '万众一心', '长三角', '珠三角', '京津冀',
]);

/** Common Latin abbreviations and units that need no explanation (built-in). */
const COMMON_ACRONYMS = new Set([
  'GDP', 'CPI', 'PPI', 'PMI', 'PPP', 'ETC', 'APP', 'AI', 'IT', 'ICP', 'VR', 'AR', 'PM', 'KV', 'MW', 'KW', 'GW', 'MWH', 'KWH',
  'ABC', 'ABCD', 'AAA', 'AAAA', 'AAAAA', 'CT', 'ICU', 'LED', 'GPS', 'WTO', 'NBA', 'CBD', 'VIP', 'PVC', 'PVA', 'TA', 'II', 'III', 'LV',
]);

const NUMERAL = /[一二三四五六七八九十两双百千万]/;
const NUMERALS = /[一二三四五六七八九十两双百千万]/g;
/** Proper names and titles end like this (`“乌拉特号”`, `“全国…示范县”`): not abbreviations. */
const NAME_ENDING = /(?:号|县|旗|市|镇|村|奖|杯|节|馆|站|园区|示范区|品牌|基地|企业|城市|城|冠)$/;

export interface TermUse {
  /** The term as the writer wrote it (without quote marks). */
  text: string;
  span: Span;
  quoted: boolean;
}

export interface Abbreviation {
  key: string;
  /** Every use in the body, in document order; the first is where the entry belongs. */
  uses: TermUse[];
  kind: 'slogan' | 'corpus' | 'acronym';
}

/**
 * A quoted numbered slogan: a short quote with a count in it (`“三保障一安全”`, `“1+3+5”`,
 * `“七个一”`). Not one-X-one-Y idioms that describe themselves (`“一矿一策”`, `“一老一小”`),
 * not phrases (a quote with punctuation), not names and titles.
 */
export function isNumberedSlogan(text: string): boolean {
  if (text.length < 2 || text.length > 10) return false;
  if (/[,，、:：;；。·\s()（）《》]/.test(text)) return false;
  if (/\d\s*\+|\+\s*\d/.test(text)) return true;
  if (/\+/.test(text)) return false;
  if (!NUMERAL.test(text) || NAME_ENDING.test(text) || ORDINARY.has(text)) return false;
  const numerals = text.match(NUMERALS) ?? [];
  if (numerals.every((n) => n === '一')) return false;
  if (/^(?:[一二三四五六七八九十]{1,2}个?)$/.test(text)) return false;
  if (/^第/.test(text)) return false;
  return true;
}

/** A term's core for lenient matching: `三北工程` ~ `三北` ~ `三北精神`; `(C级)化工园区` ~ `C级化工园区`. */
export function coreOf(term: string): string {
  const bare = term.replace(/[“”"()（）《》\s]/g, '');
  const stripped = bare.replace(/(?:工程|经验|建设|改革|示范企业|精神|行动|战略|机制|模式|工作|要求|理念)$/, '');
  return stripped.length >= 2 ? stripped : bare;
}

/** Whether a written use refers to a glossary entry (lenient, as writers are). */
export function usesEntry(use: string, entry: Pick<GlossaryEntry, 'keys' | 'term'>): boolean {
  const u = use.replace(/[“”"()（）\s]/g, '');
  const uc = coreOf(u);
  return entry.keys.some((k) => {
    const kc = coreOf(k);
    return u === k || uc === kc || (u.length >= 2 && k.startsWith(u) && NUMERAL.test(u)) || (kc.length >= 2 && u.includes(k));
  });
}

export function commonKnowledge(conventions: Conventions, settings: EngineSettings): Set<string> {
  return new Set([...NATIONAL_TERMS, ...conventions.commonTerms, ...settings.wellKnownTerms].map((t) => t.replace(/[“”"]/g, '')));
}

/** The body text outside the 名词解释, as [start, end) for searching uses. */
function bodyEnd(model: ReportModel): number {
  return model.glossary ? model.glossary.span.start : model.body.end;
}

/**
 * Abbreviations used in the body: quoted numbered slogans, corpus glossary terms (quoted or
 * not: `六大工程`, `三北工程`, `“治未病”`), and Latin acronyms (`LNG`, `TIR`).
 */
export function findAbbreviations(model: ReportModel, conventions: Conventions): Abbreviation[] {
  const end = bodyEnd(model);
  const found = new Map<string, Abbreviation>();
  const add = (key: string, use: TermUse, kind: Abbreviation['kind']) => {
    const entry = found.get(key) ?? { key, uses: [], kind };
    if (!entry.uses.some((u) => u.span.start === use.span.start)) entry.uses.push(use);
    found.set(key, entry);
  };
  for (const q of model.quotes) {
    if (q.span.end > end || q.span.start < model.body.start) continue;
    const text = model.text.slice(q.inner.start, q.inner.end);
    if (isNumberedSlogan(model.norm.slice(q.inner.start, q.inner.end))) add(text, { text, span: q.inner, quoted: true }, 'slogan');
  }
  // Terms the corpus explains, wherever they are used.
  const region = model.norm.slice(model.body.start, end);
  for (const g of conventions.glossary) {
    for (const key of g.keys) {
      if (key.length < 2) continue;
      for (const m of region.matchAll(loosePattern(key))) {
        const start = model.body.start + m.index;
        const quoted = model.norm[start - 1] === '“';
        // Short keys (`三变`, `四地`) only count where the writer marked them as a term.
        if (key.length <= 3 && !quoted) continue;
        add(g.keys[0]!, { text: model.text.slice(start, start + m[0].length), span: { start, end: start + m[0].length }, quoted }, 'corpus');
      }
    }
  }
  for (const m of region.matchAll(/(?<![A-Za-z])[A-Z]{2,6}(?:\d+(?:\.\d+)?)?(?![A-Za-z])/g)) {
    const word = m[0].replace(/[\d.]+$/, '');
    if (COMMON_ACRONYMS.has(word)) continue;
    const start = model.body.start + m.index;
    add(m[0], { text: m[0], span: { start, end: start + m[0].length }, quoted: false }, 'acronym');
  }
  for (const a of found.values()) a.uses.sort((x, y) => x.span.start - y.span.start);
  return [...found.values()].sort((a, b) => a.uses[0]!.span.start - b.uses[0]!.span.start);
}

/** The glossary entry a term's uses refer to, if any. */
export function entryFor(model: ReportModel, a: Abbreviation): GlossaryEntry | undefined {
  return model.glossary?.entries.find((e) => a.uses.some((u) => usesEntry(u.text, e)) || usesEntry(a.key, e));
}

export function isCommon(a: Abbreviation, common: Set<string>): boolean {
  return a.uses.some((u) => common.has(u.text.replace(/[“”"]/g, ''))) || common.has(a.key);
}

/** First use of an entry in the body (lenient matching over quotes and known phrases). */
export function firstUseOf(model: ReportModel, entry: GlossaryEntry): Span | undefined {
  return usesOf(model, entry)[0];
}

/** A term as writers may bracket it: `(C级)化工园区` for `C级化工园区`. */
function loosePattern(term: string): RegExp {
  const chars = [...term].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`[(（]?${chars.join('[)）(（ ]?')}`, 'g');
}

const usesCache = new WeakMap<ReportModel, Map<GlossaryEntry, Span[]>>();

/** Every use of an entry in the body (computed once per model and entry). */
export function usesOf(model: ReportModel, entry: GlossaryEntry): Span[] {
  let perModel = usesCache.get(model);
  if (!perModel) usesCache.set(model, (perModel = new Map()));
  let spans = perModel.get(entry);
  if (!spans) perModel.set(entry, (spans = findUses(model, entry)));
  return spans;
}

function findUses(model: ReportModel, entry: GlossaryEntry): Span[] {
  const end = bodyEnd(model);
  const region = model.norm.slice(model.body.start, end);
  const spans: Span[] = [];
  // Keys anywhere; a key's core (`三北` of `三北工程`) only where it is quoted as a term.
  const needles = new Map<string, boolean>();
  for (const k of entry.keys) {
    needles.set(k, false);
    const core = coreOf(k);
    if (core.length >= 2 && core !== k && !needles.has(core)) needles.set(core, true);
  }
  for (const [needle, quotedOnly] of needles) {
    const loose = loosePattern(needle).source;
    const pattern = new RegExp(quotedOnly ? `(?<=“)${loose}(?=”)` : loose, 'g');
    for (const m of region.matchAll(pattern)) {
      const start = model.body.start + m.index;
      if (!spans.some((s) => s.start <= start && start < s.end)) spans.push({ start, end: start + m[0].length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
