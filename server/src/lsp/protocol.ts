// The base protocol's rules that vscode-languageserver leaves to the server: requests before
// `initialize` (−32002) and after `shutdown` (−32600), params checked against the shapes this
// server reads (−32602), and a broken byte stream ending the process instead of hanging it or
// desynchronising it (the library's reader reports such errors and carries on; see
// vscode-languageserver-node issue 270: a reader cannot recover from a broken frame).
import { Console } from 'node:console';
import { createConnection as connectSocket } from 'node:net';
import { Transform, type Readable, type TransformCallback, type Writable } from 'node:stream';
import {
  ErrorCodes,
  IPCMessageReader,
  IPCMessageWriter,
  Message as RpcMessage,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageReader,
  type MessageStrategy,
  type MessageWriter,
  type NotificationMessage,
  type RequestMessage,
} from 'vscode-languageserver/node';
import { z } from 'zod';
import type { Locale, Message } from '../engine/types.js';
import { COMMAND_ADD_ALL_GLOSSARY, COMMAND_LINT, COMMAND_SHOW_LOCATION, COMMAND_TREAT_AS_COMMON, GLOSSARY_TERMS_REQUEST } from './convert.js';

const pick = (m: Message, locale: Locale) => (locale === 'en' ? m.en : m.zh);

// ── Params ───────────────────────────────────────────────────────────────────────────────
// Only what the handlers read is checked; other keys pass (clients add their own).
const uint = z.number().int().min(0);
const uri = z.string();
const position = z.object({ line: uint, character: uint });
const range = z.object({ start: position, end: position });
const textDocument = z.object({ uri });
const atPosition = z.object({ textDocument, position });
const diagnostic = z.object({ range, message: z.string() });

const commandArguments: Record<string, z.ZodType> = {
  [COMMAND_TREAT_AS_COMMON]: z.tuple([uri, z.string().min(1)]).rest(z.unknown()),
  [COMMAND_SHOW_LOCATION]: z.tuple([uri, range]).rest(z.unknown()),
  [COMMAND_LINT]: z.tuple([uri]).rest(z.unknown()),
  [COMMAND_ADD_ALL_GLOSSARY]: z.tuple([uri]).rest(z.unknown()),
};

/** The params of each method this server handles, as far as it reads them. */
export const paramsSchemas: Record<string, z.ZodType> = {
  initialize: z.object({
    processId: z.number().int().nullable().optional(),
    rootUri: uri.nullable().optional(),
    locale: z.string().optional(),
    capabilities: z.object({}),
    workspaceFolders: z.array(z.object({ uri, name: z.string() })).nullable().optional(),
  }),
  'textDocument/didOpen': z.object({ textDocument: z.object({ uri, languageId: z.string(), version: z.number().int(), text: z.string() }) }),
  'textDocument/didChange': z.object({
    textDocument: z.object({ uri, version: z.number().int() }),
    contentChanges: z.array(z.object({ range: range.optional(), rangeLength: uint.optional(), text: z.string() })),
  }),
  'textDocument/didClose': z.object({ textDocument }),
  'workspace/didChangeWatchedFiles': z.object({ changes: z.array(z.object({ uri, type: z.number().int() })) }),
  'textDocument/hover': atPosition,
  'textDocument/definition': atPosition,
  'textDocument/references': atPosition.extend({ context: z.object({ includeDeclaration: z.boolean() }) }),
  'textDocument/documentSymbol': z.object({ textDocument }),
  'textDocument/foldingRange': z.object({ textDocument }),
  'textDocument/codeAction': z.object({ textDocument, range, context: z.object({ diagnostics: z.array(diagnostic), only: z.array(z.string()).optional() }) }),
  [GLOSSARY_TERMS_REQUEST]: z.object({ textDocument, terms: z.array(z.string()).optional() }),
  'workspace/executeCommand': z
    .object({ command: z.string(), arguments: z.array(z.unknown()).optional() })
    .superRefine((p, ctx) => {
      // A command not listed here is left to the handler (which ignores what it does not know).
      const args = commandArguments[p.command];
      if (!args) return;
      const parsed = args.safeParse(p.arguments ?? [], { reportInput: true });
      for (const issue of parsed.error?.issues ?? []) ctx.addIssue({ ...issue, path: ['arguments', ...issue.path] } as never);
    }),
};

const zhIssue = z.locales.zhCN().localeError;
const enIssue = z.locales.en().localeError;
const issueText = (issue: z.core.$ZodRawIssue, format: typeof zhIssue): string => {
  const text = format(issue);
  return typeof text === 'string' ? text : (text?.message ?? String(issue.code));
};

/**
 * Why `params` do not fit `method` (first problem: its path and kind, never the value, which
 * may be a whole document), or undefined when they fit or the method is not checked here.
 */
export function invalidParams(method: string, params: unknown): Message | undefined {
  const schema = paramsSchemas[method];
  if (!schema) return undefined;
  // reportInput: the locale messages name the received type; the value itself is not printed.
  const parsed = schema.safeParse(params, { reportInput: true });
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0]! as unknown as z.core.$ZodRawIssue;
  const where = issue.path?.length ? `${issue.path.join('.')}: ` : '';
  return {
    zh: `${method} 的参数无效：${where}${issueText(issue, zhIssue)}`,
    en: `Invalid params for ${method}: ${where}${issueText(issue, enIssue)}`,
  };
}

// ── Lifecycle ────────────────────────────────────────────────────────────────────────────

/**
 * Sees every incoming message before the connection dispatches it. Before `initialize`,
 * requests get −32002 and notifications are dropped (the spec; `exit` still exits); after
 * `shutdown`, requests get −32600; params that do not fit get −32602 (a notification with
 * bad params is dropped and logged, so a document's text never goes out of step).
 */
export class ProtocolGate implements MessageStrategy {
  initialized = false;
  shutdownReceived = false;

  constructor(
    private readonly writer: MessageWriter,
    private readonly locale: () => Locale,
    private readonly log: (text: string) => void,
  ) {}

  handleMessage(message: RpcMessage, next: (message: RpcMessage) => void): void {
    if (RpcMessage.isRequest(message)) this.request(message, next);
    else if (RpcMessage.isNotification(message)) this.notification(message, next);
    else next(message);
  }

  private request(message: RequestMessage, next: (message: RpcMessage) => void): void {
    if (!this.initialized && message.method !== 'initialize') {
      this.replyError(message, ErrorCodes.ServerNotInitialized, {
        zh: `服务器尚未初始化，请先发送 initialize（收到 ${message.method}）`,
        en: `Server not initialized: send initialize first (got ${message.method})`,
      });
      return;
    }
    if (this.shutdownReceived) {
      this.replyError(message, ErrorCodes.InvalidRequest, { zh: `服务器已关闭，只接受 exit（收到 ${message.method}）`, en: `Server is shut down; only exit is accepted (got ${message.method})` });
      return;
    }
    const invalid = invalidParams(message.method, message.params);
    if (invalid) {
      this.replyError(message, ErrorCodes.InvalidParams, invalid);
      return;
    }
    if (message.method === 'initialize') this.initialized = true;
    if (message.method === 'shutdown') this.shutdownReceived = true;
    next(message);
  }

  private notification(message: NotificationMessage, next: (message: RpcMessage) => void): void {
    if (!this.initialized && message.method !== 'exit') return;
    const invalid = invalidParams(message.method, message.params);
    if (invalid) {
      this.log(pick(invalid, this.locale()));
      return;
    }
    next(message);
  }

  private replyError(message: RequestMessage, code: number, text: Message): void {
    void this.writer.write({ jsonrpc: '2.0', id: message.id, error: { code, message: pick(text, this.locale()) } } as RpcMessage).catch(() => undefined);
  }
}

// ── Byte stream ──────────────────────────────────────────────────────────────────────────

/** A header block is a line or two ("Content-Length: N", maybe Content-Type); 4 KB is garbage. */
const MAX_HEADER_BYTES = 4096;
/** Largest message accepted: a 10 MB document, escaped into JSON, with room to spare. */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
/**
 * Silence inside a message after which the stream is taken as broken. A client writes each
 * message at once and a pipe delivers it within milliseconds; a message left unfinished this
 * long has a Content-Length larger than its body (both sides would wait forever) or a dead client.
 */
export const STALL_MS = 3000;

const CRLFCRLF = Buffer.from('\r\n\r\n');

/** A break in the stream's framing, described in both languages. */
export class BrokenStream extends Error {
  constructor(readonly text: Message) {
    super(text.en);
  }
}

/**
 * Passes the bytes of an LSP stream through unchanged, checking its framing on the way: headers
 * end within MAX_HEADER_BYTES, each header line is `Name: value`, Content-Length is a decimal
 * count within MAX_MESSAGE_BYTES, and no message stalls for STALL_MS. Any break is an 'error'
 * event (the reader reports it; the server then exits): a stream cannot be resynchronised.
 * Linear in the bytes: header bytes are scanned once, body bytes only counted.
 */
export class FramingGuard extends Transform {
  private header: Buffer[] = [];
  private headerBytes = 0;
  private bodyLeft = 0;
  private lastByteAt = Date.now();
  private timer: ReturnType<typeof setTimeout> | undefined;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.lastByteAt = Date.now();
    try {
      for (let at = 0; at < chunk.length; ) {
        if (this.bodyLeft > 0) {
          const n = Math.min(this.bodyLeft, chunk.length - at);
          this.bodyLeft -= n;
          at += n;
          continue;
        }
        at = this.readHeader(chunk, at);
      }
    } catch (error) {
      done(error as Error);
      return;
    }
    this.watchStall();
    done(null, chunk);
  }

  /** Takes header bytes from `chunk` at `at`; returns where the header (or chunk) ends. */
  private readHeader(chunk: Buffer, at: number): number {
    // The terminator may straddle chunks: search the tail of what came before plus this chunk.
    const carry = this.header.length ? Buffer.concat(this.header).subarray(-3) : Buffer.alloc(0);
    const window = carry.length ? Buffer.concat([carry, chunk.subarray(at)]) : chunk.subarray(at);
    const found = window.indexOf(CRLFCRLF);
    const end = found < 0 ? chunk.length : at + found + CRLFCRLF.length - carry.length;
    this.header.push(chunk.subarray(at, end));
    this.headerBytes += end - at;
    if (this.headerBytes > MAX_HEADER_BYTES) throw new BrokenStream({ zh: `消息头超过 ${MAX_HEADER_BYTES} 字节仍未结束`, en: `header longer than ${MAX_HEADER_BYTES} bytes without an end` });
    if (found < 0) return end;
    const text = Buffer.concat(this.header).toString('latin1');
    this.header = [];
    this.headerBytes = 0;
    this.bodyLeft = contentLength(text);
    return end;
  }

  private watchStall(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.bodyLeft === 0 && this.headerBytes === 0) return;
    this.timer = setTimeout(() => {
      // Timers run before I/O in Node's loop: after a long lint, bytes already waiting in the pipe
      // are read first (setImmediate runs after the poll phase), so only a real silence counts.
      setImmediate(() => {
        if (Date.now() - this.lastByteAt >= STALL_MS && (this.bodyLeft > 0 || this.headerBytes > 0)) {
          const seconds = STALL_MS / 1000;
          this.destroy(
            new BrokenStream(
              this.bodyLeft > 0
                ? { zh: `消息体 ${seconds} 秒后仍缺 ${this.bodyLeft} 字节（Content-Length 大于实际内容）`, en: `message body still ${this.bodyLeft} bytes short of its Content-Length after ${seconds} s` }
                : { zh: `消息头 ${seconds} 秒后仍未结束`, en: `header unfinished after ${seconds} s` },
            ),
          );
        } else this.watchStall();
      });
    }, STALL_MS);
    this.timer.unref?.();
  }

  override _flush(done: TransformCallback): void {
    if (this.timer) clearTimeout(this.timer);
    done(this.bodyLeft > 0 || this.headerBytes > 0 ? new BrokenStream({ zh: '输入流在消息中途结束', en: 'stream ended inside a message' }) : null);
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    if (this.timer) clearTimeout(this.timer);
    done(error);
  }
}

/** The Content-Length of a header block (`Name: value` lines ending in an empty line). */
function contentLength(block: string): number {
  let length: number | undefined;
  for (const line of block.split('\r\n').slice(0, -2)) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new BrokenStream({ zh: '消息头行不是“名称: 值”的形式', en: 'header line without "Name: value"' });
    if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,10}$/.test(value)) throw new BrokenStream({ zh: 'Content-Length 不是十进制字节数', en: 'Content-Length is not a decimal count' });
    length = Number(value);
  }
  if (length === undefined) throw new BrokenStream({ zh: '消息头缺少 Content-Length', en: 'header without Content-Length' });
  if (length === 0) throw new BrokenStream({ zh: 'Content-Length 为 0，消息为空', en: 'Content-Length 0: empty message' });
  if (length > MAX_MESSAGE_BYTES) throw new BrokenStream({ zh: `Content-Length 超过 ${MAX_MESSAGE_BYTES} 字节`, en: `Content-Length over ${MAX_MESSAGE_BYTES} bytes` });
  return length;
}

export interface Transport {
  reader: MessageReader;
  writer: MessageWriter;
  /** stdio: stdout carries the protocol, so console output must go elsewhere. */
  stdio: boolean;
}

/**
 * The transport the command line names, as vscode-languageserver reads it (--stdio, --node-ipc,
 * --socket=N, --pipe=NAME), with byte streams passed through a FramingGuard.
 */
export function transportFromArgs(argv: readonly string[]): Transport | undefined {
  const value = (name: string): string | undefined => {
    const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (i < 0) return undefined;
    return argv[i]!.includes('=') ? argv[i]!.slice(name.length + 1) : argv[i + 1];
  };
  const framed = (input: Readable, output: Writable, stdio = false): Transport => ({
    reader: new StreamMessageReader(input.pipe(new FramingGuard())),
    writer: new StreamMessageWriter(output),
    stdio,
  });
  if (argv.includes('--node-ipc')) return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process), stdio: false };
  if (argv.includes('--stdio')) return framed(process.stdin, process.stdout, true);
  const port = Number.parseInt(value('--socket') ?? '', 10);
  if (port) {
    const socket = connectSocket(port, '127.0.0.1');
    return framed(socket, socket);
  }
  const pipe = value('--pipe');
  if (pipe) {
    const socket = connectSocket(pipe);
    return framed(socket, socket);
  }
  return undefined;
}

/**
 * Ends the process when the stream breaks (one line on stderr, exit 1) or closes (exit 0 after
 * `shutdown`, else 1, as the spec's `exit` does). A broken frame cannot be skipped: the next
 * header's position is unknown, so carrying on would answer garbage or wait forever.
 */
export function exitWhenStreamEnds(reader: MessageReader, gate: ProtocolGate, locale: () => Locale): void {
  reader.onError((error) => {
    // The library's own errors (a body that is not JSON) are English and may quote the input: one line, cut short.
    const other = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
    const detail = error instanceof BrokenStream ? error.text : { zh: other, en: other };
    const text = pick({ zh: `report-lint 语言服务器：输入流已损坏，退出：${detail.zh}`, en: `report-lint language server: broken input stream, exiting: ${detail.en}` }, locale());
    process.stderr.write(`${text}\n`);
    process.exit(1);
  });
  reader.onClose(() => process.exit(gate.shutdownReceived ? 0 : 1));
}

/** Over stdio, stdout is the protocol: console output (ours or a dependency's) goes to stderr. */
export function keepConsoleOffStdout(): void {
  Object.assign(console, new Console({ stdout: process.stderr, stderr: process.stderr }));
}
