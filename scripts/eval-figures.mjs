#!/usr/bin/env node
// Development measurement (not a test: it reads the real-report corpus, which never enters the
// repository). Makes drafts with one slip each from real reports and measures how often the
// figure rules find it:
//   restated  a figure the report states twice (same indicator, same value, found by a plain
//             pattern, not by the engine) is changed in its second statement: one digit, as a
//             typing slip would (figure-mismatch should fire on it);
//   copied    a sentence stating a headline figure is restated, one digit changed, at the end
//             of the next paragraph of the same section (figure-mismatch should fire on it);
//   part      the first part after 其中 of a total in the same unit (an amount or a count of
//             things) gets its decimal point moved one place (6728.14 → 67281.4), when that
//             lifts it above the total (sum-mismatch should fire);
//   total     the same breakdowns with the total's decimal point moved down a place
//             (6829.11 → 682.911) or its last digit lost (64 → 6), below its first part
//             (sum-mismatch should fire);
//   count     a run-in list announced with a count (`四个方面：一是…四是…`) gets its count
//             raised by one (count-mismatch should fire);
//   run-in    a list of names announced with a count (`四大工程：A、B、C、D。`) gets its count
//             raised by one (count-mismatch should fire).
// A slip counts as found when the rule reports a range on the changed figure's line that it
// did not report on the unchanged report.
//
//   npm run build && node scripts/eval-figures.mjs [--dir ../shared/corpus] [--per 3] [--show N] [--noise]
//     [--file PART] (only reports whose file name contains PART) [--why] (how the engine read
//     the slipped figure and its other statements, for each miss)
//
// --noise prints instead what the figure rules report on the unchanged reports (each one a
// candidate false alarm to read by hand).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const dir = opt('--dir', join(root, '..', 'shared', 'corpus'));
const per = Number(opt('--per', 3));
const show = Number(opt('--show', 10));
const api = createRequire(import.meta.url)(join(root, 'dist', 'api.js'));
const segmenter = api.characterSegmenter;
const conventions = api.loadDefaultConventions();
const RULES = ['figure-mismatch', 'sum-mismatch', 'count-mismatch'];
const rules = api.rules.filter((r) => RULES.includes(r.id));
const settings = { ...api.DEFAULT_SETTINGS };

function lint(text) {
  return api.lint(text, { conventions, settings, segmenter, locale: 'zh-cn', rules }).findings;
}

const only = opt('--file', '');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && f.includes(only)).sort();

if (args.includes('--noise')) {
  const counts = {};
  for (const name of files) {
    const text = readFileSync(join(dir, name), 'utf8');
    const lines = text.split('\n');
    for (const f of lint(text)) {
      counts[f.rule] = (counts[f.rule] ?? 0) + 1;
      const c = f.range.start.character;
      console.log(`${f.rule} ${f.severity} ${name}:${f.range.start.line + 1} ${f.message}\n    | ${lines[f.range.start.line].slice(Math.max(0, c - 40), c + 30)}`);
    }
  }
  console.log(counts);
  process.exit(0);
}

// Headline indicators, written out here so the drafts do not depend on the engine's own list.
const NAMES = ['地区生产总值', '一般公共预算收入', '地方一般公共预算收入', '一般公共预算支出', '固定资产投资', '社会消费品零售总额', '规模以上工业增加值', '规上工业增加值', '规模以上工业总产值', '进出口总额', '出口总额', '税收收入', '实际利用外资', '城镇居民人均可支配收入', '农村居民人均可支配收入', '居民人均可支配收入', '城镇新增就业', '旅游总收入', '接待游客', '粮食产量', '民生支出', '研发投入', '财政赤字'];
const FIG = '(\\d+(?:\\.\\d+)?)(万亿元|亿元|万元|%|万人次|万人|亿美元|元)';

/** One digit changed: the second significant digit + 3 (mod 10), or the first + 1. */
function slip(num) {
  const digits = [...num];
  const sig = digits.map((d, i) => (/\d/.test(d) && (i > 0 || d !== '0') ? i : -1)).filter((i) => i >= 0);
  const at = sig.length >= 2 ? sig[1] : sig[0];
  const d = Number(digits[at]);
  digits[at] = String(sig.length >= 2 ? (d + 3) % 10 : d === 9 ? 8 : d + 1);
  return digits.join('');
}

function restated(text) {
  const out = [];
  for (const name of NAMES) {
    const re = new RegExp(`(?<![占和、与及])${name}(?:完成|实现|达到|达|为|增长|下降)?${FIG}(?![余多以左])`, 'g');
    const seen = new Map();
    for (const m of text.matchAll(re)) {
      const key = `${m[1]}${m[2]}`;
      const numAt = m.index + m[0].length - key.length;
      if (seen.has(key) && numAt - seen.get(key) > 80) {
        out.push({ kind: 'restated', rule: 'figure-mismatch', at: numAt, from: m[1], to: slip(m[1]), what: `${name} ${key}` });
        break;
      }
      if (!seen.has(key)) seen.set(key, numAt);
    }
  }
  return out;
}

/**
 * A restatement written later with one digit changed: the sentence that states a headline
 * figure is repeated, slipped, at the end of the next paragraph of the same section (the way
 * a key figure is restated in a detailed paragraph). Only sentences with exact figures.
 */
function copied(text) {
  const out = [];
  const re = new RegExp(`(?<![占和、与及])(${NAMES.join('|')})(?:完成|实现|达到|达|为|增长|下降)?${FIG}(?![余多以左])`, 'g');
  for (const m of text.matchAll(re)) {
    const start = Math.max(text.lastIndexOf('。', m.index), text.lastIndexOf('\n', m.index)) + 1;
    const end = text.indexOf('。', m.index);
    const lineEnd = text.indexOf('\n', m.index);
    if (end < 0 || (lineEnd >= 0 && lineEnd < end)) continue;
    const next = lineEnd < 0 ? -1 : text.indexOf('\n', lineEnd + 1);
    const nextLine = next < 0 ? '' : text.slice(lineEnd + 1, next);
    // The next paragraph: prose of the same section (not a heading), ending a sentence.
    if (!/。$/.test(nextLine.trimEnd()) || nextLine.length < 60 || /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/.test(nextLine)) continue;
    const num = m[2];
    const numAt = m.index + m[0].length - num.length - m[3].length;
    const sentence = text.slice(start, end + 1);
    const changed = text.slice(start, numAt) + slip(num) + text.slice(numAt + num.length, end + 1);
    const insertAt = lineEnd + 1 + nextLine.trimEnd().length;
    out.push({ kind: 'copied', rule: 'figure-mismatch', at: insertAt, from: '', to: changed.trim(), what: `${m[1]} ${num}${m[3]}`, mark: insertAt + (changed.length - changed.trimStart().length === 0 ? 0 : 0) + (numAt - start) - (sentence.length - sentence.trimStart().length) });
  }
  return out;
}

/** Amounts and counts a breakdown (`其中`) is written in. */
const PART_FIG = '(\\d+(?:\\.\\d+)?)(万亿元|亿元|万元|万人次|万人|亿美元|万吨|万亩|万平方米|万户|万套|公里|个|家|所|项|套)';

/** `A其中B` with B below A but above a tenth of it, in one unit. */
function breakdowns(text) {
  const re = new RegExp(`(?<![近超约逾余破过\\d.])${PART_FIG}(?![余多以左])[^。；;]{0,30}?其中[，,：:]?([^。；;\\d]{1,16}?)${PART_FIG}(?![余多以左])`, 'g');
  const out = [];
  for (const m of text.matchAll(re)) {
    const [, t, tu, , p, pu] = m;
    // The total is the nearest figure of the unit before 其中 (`新增639家,总数达925家,其中…`).
    const gap = m[0].slice(t.length + tu.length, m[0].indexOf('其中'));
    if (tu !== pu || Number(p) >= Number(t) || Number(p) * 10 <= Number(t) * 1.05 || new RegExp(`\\d${tu}`).test(gap)) continue;
    out.push({ t, tu, p, pu, totalAt: m.index, partAt: m.index + m[0].length - p.length - pu.length });
  }
  return out;
}

/** 6728.14 → 67281.4 (one place up), 330 → 3300; 6829.11 → 682.911 (one place down), 64 → 6 (a digit lost). */
const up = (n) => (n.includes('.') ? n.replace(/(\d)\.(\d)/, '$1$2.').replace(/\.$/, '') : `${n}0`);
const down = (n) => (n.includes('.') ? n.replace(/(\d)\.(\d+)/, '.$1$2').replace(/^\./, '0.') : n.slice(0, -1));

/** The first part's decimal point moved up a place: the part now exceeds its total. */
function parts(text) {
  return breakdowns(text).map(({ t, tu, p, pu, partAt }) => ({ kind: 'part', rule: 'sum-mismatch', at: partAt, from: p, to: up(p), what: `${t}${tu} ⊃ ${p}${pu}` }));
}

/** The total's decimal point moved down a place: its first part now exceeds it. */
function wholes(text) {
  return breakdowns(text)
    .filter(({ t, p }) => down(t) && Number(down(t)) < Number(p))
    .map(({ t, tu, p, pu, totalAt }) => ({ kind: 'total', rule: 'sum-mismatch', at: totalAt, from: t, to: down(t), what: `${t}${tu} ⊃ ${p}${pu}` }));
}

const CN = '一二三四五六七八九十';
function counts(text) {
  const out = [];
  const re = new RegExp(`([二三四五六七八九])(个方面|方面|项|大|个|条|点)[\\u4e00-\\u9fff]{0,8}[：:]\\s*一是`, 'g');
  for (const m of text.matchAll(re)) {
    const n = CN.indexOf(m[1]) + 1;
    const end = text.indexOf('\n', m.index);
    const para = text.slice(m.index, end < 0 ? text.length : end);
    let k = 0;
    for (const o of para.matchAll(new RegExp(`([${CN}])是`, 'g'))) if (CN.indexOf(o[1]) === k) k++;
    if (k !== n) continue;
    out.push({ kind: 'count', rule: 'count-mismatch', at: m.index, from: m[1], to: CN[n], what: `${m[0]}` });
  }
  return out;
}

const why = args.includes('--why');
/** How the engine read the figures of the slipped indicator's statements (for --why). */
function explain(draft, c) {
  const model = api.parseReport(draft, segmenter);
  const value = c.what.split(' ').at(-1).match(/[\d.]+/)?.[0] ?? '';
  const shown = model.figures.filter((f) => f.numberText === value || f.numberText === slip(value));
  return shown
    .map((f) => `\n        ${f.numberText}${f.unitText} [${f.indicator ?? '-'}] ${f.measure} ${f.target ? 'target' : 'result'} ${f.period ?? '?'}${f.year ?? ''} ${f.aspect}${f.listIndex !== undefined ? ' #' + f.listIndex : ''} part=${model.paragraphs[f.paragraph].topPart ?? '-'}/${model.paragraphs[f.paragraph].part ?? '-'} from=${f.periodFrom ?? '-'}`)
    .join('');
}
/** `四大工程：A、B、C、D。` with as many `、` items as announced (no 和/及/与): the count raised by one. */
function runIn(text) {
  const out = [];
  const re = /([二三四五六七八九])(大|个|项|类)([\u4e00-\u9fff]{0,8})[：:](?:即|指)?([^。；;，,：:\d“”\n]{4,200})[。；;]/g;
  for (const m of text.matchAll(re)) {
    const items = m[4].split('、');
    if (items.length !== CN.indexOf(m[1]) + 1 || /和|及|与|等/.test(m[4]) || items.some((x) => x.length < 2)) continue;
    out.push({ kind: 'run-in', rule: 'count-mismatch', at: m.index, from: m[1], to: CN[items.length], what: m[0].slice(0, 30) });
  }
  return out;
}

const lineOf = (text, at) => text.slice(0, at).split('\n').length - 1;
const totals = {};
const misses = {};
for (const name of files) {
  const text = readFileSync(join(dir, name), 'utf8');
  // Scraped pages may hold the report several times over; the engine reads the first copy.
  const model = api.parseReport(text, segmenter);
  const bodyEnd = model.repeats?.span.start ?? model.body.end;
  const candidates = [restated, copied, parts, wholes, counts, runIn].flatMap((f) => f(text).filter((c) => c.at >= model.body.start && c.at < bodyEnd).slice(0, per));
  if (!candidates.length) continue;
  const before = lint(text);
  for (const c of candidates) {
    const draft = text.slice(0, c.at) + c.to + text.slice(c.at + c.from.length);
    const line = lineOf(draft, c.mark ?? c.at);
    const known = new Set(before.filter((f) => f.rule === c.rule).map((f) => `${f.range.start.line}:${f.range.start.character}`));
    const found = lint(draft).some((f) => f.rule === c.rule && f.range.start.line <= line && f.range.end.line >= line && !known.has(`${f.range.start.line}:${f.range.start.character}`));
    const t = (totals[c.kind] ??= { drafts: 0, found: 0 });
    t.drafts++;
    if (found) t.found++;
    else (misses[c.kind] ??= []).push(`${name}:${line + 1} ${c.what} → ${c.to}${why ? explain(draft, c) : ''}`);
  }
}
for (const [kind, t] of Object.entries(totals)) {
  console.log(`${kind.padEnd(9)} ${String(t.found).padStart(4)} / ${String(t.drafts).padEnd(4)} recall ${(t.found / t.drafts).toFixed(2)}`);
  for (const m of (misses[kind] ?? []).slice(0, show)) console.log(`    missed ${m}`);
}
