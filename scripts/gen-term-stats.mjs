#!/usr/bin/env node
// Distils how real reports treat candidate terms into server/src/engine/glossary/term-stats.json:
// per term, the places that explain it in their 名词解释, the places whose report has one and
// still use the term unexplained, the places that use it in a report without one, and the
// places that define it alike. Terms and place numbers only: no text of any report is kept.
//
//   node scripts/gen-term-stats.mjs [--corpus DIR] [--without PLACE] [-o FILE]
//
// DIR defaults to ../shared/corpus (real reports with INDEX.tsv: file, place, level,
// has_glossary). The product's parser reads each report and its 名词解释; where INDEX.tsv
// says a report has one the parser does not find yet, a plain reader of `term：definition`
// lines after the heading stands in (and the count is printed, so the fallback can go once
// the parser recognises them all). --without drops one place (for measurements on it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { corpusDir, engineModules, option, root } from './lib/dev.mjs';

const corpus = corpusDir();
const out = option('-o', join(root, 'server/src/engine/glossary/term-stats.json'));
const without = option('--without', undefined);

// The engine's own parser and candidate finder, bundled for this run.
const engine = engineModules(`export { parseReport } from './server/src/engine/parse/index.ts';
  export { findCandidates } from './server/src/engine/glossary/candidates.ts';
  export { entryKeys, coveredBy } from './server/src/engine/glossary/match.ts';
  export { foldTerm } from './server/src/engine/glossary/stats.ts';`);

const [head, ...rows] = readFileSync(join(corpus, 'INDEX.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
const col = (name) => head.indexOf(name);
const reports = rows
  .map((r) => ({ file: r[col('file')], place: r[col('place')], level: r[col('level')], hasGlossary: r[col('has_glossary')] === 'yes' }))
  .filter((r) => r.place !== without);

const places = [...new Set(reports.map((r) => r.place))];
const placeId = new Map(places.map((p, i) => [p, i]));
const national = [...new Set(reports.filter((r) => r.level === 'national').map((r) => placeId.get(r.place)))];

/** Fallback reader: `term：definition` lines (numbered or not) after a 名词解释-like heading. */
function readGlossary(text) {
  const lines = text.split('\n').map((l) => l.replace(/<U\+00A0>|\u00a0|\u3000/g, ' ').trim());
  const at = lines.findIndex((l) => /^(?:附件\S*)?(?:.*工作报告)?(?:有关)?(?:名词解释|名词、术语注释|名词注释|术语解释|注释|附注)[:：】]?$|^【名词解释】$/.test(l));
  if (at < 0) return { start: -1, entries: [] };
  const entries = [];
  for (const l of lines.slice(at + 1)) {
    if (!l) continue;
    const m = /^(?:[[［【(（]?\s*[0-9０-９]{1,3}\s*[\]］】)）]?\s*[.．、]?|[①-⑳])?\s*([^：:。]{1,40}?)[：:](.+)$/.exec(l);
    if (!m) {
      if (entries.length) break;
      continue;
    }
    const term = m[1].trim();
    entries.push({ term, keys: [...term.matchAll(/[“"]([^”"]+)[”"]/g)].map((x) => x[1]), definition: m[2] });
  }
  return { start: text.indexOf(lines[at]), entries };
}

const terms = new Map();
const slot = (key) => {
  let t = terms.get(key);
  if (!t) terms.set(key, (t = { e: new Set(), u: new Set(), o: new Set(), defs: [] }));
  return t;
};

// Pass 1: every report's glossary (what is explained where).
let fallback = 0;
const read = reports.map((r) => {
  const text = readFileSync(join(corpus, r.file), 'utf8');
  const model = engine.parseReport(text);
  let entries = model.glossary?.entries.map((e) => ({ term: e.term, keys: e.keys, definition: e.definition })) ?? [];
  if (r.hasGlossary && !entries.length) {
    const g = readGlossary(text);
    entries = g.entries;
    if (entries.length) fallback++;
  }
  const glossary = entries.map((e) => ({ ...e, folded: engine.entryKeys(e.term, e.keys) }));
  const pid = placeId.get(r.place);
  for (const e of glossary) {
    for (const k of e.folded) {
      if (k.length < 2) continue;
      const t = slot(k);
      t.e.add(pid);
      t.defs.push({ pid, definition: e.definition });
    }
  }
  return { r, model, glossary, pid };
});

// Pass 2: the candidates of every body, explained there or not.
const known = [...terms.keys()].filter((k) => k.length >= 4);
for (const { r, model, glossary, pid } of read) {
  const keys = glossary.flatMap((e) => e.folded);
  for (const c of engine.findCandidates(model, known)) {
    if (c.inline || c.name) continue;
    if (keys.length && engine.coveredBy(keys, c.key)) continue;
    const t = slot(c.key);
    (glossary.length ? t.u : t.o).add(pid);
    void r;
  }
}

/** Character-bigram overlap of two definitions (Dice): alike when they share most wording. */
function alike(a, b) {
  const grams = (s) => new Set([...s.replace(/\s/g, '')].map((c, i, all) => c + (all[i + 1] ?? '')).slice(0, -1));
  const x = grams(a), y = grams(b);
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / Math.max(1, x.size + y.size) >= 0.5;
}

const json = {};
for (const [key, t] of [...terms.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  if (!t.e.size && t.u.size + t.o.size < 2) continue;
  const entry = {};
  if (t.e.size) entry.e = [...t.e].sort((a, b) => a - b);
  if (t.u.size) entry.u = [...t.u].sort((a, b) => a - b);
  if (t.o.size) entry.o = [...t.o].sort((a, b) => a - b);
  if (t.e.size >= 2) {
    // The largest group of places whose definitions agree with one another's first.
    let best = [];
    for (const d of t.defs) {
      const group = new Set(t.defs.filter((x) => alike(d.definition, x.definition)).map((x) => x.pid));
      if (group.size > best.length) best = [...group];
    }
    if (best.length >= 2) entry.a = best.sort((a, b) => a - b);
  }
  json[key] = entry;
}

const files = Object.fromEntries(reports.map((r) => [r.file.replace(/\..*$/, ''), placeId.get(r.place)]));
const data = {
  source: `scripts/gen-term-stats.mjs over ${relative(root, corpus) || corpus} (${reports.length} reports, ${places.length} places${without ? `, without ${without}` : ''})`,
  places,
  national,
  files,
  terms: json,
};
writeFileSync(out, JSON.stringify(data) + '\n');
console.error(`${Object.keys(json).length} terms from ${reports.length} reports (${read.filter((x) => x.glossary.length).length} with a 名词解释, ${fallback} read by the fallback reader) → ${relative(process.cwd(), out)}`);
