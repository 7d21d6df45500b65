// Arguments shared by the report subcommands (`outline`, `terms`): --format, --locale,
// --conventions and the files.
import type { Locale, Message } from './engine/types.js';

export interface ReportCommandArgs {
  format: 'stylish' | 'json';
  locale: Locale;
  conventions?: string;
  paths: string[];
}

/** Parses the arguments, or returns the message to print (exit status 2). */
export function parseReportCommandArgs(argv: string[], name: string): ReportCommandArgs | { problem: Message; locale: Locale } {
  const args: ReportCommandArgs = { format: 'stylish', locale: 'zh-cn', paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--format') {
      const v = value();
      if (v !== 'json' && v !== 'stylish') {
        return { problem: { zh: `未知的输出格式 ${v ?? ''}（${name} 可用 stylish、json）`, en: `unknown format ${v ?? ''} (${name}: stylish, json)` }, locale: args.locale };
      }
      args.format = v;
    } else if (flag === '--locale') args.locale = value() === 'en' ? 'en' : 'zh-cn';
    else if (flag === '--conventions') {
      const v = value();
      if (v === undefined) return { problem: { zh: '--conventions 需要一个值', en: '--conventions needs a value' }, locale: args.locale };
      args.conventions = v;
    } else if (a.startsWith('-')) return { problem: { zh: `未知选项 ${a}`, en: `unknown option ${a}` }, locale: args.locale };
    else args.paths.push(a);
  }
  if (!args.paths.length) {
    return { problem: { zh: `用法: report-lint ${name} [--format json] 文件...`, en: `usage: report-lint ${name} [--format json] FILE...` }, locale: args.locale };
  }
  return args;
}
