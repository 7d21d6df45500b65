// Output formats of the CLI. `json` is a contract other tools read (architecture.md): keep it.
import { rules } from './engine/rules/index.js';
import { pick } from './engine/lint.js';
import type { Finding, Locale } from './engine/types.js';

export interface FileResult {
  file: string;
  findings: Finding[];
}

export const DOCS_BASE = 'https://github.com/report-lint/report-lint/blob/main/docs/rules/';

export function formatJson(results: FileResult[]): string {
  const out = results.map((r) => ({
    file: r.file,
    diagnostics: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      range: f.range,
      related: f.related,
      fixes: f.fixes.map((x) => ({ title: x.title, safe: x.safe, edits: x.edits })),
    })),
  }));
  return JSON.stringify(out, null, 2) + '\n';
}

/**
 * Columns in code points (1-based) for people; ranges stay UTF-16 in json/sarif. Findings come
 * sorted, so each line is counted from where the previous finding on it stopped: one pass per
 * line, not one per finding (40,000 findings on one line would otherwise be quadratic).
 */
function codePointColumns(text: string | undefined): (line: number, character: number) => number {
  const lines = text?.split('\n') ?? [];
  let cursor = { line: -1, character: 0, column: 1 };
  return (line, character) => {
    const s = lines[line] ?? '';
    if (cursor.line !== line || cursor.character > character) cursor = { line, character: 0, column: 1 };
    let { character: i, column } = cursor;
    const end = Math.min(character, s.length);
    while (i < end) {
      const c = s.charCodeAt(i);
      // A surrogate pair is one code point, one column.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      column++;
    }
    cursor = { line, character: i, column };
    return column;
  };
}

const LABEL: Record<Locale, Record<string, string>> = {
  'zh-cn': { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** `complete` is false when a file could not be read or a rule failed: then "no problems" would be a lie. */
export function formatStylish(results: FileResult[], locale: Locale, texts?: Map<string, string>, complete = true): string {
  const lines: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  for (const r of results) {
    if (!r.findings.length) continue;
    lines.push(r.file);
    const text = texts?.get(r.file);
    const column = codePointColumns(text);
    for (const f of r.findings) {
      totals[f.severity]++;
      const col = text !== undefined ? column(f.range.start.line, f.range.start.character) : f.range.start.character + 1;
      lines.push(`  ${f.range.start.line + 1}:${col}  ${LABEL[locale][f.severity]!.padEnd(locale === 'en' ? 7 : 2)}  ${f.message}  ${f.rule}`);
    }
    lines.push('');
  }
  const n = totals.error + totals.warning + totals.info;
  if (n === 0 && !complete) return locale === 'en' ? 'Check incomplete: see the errors below.\n' : '检查未完成：见下方的错误信息。\n';
  if (n === 0) return locale === 'en' ? 'No problems found.\n' : '未发现问题。\n';
  lines.push(
    locale === 'en'
      ? `✖ ${n} problems (${totals.error} errors, ${totals.warning} warnings, ${totals.info} info)`
      : `✖ 共 ${n} 个问题（${totals.error} 个错误，${totals.warning} 个警告，${totals.info} 个提示）`,
  );
  return lines.join('\n') + '\n';
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0; columns are UTF-16 code units (SARIF's default columnKind), 1-based. */
export function formatSarif(results: FileResult[], locale: Locale): string {
  const region = (r: Finding['range']) => ({
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'report-lint',
            informationUri: 'https://github.com/report-lint/report-lint',
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: pick(rule.description, locale) },
              helpUri: `${DOCS_BASE}${rule.id}.md`,
              defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.rule,
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: r.file }, region: region(f.range) } }],
            relatedLocations: f.related.map((rel, id) => ({
              id,
              message: { text: rel.message },
              physicalLocation: { artifactLocation: { uri: r.file }, region: region(rel.range) },
            })),
            fixes: f.fixes.map((x) => ({
              description: { text: x.title },
              artifactChanges: [
                {
                  artifactLocation: { uri: r.file },
                  replacements: x.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
                },
              ],
            })),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
