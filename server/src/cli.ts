// The `report-lint` command: a thin face over the engine (lint, --fix, learn).
import { basename, join } from 'node:path';
import { readConventionsFile, loadDefaultConventions } from './conventions-file.js';
import { learnConventions } from './engine/conventions/learn.js';
import type { Conventions } from './engine/conventions/schema.js';
import { fixAll } from './engine/fix-all.js';
import { lint, pick, rules } from './engine/index.js';
import { DEFAULT_SETTINGS, type EngineSettings, type Locale, type Message, type Severity } from './engine/types.js';
import { formatJson, formatSarif, formatStylish, type FileResult } from './cli-format.js';
import { runOutline } from './cli-outline.js';
import { conventionsForFile, runTerms, type TermsIo } from './cli-terms.js';
import { collectFiles, fileId, MAX_REPORT_BYTES, readRegularFile, writeFileSafely } from './files.js';
import { createJiebaSegmenter, segmenterForConventions } from './segmenter.js';
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

// ignoreBOM keeps a BOM in the decoded text, so --fix can write it back.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads UTF-8 text (BOM accepted); undefined with a message when it is not UTF-8. */
function readText(path: string, problems: Message[]): { text: string; bom: boolean } | undefined {
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
  const segmenter = segmenterForConventions(conventions);
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

function runLearn(argv: string[]): number {
  let output: string | undefined;
  const inputs: string[] = [];
  let locale: Locale = 'zh-cn';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-o' || a === '--output') output = argv[++i];
    else if (a === '--locale') locale = argv[++i] === 'en' ? 'en' : 'zh-cn';
    else if (a.startsWith('-')) throw new UsageError({ zh: `未知选项 ${a}`, en: `unknown option ${a}` });
    else inputs.push(a);
  }
  if (!output || !inputs.length) throw new UsageError(USAGE);
  const problems: Message[] = [];
  const files = collectFiles(inputs, problems);
  // The output must never replace a report it learns from (same file by device and inode,
  // so a link or another spelling of the path is caught too).
  const outputId = fileId(output);
  const clash = outputId && files.find((f) => fileId(f) === outputId);
  if (clash) {
    process.stderr.write(pick({ zh: `${output}: 输出文件是输入的报告 ${clash}，未写入`, en: `${output}: the output is the input report ${clash}; nothing written` }, locale) + '\n');
    return 2;
  }
  const docs = files.flatMap((file) => {
    const read = readText(file, problems);
    return read ? [{ name: basename(file), text: read.text }] : [];
  });
  for (const p of problems) process.stderr.write(pick(p, locale) + '\n');
  if (!docs.length) {
    process.stderr.write(pick({ zh: '没有可学习的报告', en: 'no reports to learn from' }, locale) + '\n');
    return 2;
  }
  // With the typo model, the archive's own names it would correct are learned as typoNames.
  const conventions = learnConventions(docs, createJiebaSegmenter(), loadTypoModelSync());
  const written = writeFileSafely(output, JSON.stringify(conventions, null, 2) + '\n', { create: true });
  if (!written.ok) {
    process.stderr.write(pick(written.message, locale) + '\n');
    return 2;
  }
  return problems.length ? 2 : 0;
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
    parse: (text, conventions) => lint(text, { conventions, settings: DEFAULT_SETTINGS, segmenter: segmenterForConventions(conventions), rules: [] }).model,
  };
}

export function main(argv: string[]): number {
  const locale: Locale = argv.includes('en') && argv.includes('--locale') ? 'en' : 'zh-cn';
  try {
    if (argv[0] === 'learn') return runLearn(argv.slice(1));
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

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
