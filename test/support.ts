// Shared test support: the corpus in the repo, the segmenter, the default conventions, and a
// fixture format with expectations inline: ⟦span|rule-id⟧ marks what must be reported.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { learnConventions } from '../server/src/engine/conventions/learn.js';
import type { Conventions } from '../server/src/engine/conventions/schema.js';
import { applySpanEdits } from '../server/src/engine/fixes.js';
import { lint } from '../server/src/engine/lint.js';
import { rules } from '../server/src/engine/rules/index.js';
import { offsetAt, computeLineStarts } from '../server/src/engine/text/positions.js';
import { characterSegmenter } from '../server/src/engine/text/segmenter.js';
import { DEFAULT_SETTINGS, type EngineSettings, type Finding, type Locale } from '../server/src/engine/types.js';
import { loadTypoModelSync } from '../server/src/typo-model.js';

export const ROOT = join(__dirname, '..');
export const SEEDS_DIR = join(ROOT, 'seeds');

export const seedNames = readdirSync(SEEDS_DIR).filter((f) => /\.(txt|md)$/.test(f)).sort();

/** A seed by its number prefix: `seed('000')`. */
export function seed(prefix: string): string {
  const name = seedNames.find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
}

export const segmenter = characterSegmenter;

/** The typo rule's model, as the build ships it (data/typo-model.bin.br). */
export const typoModel = loadTypoModelSync(join(ROOT, 'data'));

let cached: Conventions | undefined;
/** The default conventions, learned from seeds/ exactly as the build does. */
export function defaultConventions(): Conventions {
  cached ??= learnConventions(seedNames.map((name) => ({ name, text: readFileSync(join(SEEDS_DIR, name), 'utf8') })), segmenter);
  return cached;
}

export interface LintTextOptions {
  rules?: string[];
  settings?: Partial<EngineSettings>;
  locale?: Locale;
  conventions?: Conventions;
}

/** Lints text with the default conventions; `rules` limits the rule set. */
export function lintText(text: string, options: LintTextOptions = {}): Finding[] {
  const selected = options.rules ? rules.filter((r) => options.rules!.includes(r.id)) : rules;
  if (options.rules && selected.length !== options.rules.length) throw new Error(`unknown rule in ${options.rules.join(',')}`);
  return lint(text, {
    conventions: options.conventions ?? defaultConventions(),
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    segmenter,
    typoModel,
    locale: options.locale ?? 'zh-cn',
    rules: selected,
  }).findings;
}

export interface Expected {
  rule: string;
  start: number;
  end: number;
  line: number;
}

/** Strips ⟦text|rule⟧ marks; returns the clean text and what must be reported where. */
export function parseMarked(marked: string): { text: string; expected: Expected[] } {
  let text = '';
  const expected: Expected[] = [];
  const re = /⟦([^⟧|]*)\|([a-z-]+)⟧/g;
  let last = 0;
  for (const m of marked.matchAll(re)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[1];
    expected.push({ rule: m[2]!, start, end: text.length, line: 0 });
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  const starts = computeLineStarts(text);
  for (const e of expected) e.line = starts.findLastIndex((s) => s <= e.start);
  return { text, expected };
}

/**
 * Lints a marked fixture with the given rules and returns a readable difference: empty when
 * every mark is reported (on its line) and nothing else is. Use `expect(check(...)).toEqual([])`.
 */
export function checkMarked(marked: string, ruleIds: string[], options: LintTextOptions = {}): string[] {
  const { text, expected } = parseMarked(marked);
  const findings = lintText(text, { ...options, rules: ruleIds });
  const problems: string[] = [];
  const used = new Set<Finding>();
  for (const e of expected) {
    const hit = findings.find(
      (f) => !used.has(f) && f.rule === e.rule && f.range.start.line <= e.line && f.range.end.line >= e.line,
    );
    if (hit) used.add(hit);
    else problems.push(`false negative: ${e.rule} at line ${e.line + 1} «${text.slice(e.start, e.end)}»`);
  }
  const lines = text.split('\n');
  for (const f of findings) {
    if (used.has(f)) continue;
    const dupe = [...used].some((u) => u.rule === f.rule && u.range.start.line === f.range.start.line);
    if (dupe) continue;
    problems.push(`false positive: ${f.rule} at line ${f.range.start.line + 1}: ${f.message} «${(lines[f.range.start.line] ?? '').slice(f.range.start.character, f.range.start.character + 20)}»`);
  }
  return problems;
}

/** Applies the edits of one fix (as produced in a Finding) to the text. */
export function applyFix(text: string, fix: Finding['fixes'][number]): string {
  const starts = computeLineStarts(text);
  const edits = fix.edits.map((e) => ({
    span: { start: offsetAt(starts, text.length, e.range.start), end: offsetAt(starts, text.length, e.range.end) },
    newText: e.newText,
  }));
  const result = applySpanEdits(text, edits);
  if (result.skipped) throw new Error(`fix "${fix.title}" has overlapping edits`);
  return result.text;
}

/** Replaces the first occurrence of `from` (which must exist) in a seed-derived draft. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`not found: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** A complete report of our own (full-width punctuation, another county and year). */
export function qingshan(): string {
  return readFileSync(join(ROOT, 'test', 'fixtures', 'qingshan-2023.txt'), 'utf8');
}

/** Findings of one rule on a text. */
export function findingsOf(rule: string, text: string, options: LintTextOptions = {}): Finding[] {
  return lintText(text, { ...options, rules: [rule] });
}

/** Line (1-based) and rule of each finding: compact for assertions. */
export function where(findings: Finding[]): string[] {
  return findings.map((f) => `${f.range.start.line + 1}:${f.rule}`);
}

/**
 * Applies the finding's first fix (or the one whose title matches), re-lints with the same
 * rule, and returns the new text and what the rule still reports.
 */
export function fixAndRelint(rule: string, text: string, pick: (f: Finding) => boolean = () => true, fixIndex = 0): { text: string; after: Finding[] } {
  const target = findingsOf(rule, text).find(pick);
  if (!target) throw new Error(`${rule}: nothing to fix`);
  const fix = target.fixes[fixIndex];
  if (!fix) throw new Error(`${rule}: finding has no fix ${fixIndex}`);
  const fixed = applyFix(text, fix);
  return { text: fixed, after: findingsOf(rule, fixed) };
}

/** Asserts that a rule reports nothing on the seeds (but those named in `except`). */
export function expectSilentOnSeeds(rule: string, except: string[] = []): void {
  for (const name of seedNames) {
    const id = name.slice(0, 3);
    if (except.includes(id)) continue;
    const found = findingsOf(rule, seed(id)).map((f) => `${id}:${f.range.start.line + 1} ${f.message}`);
    if (found.length) throw new Error(`${rule} is not silent on seed ${id}:\n${found.join('\n')}`);
  }
}
