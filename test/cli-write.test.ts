// What `report-lint --fix` and `learn -o` do to files, and what the CLI reads (docs: issue 16).
import { spawnSync } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../server/src/cli.js';
import { collectFiles, readRegularFile, writeFileSafely } from '../server/src/files.js';
import type { Message } from '../server/src/engine/types.js';
import { ROOT } from './support.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const run = (args: string[], cwd = ROOT) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tmp = () => mkdtempSync(join(tmpdir(), 'report-lint-write-'));

/** Our own draft: mostly full-width punctuation and one half-width comma, which --fix widens. */
const DRAFT = '某县政府工作报告\n\n各位代表：\n\n今年工作扎实，成效明显，群众满意,干部认可。明年继续努力，再创佳绩，不负众望，共同奋斗。\n';
const FIXED = DRAFT.replace('满意,干部', '满意，干部');

describe('--fix writes', () => {
  it('keeps the mode of a private draft (0600) and of an executable file (0755)', () => {
    const dir = tmp();
    for (const mode of [0o600, 0o755]) {
      const file = join(dir, `m${mode.toString(8)}.txt`);
      writeFileSync(file, DRAFT);
      chmodSync(file, mode);
      run(['--fix', file]);
      expect(readFileSync(file, 'utf8')).toBe(FIXED);
      expect(statSync(file).mode & 0o777).toBe(mode);
    }
  });

  it('writes the target of a symlink and leaves the link a link', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'real.txt'), DRAFT);
    symlinkSync('real.txt', join(dir, 'link.txt'));
    run(['--fix', join(dir, 'link.txt')]);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.txt'))).toBe('real.txt');
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toBe(FIXED);
  });

  it('keeps hard links: every name of the file sees the fix', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), DRAFT);
    linkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    run(['--fix', join(dir, 'a.txt')]);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe(FIXED);
    expect(statSync(join(dir, 'a.txt')).ino).toBe(statSync(join(dir, 'b.txt')).ino);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('refuses a read-only file with a clear message (Chinese first), and leaves it as it was', () => {
    const dir = tmp();
    const file = join(dir, 'ro.txt');
    writeFileSync(file, DRAFT);
    chmodSync(file, 0o444);
    const r = run(['--fix', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ro.txt: 文件只读，未写入修复');
    expect(run(['--fix', '--locale', 'en', file]).stderr).toContain('ro.txt: the file is read-only; fixes not written');
    expect(readFileSync(file, 'utf8')).toBe(DRAFT);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  it('does not follow a symlink planted at the temporary name a writer could predict', () => {
    const dir = tmp();
    const file = join(dir, 'draft.txt');
    const victim = join(dir, 'victim.txt');
    writeFileSync(file, DRAFT);
    writeFileSync(victim, 'untouched');
    // The old writer's name: .NAME.report-lint-<pid>.tmp, with this process's pid (main runs here).
    symlinkSync(victim, join(dir, `.draft.txt.report-lint-${process.pid}.tmp`));
    const stdout = process.stdout.write;
    const stderr = process.stderr.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      main(['--fix', file]);
    } finally {
      process.stdout.write = stdout;
      process.stderr.write = stderr;
    }
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
    expect(lstatSync(file).isSymbolicLink()).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
  });

  it('creates its temporary file with a random name and O_EXCL, never over an existing one', () => {
    const dir = tmp();
    const file = join(dir, 'draft.txt');
    writeFileSync(file, 'old');
    const names = new Set<string>();
    for (let i = 0; i < 20; i++) {
      expect(writeFileSafely(file, `new ${i}`).ok).toBe(true);
      names.add(readdirSync(dir).join(','));
    }
    // Nothing is left behind, and the file holds the last text.
    expect([...names]).toEqual(['draft.txt']);
    expect(readFileSync(file, 'utf8')).toBe('new 19');
  });

  it('writes exactly the bytes given, astral characters included (property)', () => {
    const dir = tmp();
    const file = join(dir, 'p.txt');
    writeFileSync(file, '');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(writeFileSafely(file, text).ok).toBe(true);
        expect(readFileSync(file)).toEqual(Buffer.from(text, 'utf8'));
      }),
      { numRuns: 200, seed: 16 },
    );
  });
});

describe('learn -o', () => {
  it('never overwrites an input report, under any spelling of its path', () => {
    const dir = tmp();
    const report = join(dir, 'r.txt');
    writeFileSync(report, DRAFT);
    symlinkSync('r.txt', join(dir, 'alias.txt'));
    for (const output of [report, join(dir, '.', 'r.txt'), join(dir, 'alias.txt')]) {
      const r = run(['learn', dir, '-o', output]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/输出文件是输入的报告/);
      expect(readFileSync(report, 'utf8')).toBe(DRAFT);
    }
    expect(run(['learn', report, '-o', join(dir, 'conventions.json')]).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'conventions.json'), 'utf8'))).toHaveProperty('version');
  });
});

describe('reading', () => {
  const mkfifo = (path: string) => spawnSync('mkfifo', [path]).status === 0;

  it('skips a FIFO named *.txt with a message, without opening it (the old walk hung here)', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), DRAFT);
    if (!mkfifo(join(dir, 'pipe.txt'))) return;
    const r = run(['--format', 'json', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('pipe.txt: 是命名管道（FIFO），不是普通文件，已跳过');
    expect(JSON.parse(r.stdout).map((x: { file: string }) => x.file)).toEqual([join(dir, 'a.txt')]);
  });

  it('refuses a FIFO or a device as .reportlintrc.json and as --conventions, without reading it', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), DRAFT);
    if (!mkfifo(join(dir, '.reportlintrc.json'))) return;
    const rc = run(['a.txt'], dir);
    expect(rc.code).toBe(2);
    expect(rc.stderr).toMatch(/\.reportlintrc\.json: 是命名管道（FIFO）/);
    const dev = run(['--conventions', '/dev/zero', join(dir, 'a.txt')]);
    expect(dev.code).toBe(2);
    expect(dev.stderr).toMatch(/\/dev\/zero: 是设备文件/);
  });

  it('skips a link to /dev/zero and a file over the size limit, naming each', () => {
    const dir = tmp();
    symlinkSync('/dev/zero', join(dir, 'z.txt'));
    const problems: Message[] = [];
    expect(collectFiles([dir], problems)).toEqual([]);
    expect(problems.map((p) => p.zh)).toEqual([`${join(dir, 'z.txt')}: 是设备文件，不是普通文件，已跳过`]);
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2048));
    const read = readRegularFile(join(dir, 'big.txt'), 1024);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message.zh).toMatch(/big\.txt: 文件超过/);
  });

  it('walks a folder with two symlinks to itself once: each report linted once, promptly', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'r.txt'), DRAFT);
    symlinkSync('.', join(dir, 'a'));
    symlinkSync('.', join(dir, 'b'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    const problems: Message[] = [];
    expect(collectFiles([dir], problems)).toEqual([join(dir, 'sub', 'r.txt')]);
    expect(problems).toEqual([]);
  });

  it('never quotes a file that is not JSON: name and position only', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'shadow'), 'root:$6$secretsalt$hash:19000:0:99999:7:::\n');
    const r = run(['--conventions', join(dir, 'shadow'), join(ROOT, 'examples')]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/root|secret|hash/);
    expect(r.stderr).toMatch(/shadow: 写作惯例文件不是有效的 JSON（1:1 /);
  });
});
