import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateConventions } from '../server/src/engine/conventions/schema.js';
import { ROOT, SEEDS_DIR, seedNames, seed, edit } from './support.js';

const CLI = join(ROOT, 'dist', 'cli.js');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does)');
});

const tmp = () => mkdtempSync(join(tmpdir(), 'report-lint-cli-'));

describe('report-lint CLI contract', () => {
  it('prints one JSON element per file for a directory, with LSP-shaped diagnostics', () => {
    const r = run(['--format', 'json', 'seeds/']);
    expect(r.code === 0 || r.code === 1).toBe(true);
    const out = JSON.parse(r.stdout) as { file: string; diagnostics: any[] }[];
    expect(out.map((o) => o.file)).toEqual(seedNames.map((n) => join('seeds', n)));
    for (const d of out.flatMap((o) => o.diagnostics)) {
      expect(Object.keys(d).sort()).toEqual(['fixes', 'message', 'range', 'related', 'rule', 'severity']);
      expect(d.range.start.line).toBeGreaterThanOrEqual(0);
      expect(['error', 'warning', 'info']).toContain(d.severity);
    }
    const errors = out.flatMap((o) => o.diagnostics).filter((d) => d.severity === 'error');
    expect(r.code).toBe(errors.length ? 1 : 0);
  });

  it('reports a missing file and an invalid UTF-8 file on stderr, lints the rest, exits 2', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0xe6, 0x94, 0xbf, 0xff, 0xfe, 0x0a]));
    copyFileSync(join(SEEDS_DIR, seedNames[1]!), join(dir, 'good.txt'));
    const r = run(['--format', 'json', join(dir, 'missing.txt'), join(dir, 'bad.txt'), join(dir, 'good.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.txt: 文件不存在/);
    expect(r.stderr).toMatch(/bad\.txt: 不是有效的 UTF-8/);
    const out = JSON.parse(r.stdout);
    expect(out.map((o: any) => o.file)).toEqual([join(dir, 'good.txt')]);
  });

  it('rejects bad usage with exit 2 and one line', () => {
    expect(run(['--rule', 'no-such-rule=off', 'seeds/']).code).toBe(2);
    expect(run(['--format', 'xml', 'seeds/']).stderr).toMatch(/未知的输出格式 xml/);
    expect(run(['--locale', 'en', '--format', 'xml', 'seeds/']).stderr).toMatch(/unknown format xml/);
    expect(run([]).code).toBe(2);
  });

  it('accepts a BOM and CRLF and reports the same positions as LF', () => {
    const dir = tmp();
    const text = seed('000');
    writeFileSync(join(dir, 'lf.txt'), text);
    writeFileSync(join(dir, 'crlf.txt'), '\ufeff' + text.replace(/\n/g, '\r\n'));
    const out = JSON.parse(run(['--format', 'json', join(dir, 'lf.txt'), join(dir, 'crlf.txt')]).stdout);
    const strip = (ds: any[]) => ds.map((d) => ({ rule: d.rule, range: d.range }));
    expect(strip(out[1].diagnostics)).toEqual(strip(out[0].diagnostics));
  });

  it('prints SARIF 2.1.0 with rules and 1-based regions', () => {
    const sarif = JSON.parse(run(['--format', 'sarif', 'seeds/']).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.name).toBe('report-lint');
    for (const res of sarif.runs[0].results) expect(res.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
  });

  it('--fix never touches a file it could not decode', () => {
    const dir = tmp();
    const bad = Buffer.from([0x80, 0x81, 0x0a]);
    writeFileSync(join(dir, 'bad.txt'), bad);
    expect(run(['--fix', join(dir, 'bad.txt')]).code).toBe(2);
    expect(readFileSync(join(dir, 'bad.txt'))).toEqual(bad);
  });

  it('--fix applies safe fixes in place, keeps the BOM and CRLF, and leaves unsafe ones reported', () => {
    const dir = tmp();
    const clean = seed('001').replace(/\n/g, '\r\n');
    // A full-width comma in this half-width report is safe to fix; a repeat and a traditional
    // character change words, so they stay for the writer to decide.
    const slips = edit(edit(clean, '产业转型迈出新步伐', '产业转型迈出迈出新步伐'), '改革创新催生新活力', '改革創新催生新活力');
    const broken = edit(slips, '全力稳定和促进就业,', '全力稳定和促进就业，');
    writeFileSync(join(dir, 'draft.txt'), '\ufeff' + broken);
    const r = run(['--fix', '--format', 'json', join(dir, 'draft.txt')]);
    expect([0, 1]).toContain(r.code);
    expect(readFileSync(join(dir, 'draft.txt'), 'utf8')).toBe('\ufeff' + slips);
    const rules = JSON.parse(r.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule);
    expect(rules).toContain('repeated-word');
    expect(rules).toContain('traditional-char');
    expect(rules).not.toContain('punctuation');
  });

  it('learn writes conventions the schema accepts and --conventions uses them', () => {
    const dir = tmp();
    const out = join(dir, 'c.json');
    expect(run(['learn', 'seeds', '-o', out]).code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(validateConventions(json).ok).toBe(true);
    expect(json.sources).toEqual(seedNames);
    expect(json.parts.map((p: any) => p.kind)).toEqual(expect.arrayContaining(['review', 'plan', 'self-building', 'glossary']));
    const r = run(['--conventions', out, '--format', 'json', 'seeds/']);
    expect(r.code === 0 || r.code === 1).toBe(true);
  });

  it('a corrupt or invalid conventions file names the file and the first bad key, exit 2', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'broken.json'), '{"version": 1,');
    const r1 = run(['--conventions', join(dir, 'broken.json'), 'seeds/']);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/broken\.json: 写作惯例文件不是有效的 JSON/);
    const learned = JSON.parse(readFileSync(join(ROOT, 'dist', 'default-conventions.json'), 'utf8'));
    learned.targets.qualifiers = { 以上: 'many' };
    writeFileSync(join(dir, 'invalid.json'), JSON.stringify(learned));
    const r2 = run(['--conventions', join(dir, 'invalid.json'), 'seeds/']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/invalid\.json: 写作惯例文件无效，键 targets\.qualifiers\.以上/);
    expect(r2.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('lints a 3.5 MB file (a report pasted 100 times) to valid JSON, reporting the repeats once', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'huge.txt'), seed('000').repeat(100));
    const r = run(['--format', 'json', join(dir, 'huge.txt')]);
    expect([0, 1]).toContain(r.code);
    const [result] = JSON.parse(r.stdout);
    const repeats = result.diagnostics.filter((d: { rule: string; message: string }) => d.rule === 'duplicate-paragraph' && /全文重复出现100次/.test(d.message));
    expect(repeats).toHaveLength(1);
  });

  it('keeps the example draft and derived drafts lintable in stylish form', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'draft.txt'), edit(seed('000'), '二、2024年工作安排', '二、2025年工作安排'));
    const r = run([join(dir, 'draft.txt'), 'examples/']);
    expect([0, 1]).toContain(r.code);
    expect(r.stdout.length).toBeGreaterThan(0);
  });
});

describe('the workspace file .reportlintrc.json', () => {
  it('applies to the command line too; flags win; a bad value is named and exits 2', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'draft.txt'), edit(seed('000'), '二、2024年工作安排', '二、2025年工作安排'));
    const rules = (cwd: string, extra: string[] = []) =>
      JSON.parse(run(['--format', 'json', ...extra, join(dir, 'draft.txt')], cwd).stdout)[0].diagnostics.map((d: { rule: string }) => d.rule);
    expect(rules(dir)).toContain('year-consistency');
    writeFileSync(join(dir, '.reportlintrc.json'), JSON.stringify({ rules: { 'year-consistency': 'off' }, wellKnownTerms: ['五高五区'] }));
    expect(rules(dir)).not.toContain('year-consistency');
    expect(JSON.stringify(run(['--format', 'json', join(dir, 'draft.txt')], dir).stdout)).not.toContain('五高五区');
    expect(rules(dir, ['--rule', 'year-consistency=error'])).toContain('year-consistency');
    writeFileSync(join(dir, '.reportlintrc.json'), JSON.stringify({ rules: { 'year-consistency': 'loud' } }));
    const bad = run(['--format', 'json', join(dir, 'draft.txt')], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\.reportlintrc\.json: 设置 \.reportlintrc\.json\.rules\.year-consistency 的值 "loud" 无效，已使用默认值/);
    expect(JSON.parse(bad.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule)).toContain('year-consistency');
  });
});
