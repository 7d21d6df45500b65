import type { ReportModel, Span } from '../model.js';
import type { Rule, RuleFinding } from '../types.js';
import { lineEndOf, lineStartOf, msg } from './util.js';

const MIN_LENGTH = 20;

/**
 * A paragraph repeated verbatim (seed 004 repeats its thanks and problems inside the plan),
 * or a sentence of 20+ characters repeated elsewhere. Consecutive repeated paragraphs form one
 * block, split where a new part of the report (thanks, problems) begins.
 */
export const rule: Rule = {
  id: 'duplicate-paragraph',
  severity: 'warning',
  category: 'proofreading',
  fixable: true,
  description: msg('段落或长句逐字重复', 'A paragraph or a long sentence is repeated verbatim'),
  check({ model }) {
    const key = (s: Span) => model.norm.slice(s.start, s.end).replace(/\s+/g, '');
    const firstSeen = new Map<string, number>();
    const repeats: { index: number; original: number }[] = [];
    model.paragraphs.forEach((p, i) => {
      const k = key(p.span);
      const original = firstSeen.get(k);
      if (original !== undefined && (k.length >= MIN_LENGTH || isContinuation(repeats, i, original))) repeats.push({ index: i, original });
      else if (original === undefined) firstSeen.set(k, i);
    });
    const findings: RuleFinding[] = [];
    let block: { index: number; original: number }[] = [];
    // A block covers one part of the report: it ends where another part (problems after thanks) begins.
    let blockKind: string | undefined;
    const flush = () => {
      if (block.length) findings.push(blockFinding(model, block));
      block = [];
      blockKind = undefined;
    };
    for (const r of repeats) {
      const last = block.at(-1);
      const kind = kindAt(model, r.index);
      const continues = last && r.index === last.index + 1 && r.original === last.original + 1 && !(kind && blockKind && kind !== blockKind);
      if (!continues) flush();
      block.push(r);
      blockKind ??= kind;
    }
    flush();
    for (const f of repeatedSentences(model, new Set(repeats.map((r) => r.index)))) findings.push(f);
    if (model.repeats) findings.push(wholeCopy(model, model.repeats));
    return findings;
  },
};

/** The whole report again after its end (a page pasted or scraped twice): one finding, not one per paragraph. */
function wholeCopy(model: ReportModel, repeats: NonNullable<ReportModel['repeats']>): RuleFinding {
  const n = repeats.copies;
  return {
    span: { start: repeats.span.start, end: lineEndOf(model, repeats.span.start) },
    message: msg(`全文重复出现${n}次：从此处起是前文报告的重复`, `The whole report appears ${n} times: from here on it repeats the text above`),
    related: [{ span: model.body, message: msg('报告正文', 'the report') }],
    fixes: [{ title: msg('删除重复的全文', 'Delete the repeated copies'), safe: false, edits: [{ span: repeats.span, newText: '' }] }],
  };
}

function isContinuation(repeats: { index: number; original: number }[], i: number, original: number): boolean {
  const last = repeats.at(-1);
  return !!last && last.index === i - 1 && last.original === original - 1;
}

function kindAt(model: ReportModel, paragraph: number): string | undefined {
  return model.landmarks.find((l) => l.paragraph === paragraph)?.kind;
}

function blockFinding(model: ReportModel, block: { index: number; original: number }[]): RuleFinding {
  const first = model.paragraphs[block[0]!.index]!;
  const last = model.paragraphs[block.at(-1)!.index]!;
  const orig = model.paragraphs[block[0]!.original]!;
  const start = lineStartOf(model, first.span.start);
  const end = lineEndOf(model, last.span.end);
  // Delete the block with the line break after it (and blank lines that separated it).
  let cut = end;
  while (cut < model.text.length && /[\r\n \t]/.test(model.text[cut]!)) cut++;
  const n = block.length;
  return {
    span: { start: first.span.start, end: last.span.end },
    message: n > 1 ? msg(`以下${n}段与前文逐字重复`, `These ${n} paragraphs repeat earlier text verbatim`) : msg('此段与前文逐字重复', 'This paragraph repeats an earlier one verbatim'),
    related: [{ span: orig.span, message: msg('首次出现处', 'first occurrence') }],
    fixes: [{ title: msg('删除重复段落', 'Delete the repeated paragraphs'), safe: false, edits: [{ span: { start, end: cut === model.text.length ? end : cut }, newText: '' }] }],
  };
}

/** Long sentences repeated in different paragraphs (not already part of a repeated paragraph). */
function repeatedSentences(model: ReportModel, skip: Set<number>): RuleFinding[] {
  const seen = new Map<string, Span>();
  const out: RuleFinding[] = [];
  model.paragraphs.forEach((p, i) => {
    if (skip.has(i)) return;
    for (const s of p.sentences) {
      // Without its spaces a sentence is no longer: a short one is never keyed.
      if (s.end - s.start < MIN_LENGTH) continue;
      const k = model.norm.slice(s.start, s.end).replace(/\s+/g, '');
      if (k.length < MIN_LENGTH || !/[。!?]$/.test(k)) continue;
      const earlier = seen.get(k);
      if (!earlier) {
        seen.set(k, s);
        continue;
      }
      if (earlier.start >= p.span.start) continue;
      out.push({
        span: s,
        message: msg('此句与前文逐字重复', 'This sentence repeats an earlier one verbatim'),
        related: [{ span: earlier, message: msg('首次出现处', 'first occurrence') }],
        fixes: [{ title: msg('删除重复句', 'Delete the repeated sentence'), safe: false, edits: [{ span: s, newText: '' }] }],
      });
    }
  });
  return out;
}
