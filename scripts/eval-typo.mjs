#!/usr/bin/env node
// Development yardstick for the `typo` rule (docs/rules/typo.md): trains a model with some
// places held out, plants one unambiguous typo per paragraph into the held-out reports, and
// reports recall (the typo flagged, with the right fix first) and the rule's findings per 10k
// characters on the same reports unmodified. Reads ../shared/corpus; writes nothing in the repo.
//
//   node scripts/eval-typo.mjs [--holdout PLACE,...] [--model FILE] [--threshold G] [--seed N] [--show N]
//
// A planted typo replaces one character of a 2–4 character word (as jieba segments it) by a
// homophone or look-alike from the rule's confusion set, such that the misspelt word occurs
// nowhere in the whole corpus (so it is a typo, not another word).
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusDir as corpusDirOf, option, root } from './lib/dev.mjs';
import { build } from 'esbuild';
import * as jieba from 'jieba-wasm';

const args = process.argv.slice(2);
const opt = option;
const corpusDir = corpusDirOf();
const HOLDOUT = opt('--holdout', '青海省,甘肃省,浙江省,广东省深圳市盐田区,广东省深圳市光明区');
const holdout = new Set(HOLDOUT.split(','));
const seed = Number(opt('--seed', '1'));
const show = Number(opt('--show', '0'));
const work = mkdtempSync(join(tmpdir(), 'eval-typo-'));

let modelFile = opt('--model');
if (!modelFile) {
  modelFile = join(work, 'model.bin.br');
  execFileSync(process.execPath, ['--max-old-space-size=8000', join(root, 'scripts/gen-typo-model.mjs'), '--corpus', corpusDir, '--holdout', HOLDOUT, '-o', modelFile], { stdio: 'inherit' });
}

// The engine from source, bundled for this run.
const bundle = join(work, 'engine.cjs');
await build({
  stdin: {
    contents: `
      export { lint } from './server/src/engine/lint.js';
      export { rule as typoRule } from './server/src/engine/rules/typo.js';
      export { isCjk } from './server/src/engine/text/typo-model.js';
      export { loadTypoModelFile } from './server/src/typo-model.js';
      export { LOOKALIKE_GROUPS, ACCEPTED_CHAR_GROUPS } from './server/src/engine/text/typo-confusables.js';
      export { loadDefaultConventions } from './server/src/conventions-file.js';
      export { characterSegmenter } from './server/src/engine/text/segmenter.js';
      export { DEFAULT_SETTINGS } from './server/src/engine/types.js';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: bundle,
  // UMD builds (jsonc-parser) require files by computed paths: take the ESM build.
  mainFields: ['module', 'main'],
  // Only the typo rule runs: the registry (and every other rule) stays out of the bundle.
  plugins: [
    {
      name: 'no-registry',
      setup(b) {
        b.onResolve({ filter: /rules\/index\.js$/ }, (a) => ({ path: a.path, namespace: 'no-registry' }));
        b.onLoad({ filter: /.*/, namespace: 'no-registry' }, () => ({ contents: 'export const rules = [];', loader: 'js' }));
      },
    },
  ],
  logLevel: 'error',
});
const require = createRequire(import.meta.url);
const api = require(bundle);
const model = api.loadTypoModelFile(modelFile);
const conventions = api.loadDefaultConventions(join(root, 'dist'));
const segmenter = api.characterSegmenter;
const threshold = opt('--threshold');
const margin = opt('--margin');
const typoOptions = { ...(threshold ? { threshold: Number(threshold) } : {}), ...(margin ? { wordMargin: Number(margin) } : {}) };
const settings = { ...api.DEFAULT_SETTINGS, ruleOptions: { typo: typoOptions } };
const lintTypos = (text) => api.lint(text, { conventions, settings, segmenter, typoModel: model, rules: [api.typoRule] }).findings;

// The confusion set as the rule sees it (homophones from the model, look-alikes), minus accepted pairs.
const accepted = new Map();
for (const g of api.ACCEPTED_CHAR_GROUPS) for (const ch of g) accepted.set(ch, g);
const confusable = new Map();
const add = (a, b) => {
  if (a === b || accepted.get(a)?.includes(b)) return;
  if (!confusable.has(a)) confusable.set(a, new Set());
  confusable.get(a).add(b);
};
for (const [ch, others] of Object.entries(model.header.homophones)) for (const o of others) add(ch, o);
for (const g of api.LOOKALIKE_GROUPS) for (const a of g) for (const b of g) add(a, b);

const index = readFileSync(join(corpusDir, 'INDEX.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const everything = index.map(([f]) => readFileSync(join(corpusDir, f), 'utf8')).join('\n');
const held = index.filter(([, place]) => holdout.has(place)).map(([f]) => f);

let state = seed;
const random = () => {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0;
  return state / 2 ** 32;
};

let chars = 0;
let clean = 0;
let planted = 0;
let flagged = 0;
let rightFirst = 0;
let rightAny = 0;
let extra = 0;
let plantedChars = 0;
const cleanSamples = [];
const missSamples = [];
for (const file of held) {
  const text = readFileSync(join(corpusDir, file), 'utf8');
  chars += text.length;
  const findings = lintTypos(text);
  clean += findings.length;
  for (const f of findings) cleanSamples.push(`${file}:${f.range.start.line + 1} ${f.message}`);

  // Plant one typo per paragraph.
  const lines = text.split('\n');
  const plants = [];
  let offset = 0;
  const out = lines.map((line) => {
    const start = offset;
    offset += line.length + 1;
    if (line.trim().length < 15) return line;
    const options = [];
    let at = 0;
    // Words as jieba cuts them (a development dependency): where a writer's slip lands.
    for (const w of jieba.cut(line, true)) {
      const chs = [...w];
      if (chs.length >= 2 && chs.length <= 4 && chs.every(api.isCjk)) {
        chs.forEach((ch, k) => {
          for (const alt of confusable.get(ch) ?? []) {
            const typo = chs.slice(0, k).join('') + alt + chs.slice(k + 1).join('');
            options.push({ index: at + chs.slice(0, k).join('').length, from: ch, to: alt, typo, word: w });
          }
        });
      }
      at += w.length;
    }
    for (let tries = 0; tries < 20 && options.length; tries++) {
      const o = options[Math.floor(random() * options.length)];
      if (everything.includes(o.typo)) continue;
      plants.push({ ...o, line: plants.length, abs: start + o.index });
      return line.slice(0, o.index) + o.to + line.slice(o.index + o.from.length);
    }
    return line;
  });
  const modified = out.join('\n');
  plantedChars += modified.length;
  const found = lintTypos(modified);
  const starts = [0];
  for (let i = 0; i < modified.length; i++) if (modified[i] === '\n') starts.push(i + 1);
  const used = new Set();
  for (const p of plants) {
    planted++;
    const f = found.find((x) => starts[x.range.start.line] + x.range.start.character === p.abs);
    if (!f) {
      missSamples.push(`${file} ${p.word}→${p.typo}`);
      continue;
    }
    used.add(f);
    flagged++;
    if (f.fixes[0]?.edits[0]?.newText === p.from) rightFirst++;
    if (f.fixes.some((x) => x.edits[0]?.newText === p.from)) rightAny++;
  }
  extra += found.filter((f) => !used.has(f)).length;
}

const r = (x) => x.toFixed(3);
console.log(`held out: ${[...holdout].join(', ')} (${held.length} reports, ${chars} characters)`);
console.log(`model: ${modelFile} (${model.header.entries} entries); options ${JSON.stringify(typoOptions)}; seed ${seed}`);
console.log(`planted ${planted} typos (one per paragraph of 15+ characters)`);
console.log(`  flagged: ${flagged} (${r(flagged / planted)}); right fix first: ${rightFirst} (${r(rightFirst / planted)}); right fix among the fixes: ${rightAny} (${r(rightAny / planted)})`);
console.log(`  other findings in the modified reports: ${extra} (${r((extra * 10000) / plantedChars)} per 10k characters)`);
console.log(`clean held-out reports: ${clean} typo findings, ${r((clean * 10000) / chars)} per 10k characters`);
if (show) {
  console.log('\nfindings on the clean reports (sample):');
  for (const s of cleanSamples.slice(0, show)) console.log('  ' + s);
  console.log('\nmissed (sample):');
  for (let i = 0; i < Math.min(show, missSamples.length); i++) console.log('  ' + missSamples[Math.floor((i * missSamples.length) / Math.min(show, missSamples.length))]);
}
