// `report-lint learn`: conventions learned from an archive of reports. Its own module, with no
// start-up code, so the language server's bundle serves the editor's Learn command too
// (dist/server.js exports `learn`): the .vsix ships the engine once, not a second CLI bundle.
import { basename } from 'node:path';
import { learnConventionsFrom } from './engine/conventions/learn.js';
import { pick } from './engine/lint.js';
import { characterSegmenter } from './engine/text/segmenter.js';
import type { Locale, Message } from './engine/types.js';
import { collectFiles, fileId, readText, writeFileSafely } from './files.js';
import { loadTypoModelSync } from './typo-model.js';

const LEARN_USAGE: Message = {
  zh: '用法: report-lint learn 文件|目录... -o 输出文件',
  en: 'Usage: report-lint learn FILE|DIR... -o FILE',
};

/**
 * `learn FILE|DIR... -o FILE [--locale zh-cn|en]`. A usage mistake becomes the error `usage`
 * makes (the CLI's own usage message when it gets none); exit status 0, or 2 when something was
 * not read or not written.
 */
export function runLearn(argv: string[], usage: (msg?: Message) => Error): number {
  let output: string | undefined;
  const inputs: string[] = [];
  let locale: Locale = 'zh-cn';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-o' || a === '--output') output = argv[++i];
    else if (a === '--locale') locale = argv[++i] === 'en' ? 'en' : 'zh-cn';
    else if (a.startsWith('-')) throw usage({ zh: `未知选项 ${a}`, en: `unknown option ${a}` });
    else inputs.push(a);
  }
  if (!output || !inputs.length) throw usage();
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
  // Read as the learner goes (up to three passes), so memory does not grow with the archive:
  // problems are collected on the first pass only.
  let pass = 0;
  let readable = 0;
  const read = function* () {
    pass++;
    for (const file of files) {
      const text = readText(file, pass === 1 ? problems : [])?.text;
      if (text === undefined) continue;
      if (pass === 1) readable++;
      yield { name: basename(file), text };
    }
  };
  // With the typo model, the archive's own names it would correct are learned as typoNames.
  const conventions = learnConventionsFrom(read, characterSegmenter, loadTypoModelSync());
  for (const p of problems) process.stderr.write(pick(p, locale) + '\n');
  if (!readable) {
    process.stderr.write(pick({ zh: '没有可学习的报告', en: 'no reports to learn from' }, locale) + '\n');
    return 2;
  }
  const written = writeFileSafely(output, JSON.stringify(conventions, null, 2) + '\n', { create: true });
  if (!written.ok) {
    process.stderr.write(pick(written.message, locale) + '\n');
    return 2;
  }
  return problems.length ? 2 : 0;
}

/**
 * The editor's Learn command: `require('dist/server.js').learn(argv)` in a child process. Usage
 * mistakes and failures are written to stderr; returns the exit status.
 */
export function learn(argv: string[]): number {
  const locale: Locale = argv[argv.indexOf('--locale') + 1] === 'en' ? 'en' : 'zh-cn';
  class Usage extends Error {
    constructor(readonly msg: Message) {
      super(msg.en);
    }
  }
  try {
    return runLearn(argv, (msg) => new Usage(msg ?? LEARN_USAGE));
  } catch (error) {
    process.stderr.write((error instanceof Usage ? pick(error.msg, locale) : `report-lint learn: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`) + '\n');
    return 2;
  }
}
