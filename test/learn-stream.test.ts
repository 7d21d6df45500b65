// learn reads the archive as it goes: the same conventions as learning from a list, a bounded
// number of passes, and a report copied under several names counted once.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnConventions, learnConventionsFrom, type CorpusDocument } from '../server/src/engine/conventions/learn.js';
import { ROOT, SEEDS_DIR, seedNames, segmenter, typoModel } from './support.js';

const seeds: CorpusDocument[] = seedNames.map((name) => ({ name, text: readFileSync(join(SEEDS_DIR, name), 'utf8') }));
const exampleDir = join(ROOT, 'examples');
const example = readFileSync(join(exampleDir, readdirSync(exampleDir).find((f) => f.endsWith('.txt'))!), 'utf8');

describe('learnConventionsFrom', () => {
  it('learns from a reader what learnConventions learns from the list, reading it three times', () => {
    let reads = 0;
    const learned = learnConventionsFrom(
      () => {
        reads++;
        return seeds.values();
      },
      segmenter,
      typoModel,
    );
    expect(reads).toBe(3);
    expect(learned).toEqual(learnConventions(seeds, segmenter, typoModel));
  });

  it('reads once without the typo model', () => {
    let reads = 0;
    learnConventionsFrom(() => (reads++, seeds.values()), segmenter);
    expect(reads).toBe(1);
  });

  it('counts a report copied under another name (other line endings) once, and lists both names', () => {
    // Our example report without its 名词解释: its numbered terms are explained nowhere.
    const own = example.slice(0, example.indexOf('名词解释'));
    const copy = own.replace(/\n/g, '\r\n');
    const other = own.replace('示例旗', '样例县');
    const copied = learnConventions([{ name: 'a.txt', text: own }, { name: 'b.txt', text: copy }], segmenter);
    const two = learnConventions([{ name: 'a.txt', text: own }, { name: 'c.txt', text: other }], segmenter);
    expect(copied.sources).toEqual(['a.txt', 'b.txt']);
    // Two reports make a slogan common knowledge; one report under two names does not.
    expect(two.commonTerms).toContain('三个一批');
    expect(copied.commonTerms).toEqual([]);
  });
});
