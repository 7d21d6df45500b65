import { documentWidth, inWidth } from '../fixes.js';
import type { ReportModel, Span } from '../model.js';
import { targetItems } from '../parse/targets.js';
import { CANONICAL_PHRASES, distanceAtMostOne, PHRASE_EVIDENCE, SUPERSEDED_FROM_REPORT_YEAR, SUPERSEDED_NAMES } from '../text/phrases.js';
import type { Rule, RuleFinding } from '../types.js';
import { msg } from './util.js';

/**
 * A near miss of a fixed formulation — one character changed, dropped or added
 * (`习近平总书牢记` for `习近平总书记`) — with the canonical form as the fix; and names that
 * were replaced (`一般公共财政预算收入` → `一般公共预算收入`).
 */
export const rule: Rule = {
  id: 'canonical-phrase',
  severity: 'error',
  category: 'proofreading',
  fixable: true,
  description: msg('固定提法写错（错字、漏字、多字）或使用已更名的旧称', 'A fixed formulation is misspelled, or a superseded name is used'),
  check({ model, conventions, settings }) {
    // A formulation is held to only in reports written after it existed (中国式现代化: 2022 on).
    const year = model.reportYear ?? model.planYear ?? (model.reviewYear === undefined ? undefined : model.reviewYear + 1);
    const existed = (p: string) => year === undefined || !((PHRASE_EVIDENCE[p]?.firstYear ?? 0) > year);
    const phrases = [...new Set([...CANONICAL_PHRASES, ...conventions.canonicalPhrases])].filter((p) => p.length >= 6 && existed(p));
    const findings: RuleFinding[] = [];
    const text = model.text;
    const seen = new Set<number>();
    // A learned formulation may hold marks (`（试行）`): the fix writes them in the document's width.
    let width: 'full' | 'half' | undefined;
    const inDocument = (phrase: string) => (/[，：；！？（）,:;!?()]/.test(phrase) ? inWidth(phrase, (width ??= documentWidth(model, settings.punctuation))) : phrase);
    const places = anchorPlaces(text, model.body.start, model.body.end, phrases);
    for (const phrase of phrases) {
      for (const near of nearMisses(model, phrase, places)) {
        if ([...seen].some((at) => at >= near.start - 1 && at <= near.end)) continue;
        seen.add(near.start);
        const written = text.slice(near.start, near.end);
        // A spelling several reports published is a variant, not a slip (统筹好发展和安全).
        if (PHRASE_EVIDENCE[phrase]?.variants[written]) continue;
        // One more function word (中华民族的伟大复兴) is a style variant: worth a look, no more.
        // A shorter form may be an older wording (山水林田湖草): a warning. Anything else: a slip.
        const extra = written.length > phrase.length ? [...written].find((ch, i) => ch !== phrase[i]) : undefined;
        const severity = extra && '的之地得好和与是'.includes(extra) ? 'info' : written.length < phrase.length ? 'warning' : undefined;
        findings.push({
          ...(severity ? { severity: severity as 'info' | 'warning' } : {}),
          span: near,
          message: msg(`“${written}”疑为固定提法“${phrase}”之误`, `"${written}" looks like a slip for the fixed formulation "${phrase}"`),
          fixes: [{ title: msg(`改为“${phrase}”`, `Change to "${phrase}"`), safe: false, edits: [{ span: near, newText: inDocument(phrase) }] }],
        });
      }
    }
    // Inside a 预期目标 item target-phrasing names the old indicator: one finding per span.
    // Read only when an old name is written (most reports have none).
    let targets: Span[] | undefined;
    const superseded = year === undefined || year >= SUPERSEDED_FROM_REPORT_YEAR ? Object.entries(SUPERSEDED_NAMES) : [];
    for (const [old, current] of superseded) {
      for (let at = text.indexOf(old, model.body.start); at >= 0 && at < model.body.end; at = text.indexOf(old, at + old.length)) {
        if (text.slice(at - 2, at) === '一般' && old.startsWith('公共')) continue;
        const span = { start: at, end: at + old.length };
        if ((targets ??= targetItems(model).map((t) => t.span)).some((t) => t.start <= at && at < t.end)) continue;
        findings.push({
          severity: 'warning',
          span,
          message: msg(`“${old}”已更名为“${current}”`, `"${old}" has been renamed "${current}"`),
          fixes: [{ title: msg(`改为“${current}”`, `Change to "${current}"`), safe: false, edits: [{ span, newText: current }] }],
        });
      }
    }
    return findings;
  },
};

/** A phrase's anchors: its first and its last three characters. */
const anchorsOf = (phrase: string) => [phrase.slice(0, 3), phrase.slice(-3)];

/**
 * The anchors of a list of phrases by their first character's code, and a filter of their first
 * two characters' hashes (a place passes about once in a hundred): the same few lists on every lint.
 */
const anchorIndex = new Map<string, { pairs: Uint8Array; byFirst: Map<number, string[]> }>();
const pairHash = (a: number, b: number) => (a * 613 + b) & 0xffff;

/**
 * Every start in [from, to) of each phrase's anchors, overlapping ones included (as repeated
 * indexOf(anchor, at + 1) finds them): one pass over the body for all phrases, not two per phrase.
 */
function anchorPlaces(text: string, from: number, to: number, phrases: readonly string[]): Map<string, number[]> {
  const key = phrases.join('\n');
  let index = anchorIndex.get(key);
  if (!index) {
    if (anchorIndex.size >= 16) anchorIndex.clear();
    const pairs = new Uint8Array(0x10000);
    const byFirst = new Map<number, string[]>();
    for (const anchor of new Set(phrases.flatMap(anchorsOf))) {
      const c = anchor.charCodeAt(0);
      pairs[pairHash(c, anchor.charCodeAt(1))] = 1;
      const list = byFirst.get(c);
      if (list) list.push(anchor);
      else byFirst.set(c, [anchor]);
    }
    anchorIndex.set(key, (index = { pairs, byFirst }));
  }
  const { pairs, byFirst } = index;
  const places = new Map<string, number[]>();
  // An anchor has three characters: it starts two before the text's end or earlier (and no
  // character past the end is read, which would slow the whole loop down).
  const last = Math.min(to, text.length - 2);
  let next = text.charCodeAt(from);
  for (let i = from; i < last; i++) {
    const c = next;
    next = text.charCodeAt(i + 1);
    if (!pairs[pairHash(c, next)]) continue;
    for (const anchor of byFirst.get(c) ?? []) {
      if (!text.startsWith(anchor, i)) continue;
      const at = places.get(anchor);
      if (at) at.push(i);
      else places.set(anchor, [i]);
    }
  }
  return places;
}

/** Whether the phrase is written starting anywhere from `from` to `to` (both included). */
function writtenAround(text: string, phrase: string, from: number, to: number): boolean {
  for (let p = from; p <= to; p++) if (text.startsWith(phrase, p)) return true;
  return false;
}

/** Windows within one edit of the phrase, found from its first or last three characters (`places`: anchorPlaces). */
function nearMisses(model: ReportModel, phrase: string, places: Map<string, number[]>): Span[] {
  const text = model.text;
  const out: Span[] = [];
  for (const [k, anchor] of anchorsOf(phrase).entries()) {
    for (const at of places.get(anchor) ?? []) {
      // Prefer the reading that keeps the phrase's last character in place (a stray insertion).
      for (let len = phrase.length + 1; len >= phrase.length - 1; len--) {
        const start = k === 0 ? at : at + anchor.length - len;
        // The phrase itself at or around the window: no slip (read in place, no string made).
        if (start < 0 || writtenAround(text, phrase, Math.max(0, start - 1), start + len + 1 - phrase.length) || text.startsWith(phrase, start + 1)) continue;
        // The window as far as the text goes; its ends must be the phrase's, except a
        // last-character slip in a long formulation (意志 for 意识).
        const end = Math.min(start + len, text.length);
        const endsMatch = text[end - 1] === phrase.at(-1) || (len === phrase.length && phrase.length >= 8 && k === 0);
        if (!endsMatch || text[start] !== phrase[0]) continue;
        const window = text.slice(start, end);
        if (/[\s,，。;；:：、“”()（）\d]/.test(window)) continue;
        if (distanceAtMostOne(window, phrase)) {
          if (!out.some((s) => s.start < start + len && start < s.end)) out.push({ start, end: start + len });
          break;
        }
      }
    }
  }
  return out;
}
