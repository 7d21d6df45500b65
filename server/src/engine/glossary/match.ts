import { foldTerm } from './stats.js';

/**
 * Whether a glossary entry explains a term, read as a person reads it: width folded
 * (`1+10+N` = `1＋10＋N`); an entry that begins with the term and goes on with a noun covers
 * it (`PCT国际专利` covers `PCT`, `三北工程` covers `三北`), a term that begins with the entry
 * is covered too (`“五美”行动` by `五美`); a bracketed short form is a key of its own
 * (`智能融合低空系统（SILAS）` covers both). A term inside a longer entry is not covered
 * unless the entry begins with it (`千万工程` is not `百千万工程`).
 */
export function entryKeys(term: string, keys: readonly string[] = []): string[] {
  const out = new Set<string>();
  const addKey = (k: string) => {
    // An entry number that stayed with the term (`1.“五大任务”`, `（2）`, `③`) is not part of it.
    const f = foldTerm(k).replace(/^(?:\(?\d{1,3}[).、]|[①-⑳])/, '');
    if (!f) return;
    out.add(f);
    // One entry for several terms (`两带两线、三区三片`): each explains itself.
    if (f.includes('、')) for (const part of f.split('、')) if (part.length >= 2) out.add(part);
    // `智能融合低空系统(SILAS)`: the name without the bracket and the short form inside.
    const m = /^(.+?)\(([^()]+)\)(.*)$/.exec(f);
    if (m) {
      out.add(m[1]! + m[3]!);
      out.add(m[2]!);
      out.add(m[1]!);
    }
  };
  for (const k of [term, ...keys]) addKey(k);
  return [...out].filter((k) => k.length >= 1);
}

/** Generic heads a writer adds to or drops from a term (`三北` ~ `三北工程`). */
const HEADS = /(?:工程|经验|建设|改革|示范企业|精神|行动|战略|机制|模式|工作|要求|理念|计划|体系|项目|政策|制度|平台|系统|产业|集群|区域|片区|原则)$/;

export function coreOf(key: string): string {
  const stripped = key.replace(HEADS, '');
  return stripped.length >= 2 ? stripped : key;
}

/** Whether one folded key of an entry covers a folded candidate term (`termCore`: its coreOf, if known). */
export function covers(entryKey: string, term: string, termCore?: string): boolean {
  if (entryKey === term) return true;
  // A Latin term goes on with a noun, not with more letters (`PCT国际专利` covers PCT, `IPv6` not IP).
  if (term.length >= 2 && entryKey.startsWith(term) && !/[A-Za-z0-9]/.test(entryKey[term.length]!)) return true;
  if (entryKey.length >= 2 && term.startsWith(entryKey)) return true;
  const a = coreOf(entryKey);
  const b = termCore ?? coreOf(term);
  return a.length >= 2 && a === b;
}

export function coveredBy(keys: readonly string[], term: string): boolean {
  const t = foldTerm(term);
  // The term's core once for all the keys (every candidate is tried against every entry).
  let core: string | undefined;
  return keys.some((k) => covers(k, t, (core ??= coreOf(t))));
}
