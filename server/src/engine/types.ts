import type { z } from 'zod';
import type { Conventions } from './conventions/schema.js';
import type { Range, ReportModel, Span } from './model.js';
import type { Segmenter } from './text/segmenter.js';
import type { TypoModel } from './text/typo-model.js';

export type Severity = 'error' | 'warning' | 'info';
export type Locale = 'zh-cn' | 'en';

/** Every text a user reads exists in Chinese and English. */
export interface Message {
  zh: string;
  en: string;
}

export interface SpanEdit {
  span: Span;
  newText: string;
}

export interface RuleFix {
  /** What the fix does, stable across runs (`add-all`, `width`): faces address a fix by it, never by position. */
  id?: string;
  title: Message;
  edits: SpanEdit[];
  /**
   * Safe = it cannot change the words: only punctuation width or whitespace. `--fix` and
   * fix-all apply only safe fixes, and the pipeline refuses a "safe" fix that changes more
   * (engine/fix-all.ts). Everything else is offered one at a time.
   */
  safe: boolean;
}

/** What a rule reports: offsets into the model's text; the engine turns them into ranges. */
export interface RuleFinding {
  span: Span;
  message: Message;
  related?: { span: Span; message: Message }[];
  fixes?: RuleFix[];
  /** Overrides the rule's severity for this finding (e.g. info when there is no 名词解释). */
  severity?: Severity;
  /** Anything a code action needs later (LSP Diagnostic.data). Must be JSON. */
  data?: Record<string, unknown>;
}

export type RuleCategory = 'structure' | 'targets' | 'glossary' | 'figures' | 'proofreading';

export interface RuleContext<O = unknown> {
  model: ReportModel;
  conventions: Conventions;
  options: O;
  settings: EngineSettings;
  segmenter: Segmenter;
  /** The typo rule's language model, when the face has loaded it (the rule is silent without). */
  typoModel?: TypoModel;
}

export interface Rule<O = unknown> {
  id: string;
  severity: Severity;
  category: RuleCategory;
  /** Whether the rule offers fixes (a test checks that fixes only come from fixable rules). */
  fixable: boolean;
  description: Message;
  /** `unnecessary` makes editors fade the range (LSP DiagnosticTag.Unnecessary). */
  tags?: 'unnecessary'[];
  /** Options schema; parsed from settings, defaults applied. */
  options?: z.ZodType<O>;
  /**
   * `paragraph`: what the rule finds in a paragraph depends only on that paragraph (its text,
   * `part`, `topPart`, whether it lies in the body) and on `context`, lies inside it, and the rule
   * reads the paragraphs through `model.paragraphs`. The language server then checks only the
   * paragraphs it has not seen (engine/incremental.ts hands the rule a model whose `paragraphs`
   * are those) and re-uses the other paragraphs' findings. Without it the rule reads the whole
   * document on every lint, so it must be cheap.
   */
  scope?: 'paragraph';
  /**
   * For a paragraph rule: the whole-document facts it also reads (terms it never corrects...),
   * as a string; when it changes, every paragraph is checked again.
   */
  context?(ctx: RuleContext<O>): string;
  check(ctx: RuleContext<O>): RuleFinding[];
}

export interface EngineSettings {
  /** Per-rule severity or off. */
  rules: Record<string, Severity | 'off'>;
  /** Per-rule options, validated by each rule's schema. */
  ruleOptions: Record<string, unknown>;
  /** Terms the user declares common knowledge (never required in 名词解释). */
  wellKnownTerms: string[];
  /** Punctuation width policy: follow the majority, or require full width (GB/T 15834). */
  punctuation: 'majority' | 'fullwidth';
}

export const DEFAULT_SETTINGS: EngineSettings = {
  rules: {},
  ruleOptions: {},
  wellKnownTerms: [],
  punctuation: 'majority',
};

/** A finding as the faces see it: LSP ranges, chosen language, final severity. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  related: { range: Range; message: string }[];
  fixes: { id?: string; title: string; safe: boolean; edits: { range: Range; newText: string }[] }[];
  tags?: 'unnecessary'[];
  data?: Record<string, unknown>;
}
