import type { Conventions } from './conventions/schema.js';
import { collectSuppressions } from './disable.js';
import type { Range, ReportModel, Span } from './model.js';
import { compileVocabulary } from './genre/compile.js';
import { parseReport } from './parse/index.js';
import { reportStarts } from './parse/split.js';
import { rules as registry } from './rules/index.js';
import { codePointEdit, codePointSpan, positionAt, spanToRange } from './text/positions.js';
import type { Segmenter } from './text/segmenter.js';
import type { TypoModel } from './text/typo-model.js';
import type { EngineSettings, Finding, Locale, Message, Rule, RuleContext, RuleFinding, Severity } from './types.js';

export interface LintOptions {
  conventions: Conventions;
  settings: EngineSettings;
  segmenter: Segmenter;
  /** Loaded lazily by the faces; until then the typo rule is silent. */
  typoModel?: TypoModel;
  locale?: Locale;
  /** Rule set to run; defaults to the registry. */
  rules?: readonly Rule<any>[];
  /**
   * Runs one rule on one report's model; defaults to `rule.check(ctx)`. The incremental linter
   * (incremental.ts) checks a paragraph rule on the paragraphs it has not seen only.
   */
  run?: (rule: Rule<any>, ctx: RuleContext<any>) => RuleFinding[];
  /** false: the parse leaves out figures (only for a rule set that reads none; see parseReport). */
  figures?: boolean;
}

export interface LintResult {
  model: ReportModel;
  findings: Finding[];
  /** Rules that threw: reported by the faces, never a crash of the whole lint. */
  failures: { rule: string; error: string }[];
}

export function pick(message: Message, locale: Locale = 'zh-cn'): string {
  return locale === 'en' ? message.en : message.zh;
}

export function effectiveSeverity(rule: Rule<any>, settings: EngineSettings): Severity | 'off' {
  return settings.rules[rule.id] ?? rule.severity;
}

/**
 * Parses and lints one document. Pure: same text and options, same findings. A document that
 * holds several reports is checked report by report; the model returned is the whole
 * document's (outline, hovers).
 */
export function lint(input: string, options: LintOptions): LintResult {
  const vocab = compileVocabulary(options.conventions);
  const parse = { figures: options.figures };
  const model = parseReport(input, options.segmenter, vocab, parse);
  const starts = reportStarts(model.norm, vocab);
  if (!starts.length) return lintModel(model, options);
  const result: LintResult = { model, findings: [], failures: [] };
  const bounds = [0, ...starts, model.text.length];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const part = lintModel(parseReport(model.text.slice(bounds[i], bounds[i + 1]), options.segmenter, vocab, parse), options);
    const lines = positionAt(model.lineStarts, bounds[i]!).line;
    for (const f of part.findings) result.findings.push(shiftFinding(f, lines));
    for (const f of part.failures) if (!result.failures.some((g) => g.rule === f.rule)) result.failures.push(f);
  }
  return result;
}

/** A finding of a report that starts `lines` lines into the document. */
function shiftFinding(f: Finding, lines: number): Finding {
  const range = (r: Range): Range => ({ start: { line: r.start.line + lines, character: r.start.character }, end: { line: r.end.line + lines, character: r.end.character } });
  return {
    ...f,
    range: range(f.range),
    related: f.related.map((r) => ({ ...r, range: range(r.range) })),
    fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, range: range(e.range) })) })),
  };
}

/** Findings listed per rule and document; see lintModel. */
export const MAX_FINDINGS_PER_RULE = 1000;

export function lintModel(model: ReportModel, options: LintOptions): LintResult {
  const locale = options.locale ?? 'zh-cn';
  const suppressions = collectSuppressions(model);
  const findings: Finding[] = [];
  const failures: LintResult['failures'] = [];
  const { segmenter } = options;
  for (const rule of options.rules ?? registry) {
    const configured = effectiveSeverity(rule, options.settings);
    if (configured === 'off') continue;
    let raw: RuleFinding[];
    try {
      const parsed = rule.options ? rule.options.safeParse(options.settings.ruleOptions[rule.id] ?? {}) : undefined;
      const ctx: RuleContext<any> = {
        model,
        conventions: options.conventions,
        options: parsed?.success ? parsed.data : parsed ? rule.options!.parse({}) : undefined,
        settings: options.settings,
        segmenter,
        typoModel: options.typoModel,
      };
      raw = options.run ? options.run(rule, ctx) : rule.check(ctx);
    } catch (error) {
      failures.push({ rule: rule.id, error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    // Beyond MAX_FINDINGS_PER_RULE a rule's findings are noise (a pasted run of brackets, a line of
    // one character) and their cost (objects, output, editor squiggles) grows with them: the first
    // ones are kept and one more finding says how many were left out.
    if (raw.length > MAX_FINDINGS_PER_RULE) {
      const left = raw.length - MAX_FINDINGS_PER_RULE;
      raw = [...raw].sort((a, b) => a.span.start - b.span.start).slice(0, MAX_FINDINGS_PER_RULE);
      const last = raw[raw.length - 1]!;
      raw.push({ span: last.span, message: { zh: `此后还有 ${left} 处同类问题未列出`, en: `${left} more of these not listed` } });
    }
    for (const f of raw) {
      const range = spanToRange(model.lineStarts, clamp(f.span, model.text));
      if (suppressions.isSuppressed(rule.id, range.start.line)) continue;
      // Web chrome inside a paragraph (`（下转第四版）`) is not the writer's text.
      if (model.chrome.some((c) => f.span.start >= c.start && f.span.end <= c.end)) continue;
      // A per-finding severity (e.g. info) never raises what the user configured.
      const severity = f.severity && rule.severity !== configured ? configured : (f.severity ?? configured);
      findings.push(toFinding(model, rule, f, severity, locale));
    }
  }
  findings.sort(byPosition);
  return { model, findings, failures };
}

/** Findings in document order (by where they start). */
export function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

function toFinding(model: ReportModel, rule: Rule<any>, f: RuleFinding, severity: Severity, locale: Locale): Finding {
  const range = (s: Span) => spanToRange(model.lineStarts, clamp(s, model.text));
  const finding: Finding = {
    rule: rule.id,
    severity,
    message: pick(f.message, locale),
    range: range(f.span),
    related: (f.related ?? []).map((r) => ({ range: range(r.span), message: pick(r.message, locale) })),
    // Edits on whole code points; a fix whose replacement would leave half a character is dropped.
    fixes: (f.fixes ?? []).flatMap((fix) => {
      const edits = fix.edits.map((e) => codePointEdit(model.text, inside(e.span, model.text.length), e.newText));
      return edits.every((e) => e !== undefined) ? [{ ...fix, edits: edits as { span: Span; newText: string }[] }] : [];
    }).map((fix) => ({
      ...(fix.id ? { id: fix.id } : {}),
      title: pick(fix.title, locale),
      safe: fix.safe,
      edits: fix.edits.map((e) => ({ range: range(e.span), newText: e.newText })),
    })),
  };
  if (rule.tags?.length) finding.tags = rule.tags;
  if (f.data) finding.data = f.data;
  return finding;
}

function inside(span: Span, length: number): Span {
  const start = Math.max(0, Math.min(span.start, length));
  return { start, end: Math.max(start, Math.min(span.end, length)) };
}

/** The span inside the text and on whole code points. */
function clamp(span: Span, text: string): Span {
  return codePointSpan(text, inside(span, text.length));
}
