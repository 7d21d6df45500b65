// VS Code side: start the language client, commands, status bar. No rule logic here.
import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type TextEdit as LspTextEdit, type ServerOptions } from 'vscode-languageclient/node';

const SOURCE = 'report-lint';
const LANGUAGE = 'work-report';
/** The server says so when a plain-text document looks like a report (session.ts). */
const DETECTED_REPORT = 'reportLint/detectedReport';
const DOCS_ONLINE = 'https://github.com/report-lint/report-lint/blob/main/docs/rules/';

/**
 * The language of everything this extension shows: `reportLint.locale`, and for `auto` VS Code's
 * display language — the same choice the server makes for messages and hovers (settings.ts).
 * Command titles and setting descriptions come from package.nls*.json, which VS Code picks by
 * its display language alone.
 */
function locale(): 'zh-cn' | 'en' {
  const set = vscode.workspace.getConfiguration('reportLint').get<string>('locale', 'auto');
  if (set === 'zh-cn' || set === 'en') return set;
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}
const t = (zhText: string, en: string) => (locale() === 'zh-cn' ? zhText : en);
/** "1 error", "2 errors"; Chinese has no plural: "1 个错误". */
const count = (n: number, zhNoun: string, one: string, many: string) => t(`${n} 个${zhNoun}`, `${n} ${n === 1 ? one : many}`);

interface Running {
  client: LanguageClient;
  status: vscode.StatusBarItem;
  output: vscode.OutputChannel;
}

let running: Running | undefined;

/** The rule id a diagnostic of ours carries (as code or in data). */
function ruleOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== SOURCE) return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

/** Opens the rule's page shipped in the extension (docs/rules) as a Markdown preview. */
async function openRuleDoc(context: vscode.ExtensionContext, rule: string): Promise<void> {
  if (!/^[a-z][a-z0-9-]*$/.test(rule)) return;
  const page = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${rule}.md`);
  try {
    await vscode.workspace.fs.stat(page);
    await vscode.commands.executeCommand('markdown.showPreview', page);
  } catch {
    await vscode.env.openExternal(vscode.Uri.parse(`${DOCS_ONLINE}${rule}.md`));
  }
}

/** The link of a rule id in Problems and hovers: the local page, not a site that may be unreachable. */
function ruleDocLink(rule: string): vscode.Uri {
  return vscode.Uri.parse(`command:reportLint.openRuleDoc?${encodeURIComponent(JSON.stringify([rule]))}`);
}

/** What activate returns: read by the editor tests (extension.exports). */
export interface Api {
  statusText(): string;
  /**
   * Fires when diagnostics from the server have been handed to VS Code, which passes them to the
   * editor at once. `languages.onDidChangeDiagnostics` fires up to 50 ms later (VS Code throttles
   * that event), so the editor tests time keystrokes by this one.
   */
  onDidDeliverDiagnostics: vscode.Event<vscode.Uri>;
}

export async function activate(context: vscode.ExtensionContext): Promise<Api> {
  const output = vscode.window.createOutputChannel(t('报告检查 (report-lint)', 'Report Lint'));
  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const delivered = new vscode.EventEmitter<vscode.Uri>();
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE },
      { language: 'markdown', scheme: 'file' },
      { language: 'plaintext', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
      { language: 'plaintext', scheme: 'untitled' },
    ],
    synchronize: {
      configurationSection: 'reportLint',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.reportlintrc.json'),
    },
    outputChannel: output,
    initializationOptions: { settings: vscode.workspace.getConfiguration('reportLint') },
    middleware: {
      handleDiagnostics(uri, diagnostics, next) {
        // Our own rule pages quote example reports; opened for reading, they are not drafts.
        if (uri.toString().startsWith(`${vscode.Uri.joinPath(context.extensionUri, 'docs').toString()}/`)) return next(uri, []);
        for (const d of diagnostics) {
          const rule = ruleOf(d);
          if (rule) d.code = { value: rule, target: ruleDocLink(rule) };
        }
        next(uri, diagnostics);
        delivered.fire(uri);
      },
      async provideCodeActions(document, range, context, token, next) {
        const actions = (await next(document, range, context, token)) ?? [];
        // The online page of each rule in the request, after the server's actions: the link on
        // the rule id opens the copy shipped with the extension.
        const rules = [...new Set(context.diagnostics.map(ruleOf).filter((r): r is string => !!r))];
        if (context.only && !context.only.contains(vscode.CodeActionKind.Empty)) return actions;
        return [
          ...actions,
          ...rules.map((rule) => {
            const action = new vscode.CodeAction(t(`在线查看规则 ${rule} 的说明`, `Read about ${rule} online`), vscode.CodeActionKind.Empty);
            action.command = { title: action.title, command: 'vscode.open', arguments: [vscode.Uri.parse(`${DOCS_ONLINE}${rule}.md`)] };
            return action;
          }),
        ];
      },
    },
  };
  const client = new LanguageClient('reportLint', t('报告检查', 'Report Lint'), serverOptions, clientOptions);
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.command = 'workbench.actions.view.problems';
  running = { client, status, output };

  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand('reportLint.lintNow', () => lintNow(client)),
    vscode.commands.registerCommand('reportLint.fixAll', () => fixAll()),
    vscode.commands.registerCommand('reportLint.learnConventions', () => learnConventions(context, output)),
    vscode.commands.registerCommand('reportLint.completeGlossary', () => completeGlossary(client)),
    vscode.commands.registerCommand('reportLint.openRuleDoc', (rule: string) => openRuleDoc(context, rule)),
    vscode.languages.onDidChangeDiagnostics(() => updateStatus(status)),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus(status)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('reportLint.locale')) updateStatus(status);
    }),
    client.onNotification(DETECTED_REPORT, (params: { uri: string }) => void useReportLanguage(params.uri)),
  );
  await client.start();
  updateStatus(status);
  context.subscriptions.push(delivered);
  return { statusText: () => status.text, onDidDeliverDiagnostics: delivered.event };
}

/**
 * A plain-text document the server recognised as a report gets the work-report language: its
 * highlighting and the editor defaults of package.json (word wrap, no Unicode boxes). Once per
 * document and session, so choosing another language by hand sticks. Markdown stays Markdown:
 * switching would take its preview and outline away.
 */
const switched = new Set<string>();
async function useReportLanguage(uri: string): Promise<void> {
  if (switched.has(uri)) return;
  switched.add(uri);
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (doc?.languageId === 'plaintext') await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
}

export async function deactivate(): Promise<void> {
  await running?.client.stop();
  running = undefined;
}

function updateStatus(status: vscode.StatusBarItem): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return status.hide();
  const ours = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === SOURCE);
  if (!ours.length && editor.document.languageId !== LANGUAGE) return status.hide();
  const n = (s: vscode.DiagnosticSeverity) => ours.filter((d) => d.severity === s).length;
  const errors = count(n(vscode.DiagnosticSeverity.Error), '错误', 'error', 'errors');
  const warnings = count(n(vscode.DiagnosticSeverity.Warning), '警告', 'warning', 'warnings');
  const infos = count(n(vscode.DiagnosticSeverity.Information), '提示', 'note', 'notes');
  status.text = `$(checklist) ${t(`报告检查：${errors}，${warnings}`, `Report: ${errors}, ${warnings}`)}`;
  status.tooltip = t(`${errors}，${warnings}，${infos}（点击打开问题面板）`, `${errors}, ${warnings}, ${infos} (click for Problems)`);
  status.show();
}

async function lintNow(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  await client.sendRequest('workspace/executeCommand', { command: 'reportLint.server.lint', arguments: [editor.document.uri.toString()] });
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}

async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    editor.document.uri,
    new vscode.Range(0, 0, editor.document.lineCount, 0),
    vscode.CodeActionKind.SourceFixAll.append('reportLint').value,
  );
  const action = actions?.find((a) => a.kind?.value === 'source.fixAll.reportLint');
  if (action?.edit) await vscode.workspace.applyEdit(action.edit);
  else void vscode.window.showInformationMessage(t('没有可安全自动修复的问题', 'Nothing to fix safely'));
}

/** The server's 补全名词解释 request (declared in server/src/lsp/convert.ts, GlossaryTermsResult). */
const GLOSSARY_TERMS = 'reportLint/glossaryTerms';
interface GlossaryTerms {
  version: number;
  terms: { term: string; key: string; score: number; reason: string; needed: boolean; uses: unknown[] }[];
  edits: LspTextEdit[];
}

/**
 * 补全名词解释: the body's candidate terms, ranked as `report-lint terms` ranks them, in a
 * multi-select list; those strongly needed come checked. The chosen entries are added by one
 * edit the server makes (numbered in order, none twice, in the report's own 名词解释).
 */
async function completeGlossary(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const document = editor.document;
  const uri = document.uri.toString();
  const list = await client.sendRequest<GlossaryTerms | null>(GLOSSARY_TERMS, { textDocument: { uri } });
  if (!list?.terms.length) return void vscode.window.showInformationMessage(t('没有待解释的术语', 'No terms left to explain'));
  const items = list.terms.map((c) => ({
    label: c.term,
    description: t(`正文${c.uses.length}处`, `${c.uses.length} use${c.uses.length === 1 ? '' : 's'}`),
    detail: c.reason,
    picked: c.needed,
    key: c.key,
  }));
  const chosen = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    matchOnDetail: true,
    title: t('补全名词解释', 'Complete the glossary (名词解释)'),
    placeHolder: t('选择要添加到名词解释的术语（已勾选的证据较充分）', 'Choose the terms to add (those checked have strong evidence)'),
  });
  if (!chosen?.length) return;
  const made = await client.sendRequest<GlossaryTerms | null>(GLOSSARY_TERMS, { textDocument: { uri }, terms: chosen.map((c) => c.key) });
  if (!made?.edits.length) return;
  // Edits for the text the server saw: a change typed meanwhile would shift them.
  if (made.version !== document.version) return void vscode.window.showWarningMessage(t('文档已修改，请重新运行“补全名词解释”', 'The document changed: run "Complete the glossary" again'));
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, await client.protocol2CodeConverter.asTextEdits(made.edits));
  await vscode.workspace.applyEdit(edit);
}

/**
 * Runs `learn` from the language server's bundle (its `learn` export; the .vsix ships no CLI
 * bundle) in a child process, off the extension host. In desktop VS Code
 * process.execPath is the Electron binary: ELECTRON_RUN_AS_NODE makes it a plain Node (and is
 * ignored by the Node of a remote or web extension host). Paths are the URIs' fsPath, never
 * built from strings, so Windows drives and non-ASCII folders work.
 */
async function learnConventions(context: vscode.ExtensionContext, output: vscode.OutputChannel): Promise<void> {
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: t('学习此文件夹中的报告', 'Learn from this folder') });
  const folder = picked?.[0];
  const workspace = vscode.workspace.workspaceFolders?.[0];
  if (!folder || !workspace) return;
  const dir = vscode.Uri.joinPath(workspace.uri, '.reportlint');
  const target = vscode.Uri.joinPath(dir, 'conventions.json');
  await vscode.workspace.fs.createDirectory(dir);
  const server = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const run = 'process.exitCode = require(process.argv[1]).learn(process.argv.slice(2))';
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('正在学习写作惯例…', 'Learning conventions…') }, () =>
    new Promise<void>((resolve) => {
      execFile(process.execPath, ['-e', run, server, folder.fsPath, '-o', target.fsPath], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } }, (error, _stdout, stderr) => {
        if (stderr) output.appendLine(stderr);
        if (error) void vscode.window.showErrorMessage(t(`学习失败：${stderr || error.message}`, `Learning failed: ${stderr || error.message}`));
        else {
          void vscode.workspace.getConfiguration('reportLint').update('conventions', '.reportlint/conventions.json', vscode.ConfigurationTarget.Workspace);
          void vscode.window.showInformationMessage(t(`已从 ${folder.fsPath} 学习写作惯例`, `Conventions learned from ${folder.fsPath}`));
        }
        resolve();
      });
    }),
  );
}
