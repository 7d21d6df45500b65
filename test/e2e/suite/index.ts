// The editor end-to-end suite: the module `@vscode/test-electron` loads as extensionTestsPath,
// and that code-server runs offline (scripts/e2e/run.mjs). It drives a real VS Code through
// its API: diagnostics, outline, a quick fix, hover, go to definition.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

const SOURCE = 'report-lint';

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** Resolves when the diagnostics of `uri` satisfy `ok` (no sleeps: onDidChangeDiagnostics). */
function waitForDiagnostics(uri: vscode.Uri, ok: (ds: vscode.Diagnostic[]) => boolean, what: string, ms = 20000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    if (ok(ours(uri))) return resolve(ours(uri));
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}; have ${ours(uri).map((d) => `${d.range.start.line}:${String(typeof d.code === 'object' ? d.code.value : d.code)}`).join(' ')}`));
    }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString()) || !ok(ours(uri))) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(ours(uri));
    });
  });
}

const code = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);

const tests: [string, () => Promise<void>][] = [];
const test = (name: string, f: () => Promise<void>) => tests.push([name, f]);

let doc: vscode.TextDocument;

test('the extension activates and contributes the work-report language', async () => {
  const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'report-lint');
  assert.ok(ext, 'extension report-lint is installed');
  await ext.activate();
  assert.ok((await vscode.languages.getLanguages()).includes('work-report'));
});

test('a draft shows diagnostics with rule ids and positions', async () => {
  const folder = vscode.workspace.workspaceFolders![0]!.uri;
  doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, '2024年乌拉特后旗政府工作报告.txt'));
  await vscode.window.showTextDocument(doc);
  assert.equal(doc.languageId, 'work-report');
  const ds = await waitForDiagnostics(doc.uri, (d) => d.some((x) => code(x) === 'year-consistency'), 'year-consistency');
  const year = ds.find((d) => code(d) === 'year-consistency')!;
  assert.deepEqual([year.range.start.line, year.range.start.character], [50, 6]);
  assert.equal(year.severity, vscode.DiagnosticSeverity.Error);
  assert.ok(ds.some((d) => code(d) === 'glossary-missing' && d.range.start.line === 38), 'glossary-missing on line 39');
  assert.ok(ds.some((d) => code(d) === 'heading-sequence' && d.range.start.line === 66), 'heading-sequence on line 67');
});

test('the outline lists the sections, tasks and 名词解释 entries', async () => {
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
  const names = symbols.map((s) => s.name);
  for (const n of ['一、2023年工作回顾', '二、2025年工作安排', '三、加强政府自身建设', '名词解释']) assert.ok(names.includes(n), `outline has ${n}: ${names.join(' | ')}`);
  const glossary = symbols.find((s) => s.name === '名词解释')!;
  assert.equal(glossary.children.length, 16);
  const plan = symbols.find((s) => s.name === '二、2025年工作安排')!;
  assert.equal(plan.children.filter((c) => /^\(/.test(c.name)).length, 6);
});

test('a quick fix applied removes its diagnostic', async () => {
  const year = ours(doc.uri).find((d) => code(d) === 'year-consistency')!;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, year.range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((a) => a.title === '改为 2024' || a.title === 'Change to 2024');
  assert.ok(fix?.edit, `quick fix offered: ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  await waitForDiagnostics(doc.uri, (d) => d.length > 0 && !d.some((x) => code(x) === 'year-consistency'), 'year-consistency gone');
  assert.equal(doc.lineAt(50).text.trim(), '二、2024年工作安排');
});

test('hover on a term shows its 名词解释 entry; go to definition jumps to it', async () => {
  const line = doc.getText().split('\n').findIndex((l) => l.includes('“五大任务”'));
  const character = doc.lineAt(line).text.indexOf('五大任务') + 1;
  const position = new vscode.Position(line, character);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert.match(text, /习近平总书记对内蒙古的战略定位/);
  const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, position);
  const target = defs[0]!;
  const range = 'targetRange' in target ? target.targetRange : target.range;
  assert.equal(range.start.line, 87);
});

test('leaves the workbench showing Problems, Outline and a quick-fix menu (for the screenshot)', async () => {
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  await vscode.commands.executeCommand('outline.focus');
  const editor = await vscode.window.showTextDocument(doc);
  const target = ours(doc.uri).find((d) => code(d) === 'glossary-missing') ?? ours(doc.uri)[0]!;
  editor.selection = new vscode.Selection(target.range.start, target.range.start);
  editor.revealRange(target.range, vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
  await vscode.commands.executeCommand('editor.action.quickFix');
  // The launcher takes its screenshot on this line; the pause keeps the workbench as it is.
  console.log('[report-lint-e2e] screenshot');
  await new Promise((resolve) => setTimeout(resolve, 4000));
});

export async function run(): Promise<void> {
  const failures: string[] = [];
  for (const [name, f] of tests) {
    try {
      await f();
      console.log(`  ✓ ${name}`);
    } catch (error) {
      failures.push(name);
      console.log(`  ✗ ${name}\n    ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(`${tests.length - failures.length}/${tests.length} editor tests passed (${path.basename(__filename)})`);
  if (failures.length) throw new Error(`${failures.length} editor test(s) failed: ${failures.join('; ')}`);
}
