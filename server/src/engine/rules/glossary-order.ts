import { reorderEdits } from '../glossary/edits.js';
import { orderUseOf } from '../glossary/terms.js';
import type { Rule, RuleFinding } from '../types.js';
import { displacedParts } from './section-order.js';
import { msg, quoted } from './util.js';

/**
 * Entries numbered 1..n (all 61 corpus glossaries are), and one entry out of place in a
 * glossary that otherwise follows the body's order of first use. Strict first-use order is a
 * tendency, not the rule: 29 of the 61 corpus glossaries follow it strictly, 16 have exactly
 * one entry out of place and 16 more (docs/rules/glossary-order.md). Only the single entry
 * out of place is reported: with two or more the writer followed another order.
 */
export const rule: Rule = {
  id: 'glossary-order',
  severity: 'info',
  category: 'glossary',
  fixable: true,
  description: msg('名词解释条目未按1..n编号，或个别条目未按正文首次出现的顺序排列', 'Entries are not numbered 1..n, or one entry is out of the order of first use'),
  check({ model }) {
    const entries = model.glossary?.entries ?? [];
    if (!entries.length) return [];
    const findings: RuleFinding[] = [];
    const renumber = { id: 'renumber', title: msg('按1..n重新编号', 'Renumber 1..n'), safe: false, edits: reorderEdits(model) };
    entries.forEach((e, i) => {
      if (e.number !== null && e.number !== i + 1) {
        findings.push({ span: e.numberSpan, message: msg(`条目编号应为 ${i + 1}，写作 ${e.number}`, `Entry number should be ${i + 1}, not ${e.number}`), fixes: [renumber] });
      }
    });
    // While sections are out of order the order of first use is not settled: judge it after.
    if (findings.length || displacedParts(model).length) return findings;
    const used = entries.map((e, i) => ({ i, at: orderUseOf(model, e) })).filter((x): x is { i: number; at: number } => x.at !== undefined);
    if (used.length < 4) return findings;
    const outside = outsideLongestRun(used.map((x) => x.at));
    if (outside.length !== 1) return findings;
    const k = outside[0]!;
    const moved = used[k]!;
    const rest = used.filter((_, j) => j !== k);
    // Its place: before the first entry the body names after it.
    const next = rest.find((x) => x.at > moved.at);
    const order = entries.map((_, i) => i).filter((i) => i !== moved.i);
    order.splice(next ? order.indexOf(next.i) : order.length, 0, moved.i);
    const e = entries[moved.i]!;
    const neighbour = entries[next ? next.i : rest.at(-1)!.i]!;
    findings.push({
      span: e.termSpan,
      message: next
        ? msg(
            `其余条目按正文首次出现的顺序排列，${quoted(e.term)}在正文中先于${quoted(neighbour.term)}出现，宜排在其前`,
            `The other entries follow the body's order of first use; ${quoted(e.term)} is used before ${quoted(neighbour.term)} and would go before it`,
          )
        : msg(
            `其余条目按正文首次出现的顺序排列，${quoted(e.term)}在正文中最后出现，宜排在末尾`,
            `The other entries follow the body's order of first use; ${quoted(e.term)} is used last and would go last`,
          ),
      related: [{ span: neighbour.termSpan, message: msg('按首次出现顺序相邻的条目', 'the entry it would stand next to') }],
      fixes: [{ id: 'reorder', title: msg(`将${quoted(e.term)}移到按首次出现顺序的位置并重新编号`, `Move ${quoted(e.term)} to its place by first use and renumber`), safe: false, edits: reorderEdits(model, order) }],
    });
    return findings;
  },
};

/** Indices outside one longest strictly increasing run of positions (O(n²): glossaries are short). */
function outsideLongestRun(at: readonly number[]): number[] {
  const len = at.map(() => 1);
  const prev = at.map(() => -1);
  for (let i = 0; i < at.length; i++) {
    for (let j = 0; j < i; j++) {
      if (at[j]! < at[i]! && len[j]! + 1 > len[i]!) {
        len[i] = len[j]! + 1;
        prev[i] = j;
      }
    }
  }
  let best = 0;
  for (let i = 1; i < at.length; i++) if (len[i]! > len[best]!) best = i;
  const keep = new Set<number>();
  for (let i = best; i >= 0; i = prev[i]!) keep.add(i);
  return at.map((_, i) => i).filter((i) => !keep.has(i));
}
