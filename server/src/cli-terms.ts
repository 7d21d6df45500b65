// `report-lint terms`: the body's candidate terms for 名词解释, ranked, with reasons and uses.
import type { Conventions } from './engine/conventions/schema.js';
import { glossaryChoices } from './engine/glossary/complete.js';
import { defaultTermStats, placeOfFile, withoutPlace, type TermStats } from './engine/glossary/stats.js';
import { pick, positionAt } from './engine/index.js';
import type { ReportModel } from './engine/model.js';
import type { EngineSettings, Locale, Message } from './engine/types.js';

/**
 * Measurement aid: with REPORT_LINT_LEAVE_OUT_PLACE=1 a file named after a corpus report
 * (`district_x_2020.txt`, `district_x_2020.minus3.txt`) is judged with term statistics that
 * leave out that report's place, so figures on the corpus the statistics came from are
 * leave-one-place-out (docs/rules/glossary-missing.md).
 */
export function conventionsForFile(conventions: Conventions, file: string): Conventions {
  if (process.env.REPORT_LINT_LEAVE_OUT_PLACE !== '1') return conventions;
  const stats = (conventions as Conventions & { termStats?: TermStats }).termStats ?? defaultTermStats;
  const place = placeOfFile(stats, file);
  if (place === undefined) return conventions;
  return { ...conventions, termStats: leaveOut(stats, place) } as Conventions;
}

const leftOut = new Map<string, TermStats>();
function leaveOut(stats: TermStats, place: number): TermStats {
  const key = `${stats.source}|${place}`;
  let s = leftOut.get(key);
  if (!s) leftOut.set(key, (s = withoutPlace(stats, place)));
  return s;
}

export interface TermsIo {
  collectFiles(paths: string[], problems: Message[]): string[];
  readText(path: string, problems: Message[]): { text: string } | undefined;
  conventions(path: string | undefined): Conventions | Message;
  settings: EngineSettings;
  /** The parsed report, as the linter sees it with these conventions. */
  parse(text: string, conventions: Conventions): ReportModel;
}

export interface TermsEntry {
  term: string;
  score: number;
  reason: string;
  uses: { line: number; character: number }[];
}

/** Candidate terms of one text, best first, those the 名词解释 already covers left out. */
export function termsOf(model: ReportModel, conventions: Conventions, settings: EngineSettings, locale: Locale): TermsEntry[] {
  // The editor's 补全名词解释 lists the same choices in the same order (lsp/session.ts).
  return glossaryChoices(model, conventions, settings).map((c) => ({
    term: c.term,
    score: c.score,
    reason: pick(c.reason, locale),
    uses: c.uses.map((u) => positionAt(model.lineStarts, u.start)),
  }));
}

export function runTerms(argv: string[], io: TermsIo): number {
  let format: 'stylish' | 'json' = 'stylish';
  let locale: Locale = 'zh-cn';
  let conventionsPath: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(9) : argv[++i];
      if (v !== 'json' && v !== 'stylish') return usage({ zh: `未知的输出格式 ${v ?? ''}（terms 可用 stylish、json）`, en: `unknown format ${v ?? ''} (terms: stylish, json)` }, locale);
      format = v;
    } else if (a === '--locale') locale = argv[++i] === 'en' ? 'en' : 'zh-cn';
    else if (a === '--conventions') conventionsPath = argv[++i];
    else if (a.startsWith('-')) return usage({ zh: `未知选项 ${a}`, en: `unknown option ${a}` }, locale);
    else paths.push(a);
  }
  if (!paths.length) return usage({ zh: '用法: report-lint terms [--format json] 文件...', en: 'usage: report-lint terms [--format json] FILE...' }, locale);
  const base = io.conventions(conventionsPath);
  if (!('version' in base)) {
    process.stderr.write(pick(base, locale) + '\n');
    return 2;
  }
  const problems: Message[] = [];
  const results: { file: string; terms: TermsEntry[] }[] = [];
  for (const file of io.collectFiles(paths, problems)) {
    const read = io.readText(file, problems);
    if (!read) continue;
    const conventions = conventionsForFile(base, file);
    results.push({ file, terms: termsOf(io.parse(read.text, conventions), conventions, io.settings, locale) });
  }
  process.stdout.write(format === 'json' ? JSON.stringify(results, null, 2) + '\n' : stylish(results, locale));
  for (const p of problems) process.stderr.write(pick(p, locale) + '\n');
  return problems.length ? 2 : 0;
}

function stylish(results: { file: string; terms: TermsEntry[] }[], locale: Locale): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(r.file);
    if (!r.terms.length) out.push(locale === 'en' ? '  no candidate terms' : '  没有待解释的术语');
    r.terms.forEach((t, i) => {
      const at = t.uses[0]!;
      const more = t.uses.length > 1 ? (locale === 'en' ? ` (+${t.uses.length - 1} more)` : `（另有${t.uses.length - 1}处）`) : '';
      out.push(`  ${String(i + 1).padStart(3)}. ${t.score.toFixed(2)}  ${t.term}  ${at.line + 1}:${at.character + 1}${more}  ${t.reason}`);
    });
    out.push('');
  }
  return out.join('\n');
}

function usage(m: Message, locale: Locale): number {
  process.stderr.write(pick(m, locale) + '\n');
  return 2;
}
