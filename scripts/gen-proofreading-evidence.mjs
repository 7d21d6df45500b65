#!/usr/bin/env node
// Distils what published reports accept into server/src/engine/text/proofreading-evidence.json
// (counts and short spellings only, never passages), for canonical-phrase and traditional-char:
//   - per fixed formulation (text/phrases.ts): the first report year it appears in, and its
//     one-edit variants written in at least two reports (a spelling several offices published
//     is a variant, not a slip: 统筹好发展和安全, 人民满意的政府);
//   - characters OpenCC would simplify that published simplified reports use (names: 昇腾, 濛溪河);
//   - clause verbs: two-character words that open a clause in at least CLAUSE_VERB_REPORTS
//     reports and are never written doubled (推动, 加快): doubled at a clause's start they are a
//     slip (推动推动), unlike casual verbs reduplicated on purpose (收拾收拾行装).
// Usage: node scripts/gen-proofreading-evidence.mjs [CORPUS_DIR]   (default ../shared/corpus)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] ?? join(root, '..', 'shared', 'corpus');
const require = createRequire(import.meta.url);
const OpenCC = require('opencc-js');
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

// The formulations are the rule's own list (parsed from the TypeScript source, no build needed).
const phrasesSource = readFileSync(join(root, 'server/src/engine/text/phrases.ts'), 'utf8');
const listBody = /CANONICAL_PHRASES = \[([\s\S]*?)\];/.exec(phrasesSource)[1];
const phrases = [...listBody.matchAll(/'([^']+)'/g)].map((m) => m[1]);

const years = new Map(
  readFileSync(join(dir, 'INDEX.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => {
    const [file, , year] = l.split('\t');
    return [file, Number(year)];
  }),
);
const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && years.has(f)).sort();

function withinOneEdit(a, b) {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i);
  return a.slice(i) === b.slice(i + 1);
}

const CLAUSE_VERB_REPORTS = 40;
const clauseStarts = new Map();
const doubledPairs = new Set();
const firstYear = new Map();
const variantFiles = new Map(phrases.map((p) => [p, new Map()]));
const charFiles = new Map();
const simplifies = new Map();
for (const file of files) {
  const text = readFileSync(join(dir, file), 'utf8');
  const year = years.get(file);
  for (const p of phrases) {
    if (text.includes(p) && !(firstYear.get(p) <= year)) firstYear.set(p, year);
    const seen = new Set();
    for (const anchor of [p.slice(0, 3), p.slice(-3)]) {
      for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
        for (const len of [p.length - 1, p.length, p.length + 1]) {
          for (const start of [at, at + anchor.length - len]) {
            const w = text.slice(start, start + len);
            if (w.length === len && w !== p && w[0] === p[0] && w.at(-1) === p.at(-1) && !/[\s，。、；：“”（）\d]/.test(w) && withinOneEdit(w, p)) seen.add(w);
          }
        }
      }
    }
    for (const w of seen) variantFiles.get(p).set(w, (variantFiles.get(p).get(w) ?? 0) + 1);
  }
  const opens = new Set();
  for (const m of text.matchAll(/(?:^|[，。；：！？\n])\s*([\u4e00-\u9fff]{2})/g)) opens.add(m[1]);
  for (const w of opens) clauseStarts.set(w, (clauseStarts.get(w) ?? 0) + 1);
  for (const m of text.matchAll(/([\u4e00-\u9fff]{2})\1/g)) doubledPairs.add(m[1]);
  const chars = new Set();
  for (const ch of text) {
    if (ch < '\u4e00' || ch > '\u9fff') continue;
    let s = simplifies.get(ch);
    if (s === undefined) simplifies.set(ch, (s = toSimplified(ch) !== ch));
    if (s) chars.add(ch);
  }
  for (const ch of chars) charFiles.set(ch, (charFiles.get(ch) ?? 0) + 1);
}

const out = {
  source: `scripts/gen-proofreading-evidence.mjs over ${files.length} published reports (../shared/corpus, INDEX.tsv years)`,
  phrases: Object.fromEntries(
    phrases.map((p) => [
      p,
      {
        firstYear: firstYear.get(p) ?? null,
        variants: Object.fromEntries([...variantFiles.get(p)].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1])),
      },
    ]),
  ),
  attestedChars: Object.fromEntries([...charFiles].sort((a, b) => b[1] - a[1])),
  clauseVerbs: [...clauseStarts].filter(([w, n]) => n >= CLAUSE_VERB_REPORTS && !doubledPairs.has(w)).map(([w]) => w).sort(),
};
const target = join(root, 'server/src/engine/text/proofreading-evidence.json');
writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
console.log(`wrote ${target}: ${phrases.length} phrases, ${Object.keys(out.attestedChars).length} attested characters`);
