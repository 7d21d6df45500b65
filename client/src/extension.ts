// VS Code side: start the language client, commands, status bar. No rule logic here.
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const SOURCE = 'report-lint';
const zh = () => vscode.env.language.toLowerCase().startsWith('zh');
const t = (zhText: string, en: string) => (zh() ? zhText : en);

interface Running {
  client: LanguageClient;
  status: vscode.StatusBarItem;
  output: vscode.OutputChannel;
}

let running: Running | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(t('报告检查 (report-lint)', 'Report Lint'));
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'work-report' },
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
    vscode.languages.onDidChangeDiagnostics(() => updateStatus(status)),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus(status)),
  );
  await client.start();
  updateStatus(status);
}

export async function deactivate(): Promise<void> {
  await running?.client.stop();
  running = undefined;
}

function updateStatus(status: vscode.StatusBarItem): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return status.hide();
  const ours = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === SOURCE);
  if (!ours.length && editor.document.languageId !== 'work-report') return status.hide();
  const count = (s: vscode.DiagnosticSeverity) => ours.filter((d) => d.severity === s).length;
  const errors = count(vscode.DiagnosticSeverity.Error);
  const warnings = count(vscode.DiagnosticSeverity.Warning);
  const infos = count(vscode.DiagnosticSeverity.Information);
  status.text = `$(checklist) ${t('报告检查', 'Report')}: ${errors} ${t('错误', 'errors')} ${warnings} ${t('警告', 'warnings')}`;
  status.tooltip = t(`错误 ${errors}，警告 ${warnings}，提示 ${infos}（点击打开问题面板）`, `${errors} errors, ${warnings} warnings, ${infos} info (click for Problems)`);
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

async function completeGlossary(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  await client.sendRequest('workspace/executeCommand', { command: 'reportLint.server.addAllGlossaryTerms', arguments: [editor.document.uri.toString()] });
}

async function learnConventions(context: vscode.ExtensionContext, output: vscode.OutputChannel): Promise<void> {
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: t('学习此文件夹中的报告', 'Learn from this folder') });
  const folder = picked?.[0];
  const workspace = vscode.workspace.workspaceFolders?.[0];
  if (!folder || !workspace) return;
  const target = vscode.Uri.joinPath(workspace.uri, '.reportlint', 'conventions.json');
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(workspace.uri, '.reportlint'));
  const cli = context.asAbsolutePath(path.join('dist', 'cli.js'));
  await new Promise<void>((resolve) => {
    execFile(process.execPath, [cli, 'learn', folder.fsPath, '-o', target.fsPath], (error, _stdout, stderr) => {
      if (stderr) output.appendLine(stderr);
      if (error) void vscode.window.showErrorMessage(t(`学习失败：${stderr || error.message}`, `Learning failed: ${stderr || error.message}`));
      else {
        void vscode.workspace.getConfiguration('reportLint').update('conventions', '.reportlint/conventions.json', vscode.ConfigurationTarget.Workspace);
        void vscode.window.showInformationMessage(t(`已从 ${folder.fsPath} 学习写作惯例`, `Conventions learned from ${folder.fsPath}`));
      }
      resolve();
    });
  });
}
