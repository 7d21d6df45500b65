// `report-lint outline`: what the parser saw in each report — its parts and its 名词解释.
import type { TermsIo } from './cli-terms.js';
import { parseReportCommandArgs } from './cli-subcommand.js';
import { pick } from './engine/index.js';
import { reportSkeleton, type Skeleton } from './engine/skeleton.js';
import type { Locale, Message } from './engine/types.js';
import { PART_NAMES } from './engine/rules/util.js';

export function runOutline(argv: string[], io: TermsIo): number {
  const args = parseReportCommandArgs(argv, 'outline');
  if ('problem' in args) {
    process.stderr.write(pick(args.problem, args.locale) + '\n');
    return 2;
  }
  const conventions = io.conventions(args.conventions);
  if (!('version' in conventions)) {
    process.stderr.write(pick(conventions, args.locale) + '\n');
    return 2;
  }
  const problems: Message[] = [];
  const results: ({ file: string } & Skeleton)[] = [];
  for (const file of io.collectFiles(args.paths, problems)) {
    const read = io.readText(file, problems);
    if (!read) continue;
    results.push({ file, ...reportSkeleton(io.parse(read.text, conventions)) });
  }
  process.stdout.write(args.format === 'json' ? JSON.stringify(results, null, 2) + '\n' : stylish(results, args.locale));
  for (const p of problems) process.stderr.write(pick(p, args.locale) + '\n');
  return problems.length ? 2 : 0;
}

function stylish(results: ({ file: string } & Skeleton)[], locale: Locale): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(r.file);
    if (r.title) out.push(`  ${locale === 'en' ? 'title' : '标题'}  ${r.title}`);
    if (!r.parts.length) out.push(locale === 'en' ? '  no parts recognised' : '  未识别出报告的各部分');
    for (const p of r.parts) {
      const name = PART_NAMES[p.kind as keyof typeof PART_NAMES];
      out.push(`  ${String(p.line + 1).padStart(5)}  ${name ? pick(name, locale) : p.kind}  ${p.title}`);
    }
    if (r.glossary) {
      out.push(locale === 'en' ? `  glossary (名词解释) at line ${r.glossary.line + 1}: ${r.glossary.entries.length} entries` : `  名词解释（第${r.glossary.line + 1}行）：${r.glossary.entries.length}条`);
      for (const e of r.glossary.entries) out.push(`  ${String(e.line + 1).padStart(5)}    ${e.number ?? '·'} ${e.term}`);
    }
    out.push('');
  }
  return out.join('\n');
}
