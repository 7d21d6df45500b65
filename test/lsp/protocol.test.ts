// The language server against the protocol's rules (issue 16), over stdio: document versions,
// the lifecycle (−32002 before initialize, −32600 after shutdown), invalid params (−32602),
// and a broken byte stream, which must end the process rather than hang or desynchronise it.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, DocumentSymbol } from 'vscode-languageserver-protocol';
import { applyFix } from '../support.js';
import { SERVER, TestClient } from './client.js';

const uri = 'file:///tmp/report-lint-protocol/草稿.report.txt';
/** Our own draft; the second has one half-width comma among full-width ones (punctuation, line 5). */
const CLEAN = '某县政府工作报告\n\n各位代表：\n\n今年工作扎实，成效明显，群众满意，干部认可。明年继续努力，再创佳绩，不负众望，共同奋斗。\n';
const DOUBLED = CLEAN.replace('满意，干部', '满意,干部');
/** A draft with an outline: a part title and a numbered section. */
const OUTLINED = '某县政府工作报告\n\n各位代表：\n\n一、过去一年的工作\n\n（一）经济平稳运行。全年工作扎实推进。\n';

let client: TestClient;
beforeAll(async () => {
  client = new TestClient();
  await client.initialize(null);
});
afterAll(async () => client.shutdown());

/** The JSON-RPC error a request was answered with (undefined when it got a result). */
async function errorOf(p: Promise<unknown>): Promise<{ code: number; message: string } | undefined> {
  try {
    await p;
    return undefined;
  } catch (error) {
    return error as { code: number; message: string };
  }
}

describe('document versions', () => {
  it('a change that reuses the version is linted again, not answered from the old text\'s results', async () => {
    const first = await client.open(uri, CLEAN, 'work-report', 3);
    expect(first.diagnostics.filter((d) => d.code === 'punctuation')).toEqual([]);
    // Against the spec (versions must increase), but clients do it. Asked through a request, which
    // the server handles after the change (a publication of version 3 may still be the re-lint of
    // the old text that the typo model's arrival triggers).
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: DOUBLED }] });
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.reportLint'] },
    });
    const edits = actions.flatMap((a) => a.edit?.changes?.[uri] ?? []);
    expect(applyFix(DOUBLED, { title: '', safe: true, edits })).toBe(CLEAN);
  });
});

describe('invalid params', () => {
  it('a hover without a position is answered −32602 naming the missing field, not null', async () => {
    const error = await errorOf(client.request('textDocument/hover', { textDocument: { uri } }));
    expect(error?.code).toBe(-32602);
    expect(error?.message).toContain('textDocument/hover');
    expect(error?.message).toContain('position');
  });

  it('a position given as text is −32602', async () => {
    const error = await errorOf(client.request('textDocument/definition', { textDocument: { uri }, position: { line: '0', character: 0 } }));
    expect(error?.code).toBe(-32602);
    expect(error?.message).toContain('position.line');
  });

  it('a command whose arguments have the wrong type is −32602, and nothing is edited', async () => {
    const before = client.applied.length;
    const error = await errorOf(client.request('workspace/executeCommand', { command: 'reportLint.server.treatAsCommon', arguments: [uri, { term: '新质生产力' }] }));
    expect(error?.code).toBe(-32602);
    expect(error?.message).toContain('arguments.1');
    expect(client.applied.length).toBe(before);
  });

  it('valid params are still served after the errors', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(Array.isArray(symbols)).toBe(true);
  });
});

describe('lifecycle', () => {
  it('a request before initialize is answered −32002; notifications before it are dropped', async () => {
    const early = new TestClient();
    try {
      const error = await errorOf(early.request('textDocument/documentSymbol', { textDocument: { uri } }));
      expect(error?.code).toBe(-32002);
      // Dropped (the spec): after initialize the document is not open, so it has no outline.
      void early.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'work-report', version: 1, text: OUTLINED } });
      await early.initialize(null);
      expect(await early.request('textDocument/documentSymbol', { textDocument: { uri } })).toEqual([]);
      // The same document opened after initialize has one.
      await early.open(uri, OUTLINED, 'work-report', 2);
      expect((await early.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } })).length).toBeGreaterThan(0);
    } finally {
      await early.shutdown();
    }
  });

  it('a request after shutdown is answered −32600', async () => {
    const late = new TestClient();
    try {
      await late.initialize(null);
      await late.request('shutdown', undefined);
      const error = await errorOf(late.request('textDocument/documentSymbol', { textDocument: { uri } }));
      expect(error?.code).toBe(-32600);
    } finally {
      await late.shutdown().catch(() => undefined);
    }
  });
});

describe('workspace files are read as the command line reads them', () => {
  it.skipIf(process.platform === 'win32')('a FIFO named .reportlintrc.json: "treat as common" answers with a message instead of blocking the server', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'report-lint-fifo-'));
    execFileSync('mkfifo', [join(workspace, '.reportlintrc.json')]);
    const rootUri = pathToFileURL(workspace).href;
    const local = new TestClient(workspace);
    try {
      await local.initialize(rootUri);
      await local.request('workspace/executeCommand', { command: 'reportLint.server.treatAsCommon', arguments: [`${rootUri}/a.txt`, '某术语'] });
      expect(local.applied).toEqual([]);
      expect(local.messages.some((m) => m.includes('.reportlintrc.json') && /FIFO|命名管道/.test(m))).toBe(true);
      // Still serving.
      expect(await local.request('textDocument/documentSymbol', { textDocument: { uri: `${rootUri}/a.txt` } })).toEqual([]);
    } finally {
      await local.shutdown();
    }
  });
});

describe('size', () => {
  it('a document too long to lint at each keystroke gets no diagnostics and one message saying why', async () => {
    const long = DOUBLED.repeat(Math.ceil(500_001 / DOUBLED.length));
    const published = await client.open('file:///tmp/report-lint-protocol/长文档.txt', long, 'work-report', 1);
    expect(published.diagnostics).toEqual([]);
    expect(client.messages.filter((m) => m.includes('长文档') && m.includes('500000'))).toHaveLength(1);
  });
});

// ── A broken byte stream ─────────────────────────────────────────────────────────────────

const frame = (message: unknown, length?: (real: number) => number): Buffer => {
  const body = Buffer.from(JSON.stringify(message));
  return Buffer.concat([Buffer.from(`Content-Length: ${length ? length(body.length) : body.length}\r\n\r\n`), body]);
};
const INITIALIZE = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } };

/**
 * Starts the server, writes `bytes` and keeps stdin open (a client waiting for an answer);
 * resolves when the process exits, or with code 'alive' if it has not within `boundMs` — a
 * bound on a hang, not a measure of speed.
 */
function feed(bytes: Buffer, boundMs = 20000): Promise<{ code: number | 'alive'; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill();
      resolve({ code: 'alive', stdout, stderr });
    }, boundMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.write(bytes);
  });
}

describe('a broken stream ends the process with a message', () => {
  it.concurrent('a header line that is not "Name: value"', async () => {
    const run = await feed(Buffer.concat([Buffer.from('Hello server\r\n\r\n'), frame(INITIALIZE)]));
    expect(run.code).not.toBe('alive');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/输入流已损坏|broken input stream/);
    expect(run.stdout).toBe('');
  });

  it.concurrent('a header without Content-Length', async () => {
    const run = await feed(Buffer.from('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}'));
    expect(run.code).not.toBe('alive');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/Content-Length/);
  });

  it.concurrent('bytes that never end a header', async () => {
    const run = await feed(Buffer.alloc(100_000, 'x'));
    expect(run.code).not.toBe('alive');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/输入流已损坏|broken input stream/);
  });

  it.concurrent('a Content-Length larger than the body while the client waits for the answer', async () => {
    const run = await feed(frame(INITIALIZE, (n) => n + 100));
    expect(run.code).not.toBe('alive');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/Content-Length/);
  });

  it.concurrent('a Content-Length smaller than the body: the next request is not answered out of step', async () => {
    const shutdown = { jsonrpc: '2.0', id: 2, method: 'shutdown' };
    const run = await feed(Buffer.concat([frame(INITIALIZE, (n) => n - 10), frame(shutdown)]));
    expect(run.code).not.toBe('alive');
    expect(run.code).not.toBe(0);
    expect(run.stdout).not.toContain('"id":2');
    expect(run.stderr).toMatch(/输入流已损坏|broken input stream/);
  });
});
