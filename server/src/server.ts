// LSP wiring only: connection, document store, handlers that call the session and the engine.
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pick } from './engine/lint.js';
import { codeActions, COMMAND_ADD_ALL_GLOSSARY, COMMAND_LINT, COMMAND_SHOW_LOCATION, COMMAND_TREAT_AS_COMMON, documentSymbols, FIX_ALL_KIND, foldingRanges, GLOSSARY_TERMS_REQUEST, type GlossaryTermsParams } from './lsp/convert.js';
import { exitWhenStreamEnds, keepConsoleOffStdout, ProtocolGate, transportFromArgs } from './lsp/protocol.js';
import { RC_FILE, Session } from './lsp/session.js';

// The editor's Learn command runs `learn` from this bundle in a child process, so the .vsix
// ships no second copy of the engine (cli-learn.ts).
export { learn } from './cli-learn.js';

export function startServer(connection: Connection, defaultsDir: string = __dirname): Session {
  const documents = new TextDocuments(TextDocument);
  const session = new Session(connection, documents, defaultsDir);
  let pullConfiguration = false;

  connection.onInitialize((params) => {
    session.initialize(params);
    pullConfiguration = !!params.capabilities.workspace?.configuration;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: { label: '报告结构' },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        foldingRangeProvider: true,
        executeCommandProvider: { commands: [COMMAND_TREAT_AS_COMMON, COMMAND_ADD_ALL_GLOSSARY, COMMAND_LINT, COMMAND_SHOW_LOCATION] },
      },
      serverInfo: { name: 'report-lint', version: '0.1.0' },
    };
  });

  const refreshSettings = async () => {
    if (pullConfiguration) {
      try {
        session.applySettings(await connection.workspace.getConfiguration('reportLint'));
      } catch (error) {
        connection.console.error(`configuration: ${String(error)}`);
      }
    } else session.applySettings(undefined);
    session.relintAll();
  };

  connection.onInitialized(() => {
    setImmediate(() => session.warmUp());
    if (pullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    void refreshSettings();
  });
  connection.onDidChangeConfiguration((change) => {
    if (pullConfiguration) void refreshSettings();
    else {
      session.applySettings((change.settings as { reportLint?: unknown } | undefined)?.reportLint);
      session.relintAll();
    }
  });
  connection.onDidChangeWatchedFiles((change) => {
    if (change.changes.some((c) => c.uri.endsWith(RC_FILE))) void refreshSettings();
  });

  documents.onDidOpen((e) => session.schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => session.schedule(e.document.uri));
  documents.onDidClose((e) => session.close(e.document.uri));

  const withDoc = <T>(uri: string, fallback: T, f: (doc: TextDocument) => T): T => {
    const doc = documents.get(uri);
    if (!doc) return fallback;
    try {
      return f(doc);
    } catch (error) {
      connection.console.error(`${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };

  connection.onCodeAction((params) =>
    withDoc(params.textDocument.uri, [], (doc) =>
      codeActions(doc.uri, session.resultFor(doc), params.context.diagnostics, params.context.only, session.locale, /markdown/.test(doc.languageId) || doc.uri.endsWith('.md'), (rules) => session.fixAll(doc, rules)),
    ),
  );
  connection.onDocumentSymbol((params) => withDoc(params.textDocument.uri, [], (doc) => documentSymbols(session.resultFor(doc))));
  connection.onFoldingRanges((params) => withDoc(params.textDocument.uri, [], (doc) => foldingRanges(session.resultFor(doc))));
  connection.onHover((params) => withDoc(params.textDocument.uri, null, (doc) => session.hover(doc, doc.offsetAt(params.position))));
  connection.onDefinition((params) => withDoc(params.textDocument.uri, null, (doc) => session.definition(doc, doc.offsetAt(params.position))));
  connection.onReferences((params) =>
    withDoc(params.textDocument.uri, [], (doc) => session.references(doc, doc.offsetAt(params.position), params.context.includeDeclaration)),
  );

  connection.onRequest(GLOSSARY_TERMS_REQUEST, (params: GlossaryTermsParams) =>
    withDoc(params?.textDocument?.uri ?? '', null, (doc) => session.glossaryTerms(doc, Array.isArray(params.terms) ? params.terms.map(String) : [])),
  );

  connection.onExecuteCommand(async (params) => {
    const [uri, term] = (params.arguments ?? []) as [string, string | undefined];
    if (params.command === COMMAND_TREAT_AS_COMMON && term) {
      const made = session.treatAsCommonEdit(term);
      if ('problem' in made) {
        session.showWarning(pick(made.problem, session.locale));
        return;
      }
      if ('edit' in made) await connection.workspace.applyEdit({ label: `report-lint: ${term}`, edit: made.edit });
      session.applySettings(pullConfiguration ? await connection.workspace.getConfiguration('reportLint') : undefined);
      session.relintAll();
    } else if (params.command === COMMAND_SHOW_LOCATION && uri && params.arguments?.[1]) {
      await connection.window.showDocument({ uri, selection: params.arguments[1] as Range, takeFocus: true }).catch(() => undefined);
    } else if (params.command === COMMAND_LINT && uri) {
      session.publish(uri);
    } else if (params.command === COMMAND_ADD_ALL_GLOSSARY && uri) {
      const doc = documents.get(uri);
      if (!doc) return;
      const fix = session.glossaryCompletion(doc);
      if (fix) await connection.workspace.applyEdit({ label: fix.title, edit: { changes: { [uri]: fix.edits } } });
    }
  });

  documents.listen(connection);
  connection.listen();
  return session;
}

/**
 * Starts over stdio / node-ipc / socket / pipe, as the command line says. Every message passes
 * the ProtocolGate (lifecycle and params); a broken or closed stream ends the process.
 */
export function main(defaultsDir: string = __dirname): void {
  const transport = transportFromArgs(process.argv.slice(2));
  // No transport named: the library's own message says which arguments it takes.
  if (!transport) return void startServer(createConnection(ProposedFeatures.all), defaultsDir);
  let session: Session | undefined;
  const locale = () => session?.locale ?? 'zh-cn';
  const gate = new ProtocolGate(transport.writer, locale, (text) => connection.console.error(text));
  exitWhenStreamEnds(transport.reader, gate, locale);
  if (transport.stdio) keepConsoleOffStdout();
  const connection = createConnection(ProposedFeatures.all, transport.reader, transport.writer, { messageStrategy: gate });
  session = startServer(connection, defaultsDir);
}

if (require.main === module) main();
