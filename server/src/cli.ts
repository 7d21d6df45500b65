// The `report-lint` command: a thin face over the engine (lint, --fix, learn).
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { readConventionsFile, loadDefaultConventions } from './conventions-file.js';
import { runLearn } from './cli-learn.js';
import type { Conventions } from './engine/conventions/schema.js';
import { fixAll } from './engine/fix-all.js';
import { characterSegmenter, lint, pick, rules } from './engine/index.js';
import { DEFAULT_SETTINGS, type EngineSettings, type Locale, type Message, type Severity } from './engine/types.js';
import { formatJson, formatSarif, formatStylish, type FileResult } from './cli-format.js';
import { runOutline } from './cli-outline.js';
import { conventionsForFile, runTerms, type TermsIo } from './cli-terms.js';
import { collectFiles, readText, writeFileSafely } from './files.js';
import { loadTypoModelSync } from './typo-model.js';
import { DEFAULTS, mergeSettings, RC_FILE, readWorkspaceSettings, toEngineSettings } from './settings.js';

const USAGE: Message = {
  zh: `用法:
  report-lint [--format stylish|json|sarif] [--conventions 文件] [--rule 规则=off|error|warning|info]...
              [--locale zh-cn|en] [--fix] 文件|目录...
  report-lint learn 文件|目录... -o 输出文件
  report-lint outline [--format json] 文件...     报告结构（各部分与名词解释）
  report-lint terms [--format json] 文件...       名词解释候选术语
退出码: 0 无错误; 1 有 error 级问题; 2 用法或读写错误。`,
  en: `Usage:
  report-lint [--format stylish|json|sarif] [--conventions FILE] [--rule ID=off|error|warning|info]...
              [--locale zh-cn|en] [--fix] FILE|DIR...
  report-lint learn FILE|DIR... -o FILE
  report-lint outline [--format json] FILE...     the report's parts and glossary
  report-lint terms [--format json] FILE...       candidate terms for the glossary
Exit status: 0 no errors; 1 some error-level finding; 2 usage or I/O error.`,
};

class UsageError extends Error {
  constructor(readonly msg: Message) {
    super(msg.en);
  }
}

interface LintArgs {
  format: 'stylish' | 'json' | 'sarif';
  conventions?: string;
  rules: Record<string, Severity | 'off'>;
  locale: Locale;
  fix: boolean;
  paths: string[];
}

const SEVERITIES = ['off', 'error', 'warning', 'info'];

function parseLintArgs(argv: string[]): LintArgs {
  const args: LintArgs = { format: 'stylish', rules: {}, locale: 'zh-cn', fix: false, paths: [] };
  const known = new Set(rules.map((r) => r.id));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError({ zh: `${flag} 需要一个值`, en: `${flag} needs a value` });
      return v;
    };
    if (flag === '--format') {
      const v = value();
      if (v !== 'stylish' && v !== 'json' && v !== 'sarif') throw new UsageError({ zh: `未知的输出格式 ${v}`, en: `unknown format ${v}` });
      args.format = v;
    } else if (flag === '--conventions') args.conventions = value();
    else if (flag === '--locale') {
      const v = value().toLowerCase();
      if (v !== 'zh-cn' && v !== 'en') throw new UsageError({ zh: `未知的语言 ${v}（可用 zh-cn、en）`, en: `unknown locale ${v} (zh-cn, en)` });
      args.locale = v;
    } else if (flag === '--rule') {
      const v = value();
      const [id, sev] = v.split('=');
      if (!id || !known.has(id)) throw new UsageError({ zh: `未知的规则 ${id ?? v}`, en: `unknown rule ${id ?? v}` });
      if (!sev || !SEVERITIES.includes(sev)) throw new UsageError({ zh: `规则 ${id} 的级别 ${sev ?? ''} 无效（off|error|warning|info）`, en: `invalid level ${sev ?? ''} for ${id} (off|error|warning|info)` });
      args.rules[id] = sev as Severity | 'off';
    } else if (flag === '--fix') args.fix = true;
    else if (flag === '--help' || flag === '-h') throw new UsageError(USAGE);
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError({ zh: `未知选项 ${flag}`, en: `unknown option ${flag}` });
    else args.paths.push(a);
  }
  if (!args.paths.length) throw new UsageError(USAGE);
  return args;
}

function progress(locale: Locale, done: number, total: number): void {
  if (total <= 5) return;
  if (process.stderr.isTTY) {
    process.stderr.write(`\r${locale === 'en' ? 'linted' : '已检查'} ${done}/${total}${done === total ? '\n' : ''}`);
  } else if (done === total) {
    process.stderr.write(locale === 'en' ? `linted ${total} files\n` : `已检查 ${total} 个文件\n`);
  }
}

function runLint(argv: string[]): number {
  const args = parseLintArgs(argv);
  const problems: Message[] = [];
  // A file not read or a rule that failed: the stylish summary must not say "no problems".
  let incomplete = false;
  // The workspace file the editor reads applies here too; command-line flags win.
  // A bad value there is named, its default used, and the run ends with status 2.
  const rc = readWorkspaceSettings(join(process.cwd(), RC_FILE));
  for (const p of rc.problems) problems.push(p);
  const conventionsPath = args.conventions ?? (rc.settings?.conventions || undefined);
  let conventions: Conventions;
  if (conventionsPath) {
    const read = readConventionsFile(conventionsPath);
    if (!read.ok) {
      process.stderr.write(pick(read.message, args.locale) + '\n');
      return 2;
    }
    conventions = read.value;
  } else conventions = loadDefaultConventions();
  const base = toEngineSettings(mergeSettings(DEFAULTS, rc.settings));
  const settings: EngineSettings = { ...base, rules: { ...base.rules, ...args.rules } };
  const segmenter = characterSegmenter;
  // Read only when the typo rule runs (~0.2 s).
  const typoModel = settings.rules.typo === 'off' ? undefined : loadTypoModelSync();
  const before = problems.length;
  const files = collectFiles(args.paths, problems);
  if (problems.length > before) incomplete = true;
  const results: FileResult[] = [];
  const texts = new Map<string, string>();
  files.forEach((file, i) => {
    const read = readText(file, problems);
    progress(args.locale, i + 1, files.length);
    if (!read) {
      incomplete = true;
      return;
    }
    const options = { conventions: conventionsForFile(conventions, file), settings, segmenter, typoModel, locale: args.locale };
    let result = lint(read.text, options);
    for (const f of result.failures) {
      incomplete = true;
      problems.push({ zh: `${file}: 规则 ${f.rule} 内部错误：${f.error}`, en: `${file}: rule ${f.rule} failed: ${f.error}` });
    }
    if (args.fix && !result.failures.length) {
      const fixed = fixAll(read.text, options, { first: result }).text;
      if (fixed !== read.text) {
        const written = writeFileSafely(file, (read.bom ? '\ufeff' : '') + fixed);
        // A refused write leaves the file as it was, so the findings shown are those of the file.
        if (written.ok) result = lint(fixed, options);
        else problems.push(written.message);
      }
    }
    results.push({ file, findings: result.findings });
    texts.set(file, result.model.text);
  });
  const out = args.format === 'json' ? formatJson(results) : args.format === 'sarif' ? formatSarif(results, args.locale) : formatStylish(results, args.locale, texts, !incomplete);
  process.stdout.write(out);
  for (const p of problems) process.stderr.write(pick(p, args.locale) + '\n');
  if (problems.length) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** What `report-lint terms` and `outline` need from this face (cli-terms.ts, cli-outline.ts). */
function termsIo(): TermsIo {
  const rc = readWorkspaceSettings(join(process.cwd(), RC_FILE));
  return {
    collectFiles,
    readText,
    conventions: (path) => {
      const p = path ?? (rc.settings?.conventions || undefined);
      if (!p) return loadDefaultConventions();
      const read = readConventionsFile(p);
      return read.ok ? read.value : read.message;
    },
    settings: toEngineSettings(mergeSettings(DEFAULTS, rc.settings)),
    parse: (text, conventions) => lint(text, { conventions, settings: DEFAULT_SETTINGS, segmenter: characterSegmenter, rules: [] }).model,
  };
}

export function main(argv: string[]): number {
  const locale: Locale = argv.includes('en') && argv.includes('--locale') ? 'en' : 'zh-cn';
  try {
    if (argv[0] === 'learn') return runLearn(argv.slice(1), (msg) => new UsageError(msg ?? USAGE));
    if (argv[0] === 'terms') return runTerms(argv.slice(1), termsIo());
    if (argv[0] === 'outline') return runOutline(argv.slice(1), termsIo());
    if (argv[0] === '--version') {
      process.stdout.write('0.1.0\n');
      return 0;
    }
    return runLint(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(pick(error.msg, locale) + '\n');
      return 2;
    }
    process.stderr.write(`report-lint: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    return 2;
  }
}

/**
 * main() as the whole process (bin/report-lint.js, `node dist/cli.js`). A run is short and its
 * garbage dies young, yet V8 doubles the young generation each time it fills while a report is
 * linted: a third of the peak on one report (100 MiB; 85 with the young generation kept at its
 * first size, CPU time unchanged on one report and on twenty). V8 reads this flag each time it
 * would grow the young generation, so it applies from here on. Not for callers of main() in a
 * process of their own.
 */
export function run(argv: string[]): number {
  setFlagsFromString('--semi-space-growth-factor=1');
  return main(argv);
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2));
}
