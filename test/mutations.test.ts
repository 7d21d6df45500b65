// Systematic drafts derived from every seed: each heading number bumped, each review/plan
// year changed, the announced task count changed, the thanks moved into the plan. Each must
// be reported by the intended rule and by no other structure/figure rule (no cascades).
import { describe, expect, it } from 'vitest';
import { parseReport } from '../server/src/engine/parse/index.js';
import { parseChineseInteger, toChineseInteger } from '../server/src/engine/text/numerals.js';
import { lintText, seed, seedNames, segmenter } from './support.js';

const SCORED = ['section-order', 'section-missing', 'heading-sequence', 'year-consistency', 'target-phrasing', 'figure-mismatch', 'count-mismatch', 'sum-mismatch'];
const findings = (text: string) => lintText(text, { rules: SCORED });

interface Mutation {
  name: string;
  text: string;
  rule: string;
}

function mutations(id: string): Mutation[] {
  const t = seed(id);
  const m = parseReport(t, segmenter);
  const line = (o: number) => m.lineStarts.findLastIndex((s) => s <= o) + 1;
  const out: Mutation[] = [];
  for (const h of m.headings) {
    if (!['cn-paren', 'cn-comma', 'ordinal-shi'].includes(h.style) || h.number === null || h.number >= 10) continue;
    const marker = t.slice(h.marker.start, h.marker.end);
    const bumped = marker.replace(toChineseInteger(h.number), toChineseInteger(h.number + 1));
    out.push({ name: `number of ${marker} on line ${line(h.span.start)} bumped`, text: t.slice(0, h.marker.start) + bumped + t.slice(h.marker.end), rule: 'heading-sequence' });
  }
  for (const l of m.landmarks) {
    if (!['review', 'plan', 'tasks'].includes(l.kind) || !l.yearSpan) continue;
    out.push({ name: `${l.kind} year + 1`, text: t.slice(0, l.yearSpan.start) + String(l.year! + 1) + t.slice(l.yearSpan.end), rule: 'year-consistency' });
  }
  const list = m.landmarks.find((l) => l.kind === 'task-list');
  if (list) {
    const p = m.paragraphs[list.paragraph]!.span;
    const c = /([一二三四五六七八九十]+)个方面/.exec(t.slice(p.start, p.end));
    if (c) {
      const at = p.start + c.index;
      out.push({ name: 'task count + 1', text: t.slice(0, at) + toChineseInteger(parseChineseInteger(c[1]!) + 1) + t.slice(at + c[1]!.length), rule: 'count-mismatch' });
    }
  }
  const thanks = m.landmarks.find((l) => l.kind === 'thanks');
  const plan = m.landmarks.find((l) => l.kind === 'plan');
  if (thanks && plan && !m.fragment) {
    const p = m.paragraphs[thanks.paragraph]!.span;
    const para = t.slice(p.start, p.end);
    const without = t.slice(0, p.start) + t.slice(p.end);
    const nl = without.indexOf('\n', without.indexOf(t.slice(plan.span.start, plan.span.end)));
    out.push({ name: 'thanks moved into the plan', text: `${without.slice(0, nl + 1)}${para}\n${without.slice(nl + 1)}`, rule: 'section-order' });
  }
  return out;
}

describe.each(seedNames.map((n) => n.slice(0, 3)))('drafts derived from seed %s', (id) => {
  const base = new Set(findings(seed(id)).map((f) => `${f.rule}|${f.message}`));
  it.each(mutations(id).map((m) => [m.name, m] as const))('%s', (_name, m) => {
    const added = findings(m.text).filter((f) => !base.has(`${f.rule}|${f.message}`));
    expect(added.some((f) => f.rule === m.rule), `${m.rule} not reported`).toBe(true);
    expect(added.filter((f) => f.rule !== m.rule).map((f) => `${f.range.start.line + 1}:${f.rule}`)).toEqual([]);
  });
});
