import type { ReportModel } from './model.js';
import { positionAt } from './text/positions.js';

/**
 * Inline disable comments, in Markdown and in plain text:
 *   <!-- report-lint-disable-next-line rule-a, rule-b -->
 *   // report-lint-disable-next-line rule-a
 *   // report-lint-disable rule-a        (from here to `report-lint-enable` or the end)
 *   // report-lint-enable rule-a
 * No rule ids means every rule.
 */
export interface Suppressions {
  isSuppressed(rule: string, line: number): boolean;
}

const DIRECTIVE =
  /^[ \t]*(?:<!--|\/\/|#)[ \t]*report-lint-(disable-next-line|disable-line|disable|enable)\b([^\n>]*?)(?:-->)?[ \t]*\r?$/gm;

const NONE: Suppressions = { isSuppressed: () => false };

export function collectSuppressions(model: ReportModel): Suppressions {
  // The line-anchored pattern tries every line start; most documents have no directive at all.
  if (!model.text.includes('report-lint-')) return NONE;
  const byLine = new Map<number, Set<string> | 'all'>();
  const ranges: { rules: Set<string> | 'all'; from: number; to: number }[] = [];
  const open = new Map<string, number>();
  const lastLine = model.lineStarts.length - 1;
  for (const m of model.text.matchAll(DIRECTIVE)) {
    const line = positionAt(model.lineStarts, m.index).line;
    const ids = m[2]!.split(/[\s,，]+/).filter((s) => /^[a-z][a-z-]*$/.test(s));
    const rules: Set<string> | 'all' = ids.length ? new Set(ids) : 'all';
    const kind = m[1];
    if (kind === 'disable-next-line') addLine(byLine, line + 1, rules);
    else if (kind === 'disable-line') addLine(byLine, line, rules);
    else if (kind === 'disable') for (const id of ids.length ? ids : ['*']) open.set(id, line);
    else {
      for (const id of ids.length ? ids : [...open.keys()]) {
        const from = open.get(id);
        if (from === undefined) continue;
        ranges.push({ rules: id === '*' ? 'all' : new Set([id]), from, to: line });
        open.delete(id);
      }
    }
  }
  for (const [id, from] of open) ranges.push({ rules: id === '*' ? 'all' : new Set([id]), from, to: lastLine });
  return {
    isSuppressed(rule, line) {
      const l = byLine.get(line);
      if (l === 'all' || l?.has(rule)) return true;
      return ranges.some((r) => line >= r.from && line <= r.to && (r.rules === 'all' || r.rules.has(rule)));
    },
  };
}

function addLine(map: Map<number, Set<string> | 'all'>, line: number, rules: Set<string> | 'all'): void {
  const prev = map.get(line);
  if (rules === 'all' || prev === 'all') map.set(line, 'all');
  else map.set(line, new Set([...(prev ?? []), ...rules]));
}
