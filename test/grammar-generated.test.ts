// The grammar's vocabulary-driven patterns: generated from genre/vocabulary.ts, and tokenised
// with VS Code's own engine on our own lines.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { INITIAL, type IGrammar } from 'vscode-textmate';
import { applyGrammarPatterns, grammarPatterns, widen } from '../server/src/engine/genre/grammar.js';
import { GRAMMAR_FILE as FILE, loadGrammar } from './grammar-support.js';

let grammar: IGrammar;

beforeAll(async () => {
  grammar = await loadGrammar();
});

function scopesOf(text: string): string[] {
  let state = INITIAL;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    for (const tok of r.tokens) out.push(`${line.slice(tok.startIndex, tok.endIndex)}|${tok.scopes.at(-1)}`);
    state = r.ruleStack;
  }
  return out;
}

describe('the grammar generated from the vocabulary', () => {
  it('is up to date (run `npm run build && node scripts/gen-grammar.mjs` when it fails)', () => {
    const committed = JSON.parse(readFileSync(FILE, 'utf8'));
    expect(applyGrammarPatterns(committed, grammarPatterns())).toEqual(committed);
  });

  it('widens half-width marks to both widths, outside and inside classes, and leaves group syntax alone', () => {
    expect(widen('(?:附件[:])?名词解释:$')).toBe('(?:附件[:：])?名词解释[:：]$');
    expect(new RegExp(widen('(\\d{1,3})\\.')).test('１２．')).toBe(true);
  });

  it.each(['有关名词解释', '附：名词解释', '政府工作报告名词、术语注释', '注释：', '【名词解释】'])('marks the glossary heading “%s” and its entries', (heading) => {
    const s = scopesOf(`${heading}\n（1）两园三区：区工业园和农业园。\n2．三水统筹：统筹水资源和水环境。`);
    expect(s).toContain(`${heading}|markup.heading.glossary.work-report`);
    expect(s).toContain('两园三区|entity.name.tag.glossary-term.work-report');
    expect(s).toContain('三水统筹|entity.name.tag.glossary-term.work-report');
  });

  it.each(['2024年工作回顾', '“十五五”时期主要目标任务', '2025年主要工作', '过去五年工作回顾'])('marks the standalone part title “%s”', (title) => {
    expect(scopesOf(title)).toContain(`${title}|entity.name.section.part.work-report`);
  });

  it('leaves sentences and numbered headings out of the part titles', () => {
    expect(scopesOf('过去一年，我们坚持稳中求进，经济运行回顾向好。').join()).not.toMatch(/part\.work-report/);
    expect(scopesOf('一、2024年工作回顾').join()).not.toMatch(/part\.work-report/);
  });
});
