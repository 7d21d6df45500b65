// 10,000 seeded documents (scripts/fuzz-docs.mjs: our own sample reports cut and mixed with the
// shapes that once hung, overflowed or split characters). Reproducible: a failure names the
// document number; `node scripts/fuzz.mjs --start N --count 1` replays it on the build.
// About 6 s on a quiet 2-core machine since the glossary statistics are cached per object (a
// lint of a small document no longer rebuilds them); the limit below only keeps a loaded CI
// machine from failing on time. The long run is `node scripts/fuzz.mjs` (10^5 larger documents).
import { describe, expect, it } from 'vitest';
import { checkDoc, makeDoc, ownLines } from '../scripts/fuzz-docs.mjs';
import { safeEdits } from '../server/src/engine/fix-all.js';
import { applySpanEdits } from '../server/src/engine/fixes.js';
import { lint } from '../server/src/engine/lint.js';
import { computeLineStarts, offsetAt } from '../server/src/engine/text/positions.js';
import { DEFAULT_SETTINGS } from '../server/src/engine/types.js';
import { defaultConventions, segmenter } from './support.js';

const DOCUMENTS = 10_000;
const LIMIT_MS = 180_000;
const options = () => ({ conventions: defaultConventions(), settings: DEFAULT_SETTINGS, segmenter });
const engine = () => {
  const o = options();
  return { lint: (text: string) => lint(text, o), computeLineStarts, offsetAt, applySpanEdits, safeEdits };
};

describe('fuzz', () => {
  it('the oscillation of issue 16 converges: heading-sequence and punctuation no longer undo each other', () => {
    const { violations, counts } = checkDoc('，让，度，续，\n(一)\n（二）', engine());
    expect(violations).toEqual([]);
    expect(counts.passes).toBeLessThanOrEqual(3);
  });

  it('10,000 documents: no throw, ranges inside the text and on whole characters, safe fixes converge in 3 passes without lone surrogates, work bounded', () => {
    const lines = ownLines();
    const api = engine();
    const failures: string[] = [];
    let documents = 0;
    for (let seed = 0; seed < DOCUMENTS; seed++) {
      const text = makeDoc(seed, lines, { parts: 8, run: 60 });
      const { violations, counts } = checkDoc(text, api);
      for (const v of violations) failures.push(`doc ${seed}: ${v}`);
      // Bounded work, counted rather than timed: findings per rule are capped, so a document
      // never yields more than a fixed number per rule however long its runs are.
      if (counts.findings > 25 * 1001) failures.push(`doc ${seed}: ${counts.findings} findings`);
      documents++;
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(documents).toBe(DOCUMENTS);
  }, LIMIT_MS);
});
