// Engine results → LSP shapes. No connection here: everything is testable on its own.
import {
  CodeAction,
  CodeActionKind,
  Diagnostic,
  DiagnosticSeverity,
  DiagnosticTag,
  DocumentSymbol,
  FoldingRange,
  SymbolKind,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { DOCS_BASE } from '../cli-format.js';
import { editsBetween, safeEdits } from '../engine/fix-all.js';
import { applySpanEdits } from '../engine/fixes.js';
import type { LintResult } from '../engine/lint.js';
import { documentOutline, foldingSpans, type OutlineNode } from '../engine/outline.js';
import { offsetAt, spanToRange } from '../engine/text/positions.js';
import type { GlossaryChoice } from '../engine/glossary/complete.js';
import type { ReportModel } from '../engine/model.js';
import type { Finding, Locale, SpanEdit } from '../engine/types.js';
import { rules } from '../engine/rules/index.js';

export const SOURCE = 'report-lint';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.reportLint`;
export const COMMAND_TREAT_AS_COMMON = 'reportLint.server.treatAsCommon';
export const COMMAND_ADD_ALL_GLOSSARY = 'reportLint.server.addAllGlossaryTerms';
export const COMMAND_LINT = 'reportLint.server.lint';
/** Moves the client's cursor to [uri, range] (window/showDocument): "go to the other statement". */
export const COMMAND_SHOW_LOCATION = 'reportLint.server.showLocation';
/** Client → server, `GlossaryTermsParams` → `GlossaryTermsResult`: the 补全名词解释 list, and the one edit adding the `terms` chosen. */
export const GLOSSARY_TERMS_REQUEST = 'reportLint/glossaryTerms';

export interface GlossaryTermsParams {
  textDocument: { uri: string };
  /** Terms (keys or as written) whose entries to add together; absent: only the list. */
  terms?: string[];
}

export interface GlossaryTermsResult {
  /** The document version the list and edits were made for: apply them only to it. */
  version: number;
  /** Best first, as `report-lint terms` lists them. */
  terms: { term: string; key: string; score: number; reason: string; needed: boolean; uses: Range[]; fix: { id: string; title: string; edits: TextEdit[] } }[];
  /** The edits adding the asked-for `terms` in one go (numbered in order, none twice). */
  edits: TextEdit[];
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** What a code action needs later, carried in Diagnostic.data (LSP 3.16). */
export interface DiagnosticData {
  rule: string;
  index: number;
  /**
   * The finding's rule and UTF-16 range when published. Clients hand `data` back unchanged but
   * not always the range: Neovim 0.7 sends columns in bytes for Chinese text.
   */
  id: string;
  term?: string;
}

const findingId = (f: Finding) => `${f.rule}@${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`;

export function toDiagnostics(uri: string, result: LintResult): Diagnostic[] {
  return result.findings.map((f, index) => {
    const d: Diagnostic = {
      range: f.range,
      severity: SEVERITY[f.severity],
      code: f.rule,
      codeDescription: { href: `${DOCS_BASE}${f.rule}.md` },
      source: SOURCE,
      message: f.message,
    };
    if (f.related.length) d.relatedInformation = f.related.map((r) => ({ location: { uri, range: r.range }, message: r.message }));
    if (f.tags?.includes('unnecessary')) d.tags = [DiagnosticTag.Unnecessary];
    const data: DiagnosticData = { rule: f.rule, index, id: findingId(f) };
    if (typeof f.data?.term === 'string') data.term = f.data.term;
    d.data = data;
    return d;
  });
}

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/**
 * The finding a diagnostic came from, in the lint result it was published with: by the id in
 * its data, then by exact range, then by rule and line (lines survive any column unit; a client
 * that drops `data` and counts columns in bytes still gets its quick fixes).
 */
export function findingFor(result: LintResult, d: Diagnostic): Finding | undefined {
  const data = d.data as Partial<DiagnosticData> | undefined;
  const rule = data?.rule ?? (typeof d.code === 'string' ? d.code : undefined);
  const byIndex = typeof data?.index === 'number' ? result.findings[data.index] : undefined;
  if (byIndex && data?.id && findingId(byIndex) === data.id) return byIndex;
  if (data?.id) {
    const byId = result.findings.find((f) => findingId(f) === data.id);
    if (byId) return byId;
  }
  const ofRule = result.findings.filter((f) => f.rule === rule);
  return ofRule.find((f) => sameRange(f.range, d.range)) ?? ofRule.find((f) => f.range.start.line === d.range.start.line);
}

function workspaceEdit(uri: string, edits: TextEdit[]): WorkspaceEdit {
  return { changes: { [uri]: edits } };
}

/** The fix pipeline for one document (engine/fix-all.ts): the text after every safe fix, of some rules or all. */
export type Fixer = (rules?: readonly string[]) => string;

/** What the pipeline changes, as small TextEdits of the published text. */
function pipelineEdits(result: LintResult, fixer: Fixer | undefined, rules?: readonly string[]): TextEdit[] {
  const { text, lineStarts } = result.model;
  // Without the session's pipeline (tests on a bare lint result): its first pass, same selection and guard.
  const after = fixer ? fixer(rules) : applySpanEdits(text, safeEdits(result, { rules }).edits).text;
  return editsBetween(text, after).map((e) => ({ range: spanToRange(lineStarts, e.span), newText: e.newText }));
}

const L = (locale: Locale, zh: string, en: string) => (locale === 'en' ? en : zh);

/** Quick fixes for the diagnostics in the request, plus fix-all and disable-line actions. */
export function codeActions(
  uri: string,
  result: LintResult,
  diagnostics: Diagnostic[],
  only: string[] | undefined,
  locale: Locale,
  markdown: boolean,
  fixer?: Fixer,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  if (wants(CodeActionKind.QuickFix)) {
    const seenRules = new Set<string>();
    for (const d of diagnostics) {
      if (d.source !== SOURCE) continue;
      const finding = findingFor(result, d);
      if (!finding) continue;
      finding.fixes.forEach((fix, i) => {
        const action = CodeAction.create(fix.title, workspaceEdit(uri, fix.edits), CodeActionKind.QuickFix);
        action.diagnostics = [d];
        if (fix.safe && finding.fixes.findIndex((x) => x.safe) === i) action.isPreferred = true;
        actions.push(action);
      });
      actions.push(...figureActions(uri, result, finding, d, locale));
      const term = (d.data as DiagnosticData | undefined)?.term;
      if (term) {
        const action = CodeAction.create(L(locale, `将“${term}”设为常识术语（不再要求名词解释）`, `Treat "${term}" as common knowledge`), CodeActionKind.QuickFix);
        action.command = { title: action.title, command: COMMAND_TREAT_AS_COMMON, arguments: [uri, term] };
        action.diagnostics = [d];
        actions.push(action);
      }
      if (!seenRules.has(finding.rule)) {
        seenRules.add(finding.rule);
        // Only safe fixes are applied in bulk; the others are offered one at a time above.
        const same = result.findings.filter((f) => f.rule === finding.rule && f.fixes.some((x) => x.safe));
        if (same.length > 1) {
          const edits = pipelineEdits(result, fixer, [finding.rule]);
          if (edits.length) actions.push(CodeAction.create(L(locale, `修复本文件中全部可安全修复的 ${finding.rule} 问题`, `Fix all safely fixable ${finding.rule} problems in this file`), workspaceEdit(uri, edits), CodeActionKind.QuickFix));
        }
        actions.push(disableLine(uri, result, d, finding.rule, locale, markdown));
      }
    }
  }
  if (wants(FIX_ALL_KIND) && (only?.length ?? 0) > 0) {
    const edits = pipelineEdits(result, fixer);
    if (edits.length) actions.push(CodeAction.create(L(locale, '修复全部可安全修复的问题', 'Fix all safely fixable problems'), workspaceEdit(uri, edits), FIX_ALL_KIND));
  }
  return actions;
}

/**
 * For two statements of one figure: jump to the other one, and — when the rule says they are
 * the same indicator and period — write the other one's figure here. Never safe: which of the
 * two is right is the writer's call; one at a time.
 */
function figureActions(uri: string, result: LintResult, finding: Finding, d: Diagnostic, locale: Locale): CodeAction[] {
  const other = finding.related[0];
  if (finding.rule !== 'figure-mismatch' || !other) return [];
  const line = other.range.start.line + 1;
  const go = CodeAction.create(L(locale, `转到另一处表述（第 ${line} 行）`, `Go to the other statement (line ${line})`), CodeActionKind.QuickFix);
  go.command = { title: go.title, command: COMMAND_SHOW_LOCATION, arguments: [uri, other.range] };
  go.diagnostics = [d];
  const actions = [go];
  const data = finding.data ?? {};
  if (data.sameIndicator === true && data.samePeriod === true) {
    const { text, lineStarts } = result.model;
    const figure = text.slice(offsetAt(lineStarts, text.length, other.range.start), offsetAt(lineStarts, text.length, other.range.end));
    if (figure && !figure.includes('\n')) {
      const use = CodeAction.create(L(locale, `改用第 ${line} 行的数字：${figure}`, `Use the figure from line ${line}: ${figure}`), workspaceEdit(uri, [{ range: finding.range, newText: figure }]), CodeActionKind.QuickFix);
      use.diagnostics = [d];
      actions.push(use);
    }
  }
  return actions;
}

function disableLine(uri: string, result: LintResult, d: Diagnostic, rule: string, locale: Locale, markdown: boolean): CodeAction {
  const line = d.range.start.line;
  const text = result.model.text;
  const start = result.model.lineStarts[line] ?? 0;
  const indent = /^[ \t\u3000]*/.exec(text.slice(start, start + 40))![0];
  const comment = markdown ? `<!-- report-lint-disable-next-line ${rule} -->` : `// report-lint-disable-next-line ${rule}`;
  const edit: TextEdit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${comment}${result.model.eol}` };
  const action = CodeAction.create(L(locale, `在此行禁用 ${rule}`, `Disable ${rule} for this line`), workspaceEdit(uri, [edit]), CodeActionKind.QuickFix);
  action.diagnostics = [d];
  return action;
}

const SYMBOL_KIND: Record<OutlineNode['kind'], SymbolKind> = {
  title: SymbolKind.File,
  section: SymbolKind.Module,
  task: SymbolKind.Namespace,
  item: SymbolKind.EnumMember,
  lead: SymbolKind.String,
  glossary: SymbolKind.Package,
  entry: SymbolKind.Key,
};

export function documentSymbols(result: LintResult): DocumentSymbol[] {
  const { lineStarts } = result.model;
  const convert = (n: OutlineNode): DocumentSymbol =>
    DocumentSymbol.create(
      n.name || '（无标题）',
      n.detail,
      SYMBOL_KIND[n.kind],
      spanToRange(lineStarts, n.span),
      spanToRange(lineStarts, { start: n.selectionSpan.start, end: Math.min(n.selectionSpan.end, n.span.end) }),
      n.children.map(convert),
    );
  return documentOutline(result.model).map(convert);
}

export function foldingRanges(result: LintResult): FoldingRange[] {
  const { lineStarts } = result.model;
  return foldingSpans(result.model).flatMap((s) => {
    const r = spanToRange(lineStarts, s);
    return r.end.line > r.start.line ? [FoldingRange.create(r.start.line, r.end.line)] : [];
  });
}

/** The rule's description, for hovers and messages. */
export function ruleDescription(id: string, locale: Locale): string {
  const rule = rules.find((r) => r.id === id);
  return rule ? (locale === 'en' ? rule.description.en : rule.description.zh) : id;
}

/** The 补全名词解释 choices in LSP shapes (positions in UTF-16, as everywhere). */
export function glossaryTermsResult(model: ReportModel, version: number, choices: readonly GlossaryChoice[], edits: readonly SpanEdit[], locale: Locale): GlossaryTermsResult {
  const range = (s: { start: number; end: number }) => spanToRange(model.lineStarts, s);
  const textEdits = (es: readonly SpanEdit[]) => es.map((e) => ({ range: range(e.span), newText: e.newText }));
  return {
    version,
    terms: choices.map((c) => ({
      term: c.term,
      key: c.key,
      score: c.score,
      reason: locale === 'en' ? c.reason.en : c.reason.zh,
      needed: c.needed,
      uses: c.uses.map(range),
      fix: { id: c.fix.id ?? 'add', title: locale === 'en' ? c.fix.title.en : c.fix.title.zh, edits: textEdits(c.fix.edits) },
    })),
    edits: textEdits(edits),
  };
}
