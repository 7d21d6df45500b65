// The one fix pipeline: the CLI's --fix, the editor's source.fixAll, "fix all of this rule"
// and the commands all call fixAll, so they take the same fixes in the same passes.
import { applySpanEdits, compatibleFixes } from './fixes.js';
import { lint, type LintOptions, type LintResult } from './lint.js';
import type { Span } from './model.js';
import { rules as registry } from './rules/index.js';
import { offsetAt } from './text/positions.js';
import type { Finding, SpanEdit } from './types.js';

/** Punctuation (Unicode P) and whitespace: all a safe fix may change (docs/fixes.md). */
const NOT_WORDS = /[\p{P}\p{Z}\s]+/gu;

/** The text with punctuation and whitespace removed: what a safe fix must leave as it was. */
export function wordsOf(text: string): string {
  return text.replace(NOT_WORDS, '');
}

/**
 * Whether edits (not overlapping each other) leave the words of `text` as they were. Removing
 * punctuation and whitespace works character by character, so checking each edited span
 * against its replacement is the same as comparing the whole text before and after.
 */
export function keepsWords(text: string, edits: readonly SpanEdit[]): boolean {
  return edits.every((e) => wordsOf(text.slice(e.span.start, e.span.end)) === wordsOf(e.newText));
}

export interface FixSelection {
  /** Only fixes of these rules ("fix all of this rule"); default: every rule. */
  rules?: readonly string[];
  /** Passes of fix and re-lint; a fix can reveal another (`,，` → `，，` → `，`). */
  maxPasses?: number;
  /** The lint of `text` the caller already has (its first pass needs no lint of its own). */
  first?: LintResult;
}

export interface FixAllResult {
  text: string;
  /** Passes that changed the text. */
  passes: number;
  /** Fixes applied over all passes. */
  applied: number;
  /** Fixes marked safe that would have changed words: never applied (a rule's bug). */
  refused: { rule: string; title: string }[];
}

/**
 * The safe fixes of one lint, as span edits of its text: whole fixes that do not overlap
 * each other (the first by position wins; a later pass picks the rest up), each passing the
 * words guard.
 */
export function safeEdits(result: LintResult, selection: Pick<FixSelection, 'rules'> = {}): { edits: SpanEdit[]; fixes: number; refused: FixAllResult['refused'] } {
  const { text, lineStarts } = result.model;
  const span = (r: Finding['range']): Span => ({ start: offsetAt(lineStarts, text.length, r.start), end: offsetAt(lineStarts, text.length, r.end) });
  const refused: FixAllResult['refused'] = [];
  const groups: SpanEdit[][] = [];
  for (const f of result.findings) {
    if (selection.rules && !selection.rules.includes(f.rule)) continue;
    const fix = f.fixes.find((x) => x.safe);
    if (!fix) continue;
    const edits = fix.edits.map((e) => ({ span: span(e.range), newText: e.newText }));
    if (!keepsWords(text, edits)) {
      refused.push({ rule: f.rule, title: fix.title });
      continue;
    }
    groups.push(edits);
  }
  const chosen = compatibleFixes(groups);
  return { edits: chosen.flat(), fixes: chosen.length, refused };
}

/**
 * Applies every safe fix, re-linting between passes until nothing changes. Only rules that
 * offer fixes are run again, so a pass costs one parse. The text that comes out has the same
 * words as the text that went in, whatever the rules say.
 */
export function fixAll(text: string, options: LintOptions, selection: FixSelection = {}): FixAllResult {
  const fixable = (options.rules ?? registry).filter((r) => r.fixable && (!selection.rules || selection.rules.includes(r.id)));
  const relint = (t: string) => lint(t, { ...options, rules: fixable });
  let current = text;
  let result = selection.first && selection.first.model.text === text ? selection.first : relint(text);
  let passes = 0;
  let applied = 0;
  const refused: FixAllResult['refused'] = [];
  for (let pass = 0; pass < (selection.maxPasses ?? 10); pass++) {
    const taken = safeEdits(result, selection);
    if (pass === 0) for (const r of taken.refused) refused.push(r);
    if (!taken.edits.length) break;
    const next = applySpanEdits(current, taken.edits).text;
    if (next === current) break;
    passes++;
    applied += taken.fixes;
    current = next;
    result = relint(current);
  }
  return { text: current, passes, applied, refused };
}

/**
 * The change from `before` to `after` as few small edits: per line when the line count is
 * unchanged (what safe fixes do), else one edit around everything that differs. Editors apply
 * these instead of replacing the document, so cursors and markers stay where they were.
 */
export function editsBetween(before: string, after: string): SpanEdit[] {
  if (before === after) return [];
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) return [trimmedEdit(before, after, 0)];
  const out: SpanEdit[] = [];
  let offset = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) out.push(trimmedEdit(a[i]!, b[i]!, offset));
    offset += a[i]!.length + 1;
  }
  return out;
}

function trimmedEdit(a: string, b: string, offset: number): SpanEdit {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { span: { start: offset + start, end: offset + a.length - end }, newText: b.slice(start, b.length - end) };
}
