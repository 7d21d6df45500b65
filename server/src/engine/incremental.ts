import { byPosition, lint, type LintOptions, type LintResult } from './lint.js';
import type { Paragraph, Position, Range, ReportModel } from './model.js';
import { rules as registry } from './rules/index.js';
import { positionAt } from './text/positions.js';
import type { Finding, Rule, RuleContext, RuleFinding } from './types.js';

/** A paragraph's findings, at the offset where the paragraph started when they were found. */
interface Seen {
  /** What the rule may read besides the text: the paragraph's parts, whether it is body text. */
  where: string;
  start: number;
  findings: RuleFinding[];
}

interface RuleMemo {
  context: string;
  /** Paragraphs of the last lint and of this one, by text (`where` tells apart those of the same text). */
  previous: Map<string, Seen[]>;
  current: Map<string, Seen[]>;
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
  /** The last complete lint, whose whole-document findings `quick` carries over an edit. */
  private last: { text: string; result: LintResult } | undefined;

  lint(text: string, options: LintOptions): LintResult {
    this.refresh(options);
    const result = lint(text, { ...options, run: (rule, ctx) => this.run(rule, ctx) });
    this.rotate();
    this.last = { text, result };
    return result;
  }

  /**
   * A keystroke's findings without waiting for the whole-document rules (the language server
   * publishes this first in a long document, then the complete `lint` once typing pauses): the
   * paragraph rules check the paragraphs they have not seen, on a parse without figures; every
   * other rule's findings are those of the last complete lint, moved with the text around the
   * edit and dropped where the edit touched them (their `data` is carried as it was: the
   * language server reads only its term). Undefined when there is no complete lint of these
   * options to start from.
   */
  quick(text: string, options: LintOptions): LintResult | undefined {
    const last = this.last;
    if (!last || fingerprintOf(options) !== this.fingerprint) return undefined;
    const all = options.rules ?? registry;
    const paragraphRules = all.filter((r) => r.scope === 'paragraph');
    const local = new Set(paragraphRules.map((r) => r.id));
    const fresh = lint(text, { ...options, rules: paragraphRules, figures: false, run: (rule, ctx) => this.run(rule, ctx) });
    this.rotate();
    const carried = carryOver(last.result, fresh.model, (f) => !local.has(f.rule));
    const findings = [...fresh.findings, ...carried].sort(byPosition);
    const failures = [...fresh.failures, ...last.result.failures.filter((f) => !local.has(f.rule))];
    return { model: fresh.model, findings, failures };
  }

  private refresh(options: LintOptions): void {
    const fingerprint = fingerprintOf(options);
    if (fingerprint !== this.fingerprint) {
      this.memo.clear();
      this.last = undefined;
      this.fingerprint = fingerprint;
    }
  }

  private rotate(): void {
    for (const m of this.memo.values()) {
      m.previous = m.current;
      m.current = new Map();
    }
  }

  private run(rule: Rule<any>, ctx: RuleContext<any>): RuleFinding[] {
    if (rule.scope !== 'paragraph') return rule.check(ctx);
    const context = rule.context?.(ctx) ?? '';
    let m = this.memo.get(rule.id);
    if (!m || m.context !== context) this.memo.set(rule.id, (m = { context, previous: new Map(), current: new Map() }));
    const { model } = ctx;
    const { texts, wheres } = paragraphKeys(model);
    const out: RuleFinding[] = [];
    const fresh: Paragraph[] = [];
    const freshKeys: string[] = [];
    const freshWheres: string[] = [];
    model.paragraphs.forEach((p, i) => {
      const key = texts[i]!;
      const where = wheres[i]!;
      const seen = m.current.get(key)?.find((x) => x.where === where) ?? m.previous.get(key)?.find((x) => x.where === where);
      if (!seen) {
        fresh.push(p);
        freshKeys.push(key);
        freshWheres.push(where);
        return;
      }
      remember(m.current, key, seen);
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
    fresh.forEach((p, i) => remember(m.current, freshKeys[i]!, { where: freshWheres[i]!, start: p.span.start, findings: groups[i]! }));
    return out;
  }
}

/** Adds `seen` under `key` unless one of the same `where` is there (the same paragraph text may stand in several parts). */
function remember(map: Map<string, Seen[]>, key: string, seen: Seen): void {
  const list = map.get(key);
  if (!list) map.set(key, [seen]);
  else if (!list.some((x) => x.where === seen.where)) list.push(seen);
}

/**
 * What a paragraph rule may read of a paragraph: its text (the key: a slice of the model's text,
 * so no copy), its parts and whether it is body text (`where`).
 */
const keysMemo = new WeakMap<ReportModel, { texts: string[]; wheres: string[] }>();
function paragraphKeys(model: ReportModel): { texts: string[]; wheres: string[] } {
  let keys = keysMemo.get(model);
  if (!keys) {
    const texts: string[] = [];
    const wheres: string[] = [];
    for (const p of model.paragraphs) {
      const body = p.span.start >= model.body.start && p.span.start < model.body.end ? 'b' : '-';
      texts.push(model.text.slice(p.span.start, p.span.end));
      wheres.push(`${p.part ?? ''}\u0001${p.topPart ?? ''}\u0001${body}`);
    }
    keysMemo.set(model, (keys = { texts, wheres }));
  }
  return keys;
}

/**
 * The findings of `from` chosen by `keep`, moved to the text of `to`: the edit between the two
 * texts is the span between their common start and common end; a finding (with its related
 * places and fix edits) wholly before it stays, wholly after it moves by the change in length,
 * and one that touches it is dropped (the complete lint decides it again).
 */
function carryOver(from: LintResult, to: ReportModel, keep: (f: Finding) => boolean): Finding[] {
  const before = from.model.text;
  const after = to.text;
  const shortest = Math.min(before.length, after.length);
  let head = 0;
  while (head < shortest && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < shortest - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  const editEnd = before.length - tail;
  // Positions, not offsets: a place before the edit keeps its line and column; one after it moves
  // by the lines the edit added, and along the line only on the line where the edit ends.
  const headAt = positionAt(from.model.lineStarts, head);
  const oldEnd = positionAt(from.model.lineStarts, editEnd);
  const newEnd = positionAt(to.lineStarts, after.length - tail);
  const lessThan = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
  const lines = newEnd.line - oldEnd.line;
  /** The range moved, the same object when nothing moves (most keystrokes add no line), or undefined when the edit touched it. */
  const move = (r: Range): Range | undefined => {
    if (lessThan(r.end, headAt)) return r;
    if (!lessThan(oldEnd, r.start)) return undefined;
    if (lines === 0 && r.start.line !== oldEnd.line && r.end.line !== oldEnd.line) return r;
    const shift = (p: Position): Position =>
      p.line === oldEnd.line ? { line: newEnd.line, character: newEnd.character + p.character - oldEnd.character } : { line: p.line + lines, character: p.character };
    return { start: shift(r.start), end: shift(r.end) };
  };
  const out: Finding[] = [];
  for (const f of from.findings) {
    if (!keep(f)) continue;
    const range = move(f.range);
    const related = range && movedAll(f.related, move);
    const fixes: Finding['fixes'] = [];
    for (const x of related ? f.fixes : []) {
      const edits = movedAll(x.edits, move);
      if (!edits) break;
      fixes.push(edits.every((e, i) => e === x.edits[i]) ? x : { ...x, edits });
    }
    if (!range || !related || fixes.length < f.fixes.length) continue;
    const same = range === f.range && related.every((r, i) => r === f.related[i]) && fixes.every((x, i) => x === f.fixes[i]);
    out.push(same ? f : { ...f, range, related, fixes });
  }
  return out;
}

/** Each item with its range moved (the same object where nothing moved), or undefined when the edit touched one. */
function movedAll<T extends { range: Range }>(items: readonly T[], move: (r: Range) => Range | undefined): T[] | undefined {
  const out: T[] = [];
  for (const item of items) {
    const range = move(item.range);
    if (!range) return undefined;
    out.push(range === item.range ? item : { ...item, range });
  }
  return out;
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
