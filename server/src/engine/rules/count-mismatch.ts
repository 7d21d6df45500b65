import type { Heading, ReportModel, Span } from '../model.js';
import { parseCount, toChineseInteger } from '../text/numerals.js';
import type { Rule, RuleFinding } from '../types.js';
import { msg } from './util.js';

const N = '[一二三四五六七八九十两双]{1,3}|\\d{1,2}';

interface Announcement {
  /** Span of the announced numeral. */
  numeral: Span;
  announced: number;
  delivered: number;
  /** Where the delivered items are (first and last), for related information. */
  items: Span[];
  what: string;
}

/**
 * An announced count differs from the items that follow or precede it: `六个方面工作` and five
 * `(一)…`; `五项国字号殊荣` and four quoted titles; `三大机制` and a quoted list of four;
 * `四个关键:一是…三是`; a glossary entry `六大工程:一是…五是`.
 */
export const rule: Rule = {
  id: 'count-mismatch',
  severity: 'error',
  category: 'figures',
  fixable: true,
  description: msg('宣布的数目与列出的条目数不符（如“六个方面”却只列五项）', 'An announced count differs from the items listed'),
  check({ model }) {
    const found = [...taskLists(model), ...numberedLists(model), ...inlineLists(model), ...quotedLists(model), ...glossaryLists(model), ...runInLists(model)];
    const seen = new Set<number>();
    return found
      .filter((a) => a.announced !== a.delivered && !seen.has(a.numeral.start) && seen.add(a.numeral.start))
      .map((a) => toFinding(model, a));
  },
};

function toFinding(model: ReportModel, a: Announcement): RuleFinding {
  const written = model.text.slice(a.numeral.start, a.numeral.end);
  // Before a classifier 2 is written 两 (两项, 两大).
  const replacement = /\d/.test(written) ? String(a.delivered) : a.delivered === 2 ? '两' : toChineseInteger(a.delivered);
  const f: RuleFinding = {
    span: a.numeral,
    message: msg(
      `宣布“${written}${a.what}”，实际列出${a.delivered}项`,
      `"${written}${a.what}" is announced but ${a.delivered} items are listed`,
    ),
    fixes: [{ title: msg(`改为“${replacement}”`, `Change to "${replacement}"`), safe: false, edits: [{ span: a.numeral, newText: replacement }] }],
  };
  const first = a.items[0];
  const last = a.items.at(-1);
  if (first && last) {
    f.related = [{ span: first, message: msg('第一项', 'first item') }];
    if (last !== first) f.related.push({ span: last, message: msg(`第${a.delivered}项（最后一项）`, `item ${a.delivered} (the last)`) });
  }
  return f;
}

/** `重点抓好六个方面工作:` then the plan's `(一)…(六)`. */
function taskLists(model: ReportModel): Announcement[] {
  const out: Announcement[] = [];
  const re = new RegExp(`(?:以下|抓好|做好|推进)(${N})(?:个|项|大)?(方面|项|件|大)`);
  for (const mark of model.landmarks) {
    if (mark.kind !== 'task-list') continue;
    const p = model.paragraphs[mark.paragraph]!;
    const m = re.exec(model.norm.slice(p.span.start, p.span.end));
    if (!m) continue;
    const parent = model.headings.findLast((h) => h.style === 'cn-comma' && h.span.start < p.span.start);
    const siblings = (parent ? parent.children : model.outline).filter((h) => h.style === 'cn-paren' && h.span.start > p.span.start);
    if (!siblings.length) continue;
    const at = p.span.start + m.index + m[0].indexOf(m[1]!);
    out.push({
      numeral: { start: at, end: at + m[1]!.length },
      announced: parseCount(m[1]!),
      delivered: siblings.length,
      items: siblings.map((h) => h.span),
      what: m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length),
    });
  }
  return out;
}

/** `办好以下十件实事:` then the numbered items `1.…10.` of the following paragraphs. */
function numberedLists(model: ReportModel): Announcement[] {
  const out: Announcement[] = [];
  const re = new RegExp(`(?:以下|如下|下列)(${N})(件|项|个|条|类)([\\u4e00-\\u9fff]{0,8}):$`);
  const headingAt = new Map<number, Heading>();
  for (const h of model.headings) if (!headingAt.has(h.paragraph)) headingAt.set(h.paragraph, h);
  model.paragraphs.forEach((p, pi) => {
    // The announcement ends its paragraph with a colon: other paragraphs are not searched.
    if (model.norm[p.span.end - 1] !== ':') return;
    const m = re.exec(model.norm.slice(p.span.start, p.span.end));
    if (!m) return;
    // The run of numbered paragraphs right after the announcement (linear: one look-up each).
    const run: Heading[] = [];
    for (let next = pi + 1; ; next++) {
      const h = headingAt.get(next);
      if (!h || (h.style !== 'arabic-dot' && h.style !== 'arabic-paren') || (run[0] && h.style !== run[0].style)) break;
      run.push(h);
    }
    if (!run.length) return;
    const at = p.span.start + m.index + m[0].indexOf(m[1]!);
    out.push({ numeral: { start: at, end: at + m[1]!.length }, announced: parseCount(m[1]!), delivered: run.length, items: run.map((h) => h.span), what: m[2]! + m[3]! });
  });
  return out;
}

/** `重点把握四个关键:一是…二是…` inside one paragraph. */
function inlineLists(model: ReportModel): Announcement[] {
  const out: Announcement[] = [];
  const re = new RegExp(`(${N})(个|项|大|条|点|方面)([\\u4e00-\\u9fff]{0,8}):\\s*一是`, 'g');
  for (const p of model.paragraphs) {
    const text = model.norm.slice(p.span.start, p.span.end);
    if (!text.includes('一是')) continue;
    for (const m of text.matchAll(re)) {
      // The items follow within the paragraph; a bounded look keeps many announcements linear.
      const rest = text.slice(m.index + m[0].length - 2, m.index + m[0].length + 4000);
      const ordinals = [...rest.matchAll(/(?:^|[,;。:])\s*([一二三四五六七八九十]{1,2})是/g)];
      let count = 0;
      for (const o of ordinals) if (parseCount(o[1]!) === count + 1) count++;
      const at = p.span.start + m.index;
      out.push({
        numeral: { start: at, end: at + m[1]!.length },
        announced: parseCount(m[1]!),
        delivered: count,
        items: ordinals.slice(0, count).map((o) => ({ start: p.span.start + m.index + m[0].length - 2 + o.index, end: p.span.start + m.index + m[0].length - 2 + o.index + o[0].length })),
        what: m[2]! + m[3]!,
      });
    }
  }
  return out;
}

const QUOTE_THEN_COUNT = /”[、和及]?(?:[一二三四五六七八九十两双]|\d)/;

/** `“A”“B”“C”三项殊荣` (a run of quotes) and `“A、B、C”三大机制` (one quote listing items). */
function quotedLists(model: ReportModel): Announcement[] {
  const out: Announcement[] = [];
  // `“A”“B”70项以上` is an amount, not a count of the quotes: a count has no 以上/余/多.
  const run = new RegExp(`((?:“[^”]{1,24}”[、和及]?){2,})(${N})(项|个|大|件|种|张)(?!以上|余|多)([\\u4e00-\\u9fff]{1,6})`, 'g');
  const single = new RegExp(`“([^”]{3,60})”(${N})(大|个|项|种)([\\u4e00-\\u9fff]{1,4})`, 'g');
  for (const p of model.paragraphs) {
    const text = model.norm.slice(p.span.start, p.span.end);
    // Both need a closing quote with a numeral right after it (or after 、和及): a quick test
    // spares most paragraphs the backtracking over their quotes.
    if (!QUOTE_THEN_COUNT.test(text)) continue;
    for (const m of text.matchAll(run)) {
      const quotes = [...m[1]!.matchAll(/“[^”]+”/g)];
      const at = p.span.start + m.index + m[1]!.length;
      out.push({
        numeral: { start: at, end: at + m[2]!.length },
        announced: parseCount(m[2]!),
        delivered: quotes.length,
        items: quotes.map((q) => ({ start: p.span.start + m.index + q.index, end: p.span.start + m.index + q.index + q[0].length })),
        what: m[3]! + m[4]!,
      });
    }
    for (const m of text.matchAll(single)) {
      // Items are separated by `,` when the quote has them (`“A、B,C”`), else by `、`; the last
      // two may be joined by 和/及/与 (`“A、B和C”`).
      const top = m[1]!.includes(',') ? m[1]!.split(',') : m[1]!.split('、');
      const tail = top.at(-1)!.split(/和|及|与/);
      const parts = top.length >= 2 && tail.length === 2 && tail.every((x) => x.length >= 2) ? [...top.slice(0, -1), ...tail] : top;
      const announced = parseCount(m[2]!);
      const letters = parts.join('').length;
      // `“巩固、增强、提升、畅通”八个字`, `“视半工备、海陆空网”八大产业`: a count of characters.
      if (m[4]!.startsWith('字') || letters === announced) continue;
      // Two phrases before a larger count name a theme (`“拓空间、保发展”十大专项行动`), not the items.
      if (parts.length < 3 && announced > parts.length + 1) continue;
      if (parts.length < 2 || parts.some((x) => x.length > 12)) continue;
      const at = p.span.start + m.index + m[1]!.length + 2;
      out.push({
        numeral: { start: at, end: at + m[2]!.length },
        announced: parseCount(m[2]!),
        delivered: parts.length,
        items: [{ start: p.span.start + m.index, end: at }],
        what: m[3]! + m[4]!,
      });
    }
  }
  return out;
}

/**
 * `实施四大工程:产业升级工程、城市更新工程、民生保障工程。` (body or 名词解释): the items after the
 * colon, separated by `、`, up to the end of the sentence. The last two may be joined by
 * 和/及/与 (`…、国际低碳城和平湖新城`) or not (`城市更新与功能提升` is one item), so a list of n
 * parts with a conjunction in the last one agrees with n or n + 1. Lists that run on (`…等`),
 * hold a comma, or mix one-word and long items (`违法建筑管理、疏导、断根…`: items of items)
 * are not counted.
 */
function runInLists(model: ReportModel): Announcement[] {
  const out: Announcement[] = [];
  const re = new RegExp(`(${N})(大|个|项|类|方面)”?([\u4e00-\u9fff]{0,8})”?:\s*(?:即|指|是|包括)?([^。;:,!?]{4,240})(?=[。;]|$)`, 'g');
  for (const p of model.paragraphs) {
    const text = model.norm.slice(p.span.start, p.span.end);
    if (!text.includes(':')) continue;
    for (const m of text.matchAll(re)) {
      if (m.index > 0 && /[一二三四五六七八九十两双\d第]/.test(text[m.index - 1]!)) continue;
      let list = m[4]!;
      // `…、公明四大先进制造业园区。`: the count restated after the last item ends the list.
      const restated = new RegExp(`(?:${N})(?:大|个|项|类)`).exec(list);
      if (restated) list = list.slice(0, restated.index);
      if (/等$|等[\u4e00-\u9fff]{0,6}$|“|一是|\d/.test(list)) continue;
      const parts = list.split('、').map((x) => x.trim());
      if (parts.length < 2 || parts.some((x) => x.length < 2 || x.length > 24)) continue;
      const lengths = parts.map((x) => x.length);
      if (Math.min(...lengths) <= 2 && Math.max(...lengths) >= 6) continue;
      const announced = parseCount(m[1]!);
      const joined = /和|及|与|以及/.test(parts.at(-1)!) ? 1 : 0;
      if (announced >= parts.length && announced <= parts.length + joined) continue;
      const at = p.span.start + m.index;
      const listStart = p.span.start + m.index + m[0].length - m[4]!.length;
      out.push({
        numeral: { start: at, end: at + m[1]!.length },
        announced,
        delivered: announced > parts.length ? parts.length + joined : parts.length,
        items: [{ start: listStart, end: listStart + list.length }],
        what: m[2]! + m[3]!,
      });
    }
  }
  return out;
}

/** A glossary entry `六大工程:一是…六是` lists as many items as its name counts. */
function glossaryLists(model: ReportModel): Announcement[] {
  const out: Announcement[] = [];
  const re = new RegExp(`(${N})(大|个|项)`);
  for (const e of model.glossary?.entries ?? []) {
    const m = re.exec(e.term);
    if (!m || !/^\s*一是/.test(e.definition)) continue;
    const ordinals = [...e.definition.matchAll(/([一二三四五六七八九十]{1,2})是/g)].map((o) => parseCount(o[1]!));
    let count = 0;
    for (const n of ordinals) if (n === count + 1) count++;
    const at = e.termSpan.start + model.norm.slice(e.termSpan.start, e.termSpan.end).indexOf(m[0]);
    out.push({ numeral: { start: at, end: at + m[1]!.length }, announced: parseCount(m[1]!), delivered: count, items: [e.definitionSpan], what: m[2]! + e.term.slice(e.term.indexOf(m[0]) + m[0].length) });
  }
  return out;
}
