import { lint, type LintOptions, type LintResult } from './lint.js';
import type { Paragraph, ReportModel } from './model.js';
import type { Rule, RuleContext, RuleFinding } from './types.js';

/** A paragraph's findings, at the offset where the paragraph started when they were found. */
interface Seen {
  start: number;
  findings: RuleFinding[];
}

interface RuleMemo {
  context: string;
  /** Paragraphs of the last lint and of this one, by key (text and what the rule may read besides). */
  previous: Map<string, Seen>;
  current: Map<string, Seen>;
}

/**
 * Lints one document again and again as it is edited (the language server keeps one per open
 * document). Pure, and the same findings as `lint`: the document is parsed again and every
 * whole-document rule runs again, but a rule of `scope: 'paragraph'` checks only the paragraphs
 * whose key it has not seen in the last lint; the findings of the others are re-used, moved to
 * where the paragraph now starts. Memory: the paragraphs of the last lint, per rule.
 */
export class IncrementalLinter {
  private fingerprint = '';
  private readonly memo = new Map<string, RuleMemo>();

  lint(text: string, options: LintOptions): LintResult {
    // While the segmenter is pending, rules leave things undecided: nothing is kept.
    if (options.segmenter.pending) {
      this.memo.clear();
      this.fingerprint = '';
      return lint(text, options);
    }
    const fingerprint = fingerprintOf(options);
    if (fingerprint !== this.fingerprint) {
      this.memo.clear();
      this.fingerprint = fingerprint;
    }
    const result = lint(text, { ...options, run: (rule, ctx) => this.run(rule, ctx) });
    for (const m of this.memo.values()) {
      m.previous = m.current;
      m.current = new Map();
    }
    return result;
  }

  private run(rule: Rule<any>, ctx: RuleContext<any>): RuleFinding[] {
    if (rule.scope !== 'paragraph') return rule.check(ctx);
    const context = rule.context?.(ctx) ?? '';
    let m = this.memo.get(rule.id);
    if (!m || m.context !== context) this.memo.set(rule.id, (m = { context, previous: new Map(), current: new Map() }));
    const { model } = ctx;
    const keys = paragraphKeys(model);
    const out: RuleFinding[] = [];
    const fresh: Paragraph[] = [];
    const freshKeys: string[] = [];
    model.paragraphs.forEach((p, i) => {
      const key = keys[i]!;
      const seen = m.current.get(key) ?? m.previous.get(key);
      if (!seen) {
        fresh.push(p);
        freshKeys.push(key);
        return;
      }
      m.current.set(key, seen);
      const delta = p.span.start - seen.start;
      for (const f of seen.findings) out.push(delta ? moved(f, delta) : f);
    });
    if (!fresh.length) return out;
    const found = rule.check({ ...ctx, model: { ...model, paragraphs: fresh } });
    // Each finding goes with the paragraph it starts in (the last fresh one starting at or before it).
    const groups: RuleFinding[][] = fresh.map(() => []);
    for (const f of found) {
      let lo = 0;
      let hi = fresh.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (fresh[mid]!.span.start <= f.span.start) lo = mid;
        else hi = mid - 1;
      }
      groups[lo]!.push(f);
      out.push(f);
    }
    fresh.forEach((p, i) => m.current.set(freshKeys[i]!, { start: p.span.start, findings: groups[i]! }));
    return out;
  }
}

/** What a paragraph rule may read of a paragraph: its text, its parts, whether it is body text. */
const keysMemo = new WeakMap<ReportModel, string[]>();
function paragraphKeys(model: ReportModel): string[] {
  let keys = keysMemo.get(model);
  if (!keys) {
    keys = model.paragraphs.map((p) => {
      const body = p.span.start >= model.body.start && p.span.start < model.body.end ? 'b' : '-';
      return `${p.part ?? ''}\u0001${p.topPart ?? ''}\u0001${body}\u0001${model.text.slice(p.span.start, p.span.end)}`;
    });
    keysMemo.set(model, keys);
  }
  return keys;
}

/** The finding of a paragraph that moved by `delta` characters. */
function moved(f: RuleFinding, delta: number): RuleFinding {
  const span = (s: { start: number; end: number }) => ({ start: s.start + delta, end: s.end + delta });
  const out: RuleFinding = { ...f, span: span(f.span) };
  if (f.related) out.related = f.related.map((r) => ({ ...r, span: span(r.span) }));
  if (f.fixes) out.fixes = f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, span: span(e.span) })) }));
  return out;
}

/** Everything besides the text that a rule's findings depend on; a change forgets every paragraph. */
const ids = new WeakMap<object, number>();
let nextId = 1;
function idOf(o: object | undefined): number {
  if (!o) return 0;
  let id = ids.get(o);
  if (id === undefined) ids.set(o, (id = nextId++));
  return id;
}
function fingerprintOf(options: LintOptions): string {
  return [idOf(options.conventions), idOf(options.typoModel), idOf(options.segmenter), idOf(options.rules), JSON.stringify(options.settings)].join('|');
}
