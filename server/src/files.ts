// File-system access of the faces (CLI and language server): reading only regular files, bounded
// in size; walking directories once each; writing fixes without losing mode, owner, links or
// bytes. The engine never touches files; everything here returns messages instead of throwing.
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
// The ESM build: the UMD one loads its modules by computed require, which a bundle cannot follow.
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import type { Message } from './engine/types.js';

/** Largest report the CLI reads: far above any real report (a few hundred KB), far below memory trouble. */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;
/** Largest settings or conventions file read (the default conventions are ~13 KB). */
export const MAX_JSON_BYTES = 8 * 1024 * 1024;

export type Read<T> = { ok: true; value: T } | { ok: false; message: Message };

function kindOf(st: Stats): Message {
  if (st.isFIFO()) return { zh: '命名管道（FIFO）', en: 'a FIFO' };
  if (st.isSocket()) return { zh: '套接字', en: 'a socket' };
  if (st.isCharacterDevice() || st.isBlockDevice()) return { zh: '设备文件', en: 'a device' };
  if (st.isDirectory()) return { zh: '目录', en: 'a directory' };
  return { zh: '特殊文件', en: 'a special file' };
}

export function notRegular(path: string, st: Stats): Message {
  const kind = kindOf(st);
  return { zh: `${path}: 是${kind.zh}，不是普通文件，已跳过`, en: `${path}: ${kind.en}, not a regular file; skipped` };
}

export function ioMessage(path: string, error: unknown): Message {
  const code = (error as NodeJS.ErrnoException)?.code;
  const zh = code === 'ENOENT' ? '文件不存在' : code === 'EACCES' ? '没有读取权限' : `无法读取（${code ?? 'error'}）`;
  const en = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'error'})`;
  return { zh: `${path}: ${zh}`, en: `${path}: ${en}` };
}

function tooLarge(path: string, max: number): Message {
  const mb = Math.round(max / 1024 / 1024);
  return { zh: `${path}: 文件超过 ${mb} MB，已跳过`, en: `${path}: larger than ${mb} MB; skipped` };
}

/**
 * Reads a regular file of at most `maxBytes`. A FIFO, device or socket is refused after a
 * stat, before any open (opening a FIFO blocks; /dev/zero never ends); the open itself is
 * non-blocking and re-checked with fstat, so a file swapped for a FIFO in between is refused too.
 */
export function readRegularFile(path: string, maxBytes: number): Read<Buffer> {
  let fd: number | undefined;
  try {
    const before = statSync(path);
    if (!before.isFile()) return { ok: false, message: notRegular(path, before) };
    if (before.size > maxBytes) return { ok: false, message: tooLarge(path, maxBytes) };
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, message: notRegular(path, st) };
    // Read at most one byte past the limit: a file growing while read stays bounded.
    const buffer = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) return { ok: false, message: tooLarge(path, maxBytes) };
    return { ok: true, value: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, message: ioMessage(path, error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

// ignoreBOM keeps a BOM in the decoded text, so --fix can write it back.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads a report as UTF-8 text (BOM accepted, and said); undefined with a message when it is not UTF-8. */
export function readText(path: string, problems: Message[]): { text: string; bom: boolean } | undefined {
  const read = readRegularFile(path, MAX_REPORT_BYTES);
  if (!read.ok) {
    problems.push(read.message);
    return undefined;
  }
  try {
    const text = decoder.decode(read.value);
    const bom = text.charCodeAt(0) === 0xfeff;
    return { text: bom ? text.slice(1) : text, bom };
  } catch {
    problems.push({ zh: `${path}: 不是有效的 UTF-8 文本，已跳过`, en: `${path}: not valid UTF-8, skipped` });
    return undefined;
  }
}

/**
 * Parses JSON; on failure the message names the file, the line and column and the kind of
 * error, never the text (a mistaken path such as /etc/shadow must not be echoed).
 */
export function parseJsonFile(path: string, text: string, what: Message = { zh: '', en: 'the file' }): Read<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    const errors: ParseError[] = [];
    parseJsonc(body, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    let where = '';
    if (first) {
      const before = body.slice(0, first.offset);
      const line = before.split('\n').length;
      const column = first.offset - before.lastIndexOf('\n');
      where = ` ${line}:${column} ${printParseErrorCode(first.error)}`;
    }
    return { ok: false, message: { zh: `${path}: ${what.zh}不是有效的 JSON（${where.trim() || '无法解析'}）`, en: `${path}: ${what.en} is not valid JSON (${where.trim() || 'cannot parse'})` } };
  }
}

/** Reads and parses a JSON file (regular, bounded); `what` names the file's role in messages. */
export function readJsonFile(path: string, what?: Message): Read<unknown> {
  const read = readRegularFile(path, MAX_JSON_BYTES);
  if (!read.ok) return read;
  return parseJsonFile(path, read.value.toString('utf8'), what);
}

/**
 * Expands directories to their `.txt`/`.md` files, sorted, in the order given. Each directory is
 * walked once, by its real path, so symlinks to `.` or between siblings neither loop nor repeat;
 * a file reached twice (a link and its target) is linted once. Hidden entries and node_modules
 * are skipped. Special files are skipped with a message, without being opened.
 *
 * Hand-written rather than fdir/tinyglobby: fdir 6.5 drops FIFOs and sockets silently (no
 * message), returns a symlink to a device as a file, and tracks visited directories by real
 * path only for links, so a directory reached both directly and through a link is walked twice.
 */
export function collectFiles(paths: string[], problems: Message[]): string[] {
  const out: string[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const isReport = (name: string) => /\.(txt|md)$/i.test(name);
  const addFile = (p: string, st: Stats) => {
    const id = `${st.dev}:${st.ino}`;
    if (seenFiles.has(id)) return;
    seenFiles.add(id);
    out.push(p);
  };
  // Iterative (an explicit stack), so deep nesting costs no call stack; entries are visited in
  // sorted order, files and subdirectories interleaved, as a recursive walk would.
  type Entry = { path: string; top: boolean; st?: Stats };
  const visit = (top: string) => {
    const stack: Entry[] = [{ path: top, top: true }];
    while (stack.length) {
      const entry = stack.pop()!;
      const { path } = entry;
      let st = entry.st;
      if (!st) {
        try {
          st = statSync(path);
        } catch (error) {
          problems.push(ioMessage(path, error));
          continue;
        }
      }
      if (st.isDirectory()) {
        let names: string[];
        try {
          const real = realpathSync(path);
          if (seenDirs.has(real)) continue;
          seenDirs.add(real);
          names = readdirSync(path).sort();
        } catch (error) {
          problems.push(ioMessage(path, error));
          continue;
        }
        const children: Entry[] = [];
        for (const n of names) {
          if (n.startsWith('.') || n === 'node_modules') continue;
          const child = join(path, n);
          let cst: Stats;
          try {
            cst = statSync(child);
          } catch (error) {
            // A dangling link in a folder is noise unless it looks like a report.
            if (isReport(n) || !lstatSync(child, { throwIfNoEntry: false })?.isSymbolicLink()) problems.push(ioMessage(child, error));
            continue;
          }
          if (cst.isDirectory() || isReport(n)) children.push({ path: child, top: false, st: cst });
        }
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      } else if (st.isFile()) {
        if (entry.top || isReport(path)) addFile(path, st);
      } else problems.push(notRegular(path, st));
    }
  };
  for (const p of paths) visit(p);
  return out;
}

export type WriteResult = { ok: true } | { ok: false; message: Message };

function writeAll(fd: number, data: Buffer): void {
  for (let off = 0; off < data.length; ) off += writeSync(fd, data, off, data.length - off);
}

/**
 * Writes `data` to `path` as an edit of the existing file would:
 * - a symlink is followed and its target written (the link stays a link);
 * - a read-only file is refused (the user marked it so); no file is created through a dangling name;
 * - a file with several hard links is rewritten in place, so every link sees the fix (a rename
 *   would leave the other links on the old text); a copy is first written beside it, and kept
 *   if the in-place write fails;
 * - otherwise a temporary file is created beside the target with a random name and O_EXCL
 *   (never following a planted symlink), given the target's mode and owner, synced and renamed
 *   over it, so a crash leaves either the old or the new text.
 * `create` allows writing a file that does not exist yet (learn -o).
 */
export function writeFileSafely(path: string, data: Buffer | string, options: { create?: boolean } = {}): WriteResult {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let target = path;
  let st: Stats | undefined;
  try {
    target = realpathSync(path);
    st = statSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !options.create) return { ok: false, message: writeMessage(path, error) };
    // A dangling symlink is not followed: writing through it would create a file elsewhere.
    if (lstatSync(path, { throwIfNoEntry: false })) return { ok: false, message: writeMessage(path, Object.assign(new Error(), { code: 'ELOOP' })) };
  }
  if (st && !st.isFile()) return { ok: false, message: notRegular(path, st) };
  if (st) {
    // No write bit at all is the user's "read-only" even for root, whom access() lets through.
    let writable = (st.mode & 0o222) !== 0;
    try {
      accessSync(target, constants.W_OK);
    } catch {
      writable = false;
    }
    if (!writable) return { ok: false, message: { zh: `${path}: 文件只读，未写入修复`, en: `${path}: the file is read-only; fixes not written` } };
  }
  const dir = dirname(target);
  let tmp: string | undefined;
  let fd: number | undefined;
  let keepCopy = false;
  try {
    for (let attempt = 0; fd === undefined; attempt++) {
      tmp = join(dir, `.${basename(target)}.${randomBytes(8).toString('hex')}.report-lint.tmp`);
      try {
        fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw error;
      }
    }
    writeAll(fd, bytes);
    if (st) {
      fchmodSync(fd, st.mode & 0o7777);
      try {
        fchownSync(fd, st.uid, st.gid);
      } catch {
        // Only root may give a file away; the owner is kept where the system allows.
      }
    } else fchmodSync(fd, 0o666 & ~process.umask());
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (st && st.nlink > 1) {
      keepCopy = true;
      const out = openSync(target, constants.O_WRONLY);
      try {
        writeAll(out, bytes);
        ftruncateSync(out, bytes.length);
        fsyncSync(out);
      } finally {
        closeSync(out);
      }
      keepCopy = false;
      unlinkSync(tmp!);
    } else renameSync(tmp!, target);
    tmp = undefined;
    return { ok: true };
  } catch (error) {
    const message = writeMessage(path, error);
    if (keepCopy) return { ok: false, message: { zh: `${message.zh}；修复后的全文保存在 ${tmp}`, en: `${message.en}; the fixed text is kept in ${tmp}` } };
    return { ok: false, message };
  } finally {
    if (fd !== undefined) closeSync(fd);
    if (tmp !== undefined && !keepCopy) {
      try {
        unlinkSync(tmp);
      } catch {
        // already gone
      }
    }
  }
}

function writeMessage(path: string, error: unknown): Message {
  const code = (error as NodeJS.ErrnoException)?.code ?? 'error';
  const zh = code === 'EACCES' || code === 'EPERM' ? '没有写入权限' : code === 'ENOENT' ? '文件不存在' : `无法写入（${code}）`;
  const en = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : `cannot write (${code})`;
  return { zh: `${path}: ${zh}`, en: `${path}: ${en}` };
}

/** Identity of an existing file (device and inode), to tell whether two paths are one file. */
export function fileId(path: string): string | undefined {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}`;
  } catch {
    return undefined;
  }
}
