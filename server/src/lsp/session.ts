// The language server's state and handlers; server.ts only wires them to a connection.
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Connection, MessageActionItem, Hover, InitializeParams, Location, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { loadDefaultConventions, readConventionsFile } from '../conventions-file.js';
import type { Conventions } from '../engine/conventions/schema.js';
import { addChoicesEdits, glossaryChoices } from '../engine/glossary/complete.js';
import { figureAt, termAt } from '../engine/glossary/lookup.js';
import { fixAll } from '../engine/fix-all.js';
import { IncrementalLinter } from '../engine/incremental.js';
import { pick, type LintOptions, type LintResult } from '../engine/lint.js';
import { looksLikeReport } from '../engine/outline.js';
import { parseReport } from '../engine/parse/index.js';
import { spanToRange } from '../engine/text/positions.js';
import { characterSegmenter } from '../engine/text/segmenter.js';
import type { Finding, Locale, Message } from '../engine/types.js';
import { readJsonFile } from '../files.js';
import { loadTypoModel } from '../typo-model.js';
import type { TypoModel } from '../engine/text/typo-model.js';
import { DEFAULTS, mergeSettings, RC_FILE, readWorkspaceSettings, resolveLocale, toEngineSettings, validateSettings, type Settings } from '../settings.js';
import { glossaryTermsResult, toDiagnostics, type GlossaryTermsResult } from './convert.js';

/** Server → client: `{ uri }` of a plain-text document that reads as a work report. */
export const DETECTED_REPORT = 'reportLint/detectedReport';
/**
 * Server → client: `{ uri, version }` after the diagnostics of every rule for that version (a
 * keystroke's first publish carries some rules' earlier findings, see PAUSE_FROM_CHARS; the
 * first publishes of a session come before the typo model is loaded, see warmUp). Tests and
 * benchmarks wait for it; editors need not: the last publish is always the one to show.
 */
export const DIAGNOSTICS_COMPLETE = 'reportLint/diagnosticsComplete';

/**
 * Beyond this size a document is not linted as you type (one message says so). Over three times
 * the longest of the 162 published reports in the corpus (151,869 characters, doubled pages
 * included). A keystroke is answered in two steps (PAUSE_FROM_CHARS); a long document's complete
 * lint, run when typing pauses, takes about 0.2 s at 350,000 characters and grows linearly
 * (issue 15), which is what bounds this.
 */
export const MAX_LINT_CHARS = 500_000;
export { RC_FILE } from '../settings.js';

/**
 * A keystroke is answered in two steps: first the paragraph rules on the paragraphs that changed,
 * with every other rule's last findings carried along (IncrementalLinter.quick: about 2 ms at 13k
 * characters), then the complete lint — right after in a document under PAUSE_FROM_CHARS (13k
 * characters: about 13 ms on a 2-core machine), once typing pauses for COMPLETE_AFTER_MS in a
 * longer one (350k: about 0.2 s, which would otherwise delay every keystroke).
 */
export const PAUSE_FROM_CHARS = 50_000;
export const COMPLETE_AFTER_MS = 250;

interface Cached {
  version: number;
  /** The text linted: a change sent without a new version (against the spec) must not get the old text's results. */
  text: string;
  result: LintResult;
  /** false: a keystroke's first answer (see PAUSE_FROM_CHARS); requests other than publishing lint completely. */
  complete: boolean;
}

export class Session {
  settings: Settings = DEFAULTS;
  locale: Locale = 'zh-cn';
  private conventions: Conventions;
  /** Loaded in the background by warmUp(); until then the typo rule is silent. */
  private typoModel: TypoModel | undefined;
  private typoTimer: ReturnType<typeof setTimeout> | undefined;
  private typoRequested = false;
  /** The typo model is loaded, or known not to load: diagnostics are then those of every rule. */
  private typoSettled = false;
  private clientLocale: string | undefined;
  private workspaceRoot: string | undefined;
  private readonly cache = new Map<string, Cached>();
  /** Per open document: a keystroke re-checks only the paragraphs it changed where a rule allows (engine/incremental.ts). */
  private readonly linters = new Map<string, IncrementalLinter>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly completeTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly shown = new Set<string>();
  private readonly detected = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: { get(uri: string): TextDocument | undefined; all(): TextDocument[] },
    private readonly defaultsDir: string,
  ) {
    this.conventions = loadDefaultConventions(defaultsDir);
  }

  initialize(params: InitializeParams): void {
    this.clientLocale = params.locale;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    if (folder && URI.parse(folder).scheme === 'file') this.workspaceRoot = URI.parse(folder).fsPath;
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings) this.applySettings(init.settings);
    this.locale = resolveLocale(this.settings, this.clientLocale);
  }

  /**
   * Loads what the first diagnostics need not wait for: the typo model, read in about 50 ms,
   * whose rule's first run then costs about 0.25 s more (its tables warm up). It is loaded once
   * the first document's diagnostics are out (or after a second with none open); documents are
   * linted again once it is there, and from then on only changed paragraphs are re-checked.
   */
  warmUp(): void {
    this.typoTimer ??= setTimeout(() => this.loadTypo(), 1000);
    this.typoTimer.unref?.();
  }

  private loadTypo(): void {
    if (this.typoRequested) return;
    this.typoRequested = true;
    clearTimeout(this.typoTimer);
    loadTypoModel(this.defaultsDir).then(
      (model) => {
        this.typoSettled = true;
        if (!model) return this.relintAll();
        this.typoModel = model;
        this.cache.clear();
        this.relintAll();
      },
      (error) => {
        this.typoSettled = true;
        this.connection.console.error(`typo model not loaded: ${String(error)}`);
        this.relintAll();
      },
    );
  }

  /** Shows a message once per distinct text (settings are re-read often). */
  private warnOnce(message: Message): void {
    const text = pick(message, this.locale);
    if (this.shown.has(text)) return;
    this.shown.add(text);
    this.showWarning(text);
  }

  /**
   * window/showMessageRequest: a client may refuse or fail it (some never answer it); the
   * answer is not needed, and a refusal must never take the server down.
   */
  showWarning(text: string): void {
    // Typed void without actions, but sent as a request whose promise can reject.
    const noActions: MessageActionItem[] = [];
    this.connection.window.showWarningMessage(text, ...noActions).then(undefined, (error: unknown) => {
      this.connection.console.warn(`showMessageRequest: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  workspaceFile(): string | undefined {
    return this.workspaceRoot ? join(this.workspaceRoot, RC_FILE) : undefined;
  }

  /** User settings merged with the workspace's .reportlintrc.json; bad values named and replaced. */
  applySettings(user: unknown): void {
    const validated = validateSettings(user ?? {}, 'reportLint');
    validated.problems.forEach((p) => this.warnOnce(p));
    const rc = this.workspaceFile();
    const workspace = rc ? readWorkspaceSettings(rc) : { problems: [] };
    workspace.problems.forEach((p) => this.warnOnce(p));
    const previousConventions = this.settings.conventions;
    this.settings = mergeSettings(validated.settings, workspace.settings);
    this.locale = resolveLocale(this.settings, this.clientLocale);
    if (this.settings.conventions !== previousConventions) this.loadConventions();
    this.cache.clear();
  }

  private loadConventions(): void {
    const path = this.settings.conventions;
    if (!path) {
      this.conventions = loadDefaultConventions(this.defaultsDir);
    } else {
      const absolute = this.workspaceRoot && !isAbsolute(path) ? join(this.workspaceRoot, path) : path;
      const read = readConventionsFile(absolute);
      if (read.ok) this.conventions = read.value;
      else {
        this.warnOnce({ zh: `${read.message.zh}；已改用默认惯例`, en: `${read.message.en}; using the default conventions` });
        this.conventions = loadDefaultConventions(this.defaultsDir);
      }
    }
  }

  /** Whether this document is linted: the work-report language, or a report in md/txt. */
  shouldLint(doc: TextDocument, result?: LintResult): boolean {
    if (doc.languageId === 'work-report') return true;
    if (!this.settings.detectReports) return false;
    return result ? looksLikeReport(result.model) : looksLikeReport(parseReport(doc.getText()));
  }

  /** Lints (or reuses the lint of) the document's current version. */
  resultFor(doc: TextDocument): LintResult {
    const cached = this.cache.get(doc.uri);
    const text = doc.getText();
    // Same version and the same string (usually the same reference, so no comparison of contents).
    if (cached && cached.complete && cached.version === doc.version && cached.text === text) return cached.result;
    const result =
      text.length > MAX_LINT_CHARS
        ? { model: parseReport(''), findings: [], failures: [] }
        : this.linterFor(doc.uri).lint(text, this.lintOptions());
    this.cache.set(doc.uri, { version: doc.version, text, result, complete: true });
    return result;
  }

  /** A keystroke's first answer (see PAUSE_FROM_CHARS), or undefined; the complete lint is scheduled. */
  private quickResultFor(doc: TextDocument): LintResult | undefined {
    const text = doc.getText();
    if (text.length > MAX_LINT_CHARS) return undefined;
    const cached = this.cache.get(doc.uri);
    if (cached && cached.version === doc.version && cached.text === text) return undefined;
    const result = this.linterFor(doc.uri).quick(text, this.lintOptions());
    if (!result) return undefined;
    this.cache.set(doc.uri, { version: doc.version, text, result, complete: false });
    clearTimeout(this.completeTimers.get(doc.uri));
    this.completeTimers.set(
      doc.uri,
      setTimeout(() => {
        this.completeTimers.delete(doc.uri);
        this.publish(doc.uri);
      }, text.length < PAUSE_FROM_CHARS ? 0 : COMPLETE_AFTER_MS),
    );
    return result;
  }

  private linterFor(uri: string): IncrementalLinter {
    let linter = this.linters.get(uri);
    if (!linter) this.linters.set(uri, (linter = new IncrementalLinter()));
    return linter;
  }

  private lintOptions(): LintOptions {
    return { conventions: this.conventions, settings: toEngineSettings(this.settings), segmenter: characterSegmenter, typoModel: this.typoModel, locale: this.locale };
  }

  /** The document after every safe fix (of `rules`, or all): the engine's one pipeline. */
  fixAll(doc: TextDocument, rules?: readonly string[]): string {
    const text = doc.getText();
    if (text.length > MAX_LINT_CHARS) return text;
    return fixAll(text, this.lintOptions(), { rules, first: this.resultFor(doc) }).text;
  }

  /** The 补全名词解释 fix, found by its id: one edit adding every missing term (or the only one). */
  glossaryCompletion(doc: TextDocument): Finding['fixes'][number] | undefined {
    const missing = this.resultFor(doc).findings.filter((f) => f.rule === 'glossary-missing');
    const all = missing.flatMap((f) => f.fixes).find((x) => x.id === 'add-all');
    return all ?? (missing.length === 1 ? missing[0]!.fixes.find((x) => x.id === 'add') : undefined);
  }

  /** 补全名词解释: the candidate terms, as `report-lint terms` ranks them, and the edit adding `terms`. */
  glossaryTerms(doc: TextDocument, terms: readonly string[] = []): GlossaryTermsResult {
    const { model } = this.resultFor(doc);
    const choices = glossaryChoices(model, this.conventions, toEngineSettings(this.settings));
    return glossaryTermsResult(model, doc.version, choices, terms.length ? addChoicesEdits(model, choices, terms) : [], this.locale);
  }

  /**
   * Debounced lint after a change; the result is dropped when the document changed meanwhile. A
   * change also postpones a long document's complete lint (quickResultFor) until typing pauses.
   */
  schedule(uri: string, delay = this.settings.debounceMs): void {
    clearTimeout(this.timers.get(uri));
    clearTimeout(this.completeTimers.get(uri));
    this.completeTimers.delete(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.publish(uri, true);
      }, delay),
    );
  }

  /** Publishes the document's diagnostics; `quick`: after a keystroke, its first answer (then the complete lint, scheduled). */
  publish(uri: string, quick = false): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    try {
      if (doc.getText().length > MAX_LINT_CHARS) {
        this.warnOnce({
          zh: `${uri}: 文件超过 ${MAX_LINT_CHARS} 个字符（已发表的报告最长约 15 万字），实时检查会让每次输入等待数秒，已跳过；可用命令行 report-lint 检查`,
          en: `${uri}: over ${MAX_LINT_CHARS} characters (published reports run to about 150,000); checking as you type would make each keystroke wait seconds, so it is skipped; use the report-lint command line`,
        });
        void this.connection.sendDiagnostics({ uri, version, diagnostics: [] });
        if (this.typoSettled) void this.connection.sendNotification(DIAGNOSTICS_COMPLETE, { uri, version });
        return;
      }
      const first = quick ? this.quickResultFor(doc) : undefined;
      const result = first ?? this.resultFor(doc);
      if (this.documents.get(uri)?.version !== version) return;
      const linted = this.shouldLint(doc, result);
      const diagnostics = linted ? toDiagnostics(uri, result) : [];
      // A plain-text report found by its content: the VS Code client gives it the work-report
      // language (highlighting, word wrap); other clients ignore an unknown notification.
      if (linted && doc.languageId === 'plaintext' && !this.detected.has(uri)) {
        this.detected.add(uri);
        void this.connection.sendNotification(DETECTED_REPORT, { uri });
      }
      for (const f of result.failures) this.connection.console.error(`rule ${f.rule} failed on ${uri}: ${f.error}`);
      void this.connection.sendDiagnostics({ uri, version, diagnostics });
      if (!first && this.typoSettled) void this.connection.sendNotification(DIAGNOSTICS_COMPLETE, { uri, version });
      if (!this.typoRequested) setTimeout(() => this.loadTypo(), 0);
    } catch (error) {
      this.connection.console.error(`lint failed on ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  close(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    clearTimeout(this.completeTimers.get(uri));
    this.completeTimers.delete(uri);
    this.cache.delete(uri);
    this.linters.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  relintAll(): void {
    for (const doc of this.documents.all()) this.schedule(doc.uri, 0);
  }

  hover(doc: TextDocument, offset: number): Hover | null {
    const result = this.resultFor(doc);
    const { model } = result;
    const term = termAt(model, offset, this.conventions);
    const en = this.locale === 'en';
    if (term) {
      let value: string;
      const number = term.entry?.number ? ` ${term.entry.number}` : '';
      if (term.entry) value = `**${term.entry.term}**${en ? ` (glossary entry${number})` : `（名词解释${number}）`}\n\n${term.entry.definition}`;
      else if (term.corpusDefinition) value = `**${term.term}**${en ? ' (not in this glossary; definition from other reports)' : '（本文名词解释未收录，语料释义）'}\n\n${term.corpusDefinition}`;
      else value = `**${term.term}**\n\n${en ? 'Not explained in the glossary (名词解释).' : '名词解释中没有该术语。'}`;
      const n = term.uses.length;
      if (n) value += `\n\n${en ? `Used ${n === 1 ? 'once' : `${n} times`} in the body` : `正文出现 ${n} 次`}`;
      return { contents: { kind: 'markdown', value }, range: spanToRange(model.lineStarts, term.span) };
    }
    const fig = figureAt(model, offset);
    if (fig?.figure.indicator) {
      const lines = fig.others.map((f) => `- ${en ? 'line' : '第'} ${spanToRange(model.lineStarts, f.span).start.line + 1}${en ? ': ' : ' 行：'}${model.text.slice(f.span.start, f.span.end)}${f.target ? (en ? ' (target)' : '（目标）') : ''}`);
      const value = `**${fig.figure.indicator}** ${model.text.slice(fig.figure.span.start, fig.figure.span.end)}${lines.length ? `\n\n${en ? 'Other statements:' : '本文其他表述：'}\n${lines.join('\n')}` : ''}`;
      return { contents: { kind: 'markdown', value }, range: spanToRange(model.lineStarts, fig.figure.span) };
    }
    return null;
  }

  definition(doc: TextDocument, offset: number): Location | null {
    const { model } = this.resultFor(doc);
    const term = termAt(model, offset, this.conventions);
    if (!term?.entry) return null;
    return { uri: doc.uri, range: spanToRange(model.lineStarts, term.entry.termSpan) };
  }

  references(doc: TextDocument, offset: number, includeDeclaration: boolean): Location[] {
    const { model } = this.resultFor(doc);
    const term = termAt(model, offset, this.conventions);
    if (!term) return [];
    const spans = [...term.uses, ...(includeDeclaration && term.entry ? [term.entry.termSpan] : [])];
    return spans.map((s) => ({ uri: doc.uri, range: spanToRange(model.lineStarts, s) }));
  }

  /**
   * The edit that adds `term` to wellKnownTerms in the workspace's .reportlintrc.json, or why
   * there is none. The file is read as the CLI reads it: a regular file, bounded in size (a FIFO
   * would block the server for good), its text never quoted in the message.
   */
  treatAsCommonEdit(term: string): { edit: WorkspaceEdit } | { problem: Message } | { unchanged: true } {
    const rc = this.workspaceFile();
    if (!rc) return { problem: { zh: `无法更新 ${RC_FILE}：请先打开一个文件夹`, en: `Cannot update ${RC_FILE}: open a folder first` } };
    const uri = URI.file(rc).toString();
    let current: Record<string, unknown> = {};
    const exists = existsSync(rc);
    if (exists) {
      const read = readJsonFile(rc);
      if (!read.ok) return { problem: { zh: `${read.message.zh}，未修改`, en: `${read.message.en}; not changed` } };
      if (!read.value || typeof read.value !== 'object' || Array.isArray(read.value)) return { problem: { zh: `${rc}: 不是 JSON 对象，未修改`, en: `${rc}: not a JSON object; not changed` } };
      current = read.value as Record<string, unknown>;
    }
    const terms = Array.isArray(current.wellKnownTerms) ? (current.wellKnownTerms as string[]) : [];
    if (terms.includes(term)) return { unchanged: true };
    const next = `${JSON.stringify({ ...current, wellKnownTerms: [...terms, term] }, null, 2)}\n`;
    const whole = { start: { line: 0, character: 0 }, end: { line: Number.MAX_SAFE_INTEGER, character: 0 } };
    const edit: WorkspaceEdit = exists
      ? { documentChanges: [{ textDocument: { uri, version: null }, edits: [{ range: whole, newText: next }] }] }
      : { documentChanges: [{ kind: 'create', uri, options: { ignoreIfExists: true } }, { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: next }] }] };
    return { edit };
  }

  /** Diagnostics for a document right now (used by tests and the lint-now command). */
  diagnosticsNow(doc: TextDocument) {
    return toDiagnostics(doc.uri, this.resultFor(doc));
  }
}
