// A minimal LSP client over stdio for tests and the benchmark: spawns the bundled server.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export class TestClient {
  readonly connection: MessageConnection;
  private readonly child: ChildProcess;
  private readonly waiters: { uri: string; version?: number; resolve: (d: PublishDiagnosticsParams) => void }[] = [];
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  readonly messages: string[] = [];

  constructor(workspace?: string) {
    if (!existsSync(SERVER)) throw new Error('dist/server.js is missing: run `npm run build` first (npm test does)');
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], cwd: workspace });
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.latest.set(p.uri, p);
    });
    // A version's diagnostics are complete when the server says so (its first answer to a
    // keystroke may carry some rules' earlier findings): the waiters get the last publish.
    this.connection.onNotification('reportLint/diagnosticsComplete', ({ uri, version }: { uri: string; version?: number }) => {
      const p = this.latest.get(uri);
      if (!p || p.version !== version) return;
      for (const w of [...this.waiters]) {
        if (w.uri === uri && (w.version === undefined || version === w.version)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onNotification('window/showMessage', (p: { message: string }) => this.messages.push(p.message));
    this.connection.onRequest('window/showMessageRequest', (p: { message: string }) => {
      this.messages.push(p.message);
      return null;
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.configuration));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/applyEdit', (p: unknown) => {
      this.applied.push(p);
      return { applied: true };
    });
    this.connection.listen();
  }

  configuration: unknown = {};
  readonly applied: unknown[] = [];

  async initialize(rootUri: string | null = null, locale = 'zh-cn'): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      locale,
      capabilities: { workspace: { configuration: true, applyEdit: true }, textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } } },
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the next complete diagnostics published for `uri` (and `version`, when given). */
  diagnostics(uri: string, version?: number, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}`)), timeoutMs);
      this.waiters.push({ uri, ...(version === undefined ? {} : { version }), resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  open(uri: string, text: string, languageId = 'work-report', version = 1): Promise<PublishDiagnosticsParams> {
    const wait = this.diagnostics(uri, version);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return wait;
  }

  change(uri: string, version: number, changes: unknown[]): Promise<PublishDiagnosticsParams> {
    const wait = this.diagnostics(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return wait;
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      setTimeout(() => this.child.kill(), 500).unref();
      this.connection.dispose();
    }
  }
}

export const rules = (ds: Diagnostic[]) => ds.map((d) => `${d.range.start.line + 1}:${String(d.code)}`);
