// The TextMate grammar tokenised with VS Code's own engine (vscode-textmate + oniguruma).
import { beforeAll, describe, expect, it } from 'vitest';
import { INITIAL, type IGrammar } from 'vscode-textmate';
import { loadGrammar } from './grammar-support.js';
import { qingshan, seed } from './support.js';

let grammar: IGrammar;

beforeAll(async () => {
  grammar = await loadGrammar();
});

/** Scopes of each token of a text, as `text|scope` for tokens with a work-report scope. */
function scopes(text: string): string[] {
  let state = INITIAL;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    for (const tok of r.tokens) {
      const scope = tok.scopes.filter((s) => s !== 'text.work-report').at(-1);
      if (scope) out.push(`${line.slice(tok.startIndex, tok.endIndex)}|${scope}`);
    }
    state = r.ruleStack;
  }
  return out;
}

describe('work-report grammar', () => {
  it('marks the headings of each level in a full-width draft', () => {
    const s = scopes(qingshan());
    expect(s).toContain('一、|punctuation.definition.heading.work-report');
    expect(s).toContain('（一）|punctuation.definition.heading.work-report');
    expect(s.some((x) => x.startsWith('坚持项目为王，经济运行稳中向好。|markup.heading.2'))).toBe(true);
  });

  it('marks figures, quoted terms and ordinals in seed text', () => {
    const line = seed('000').split('\n')[39]!;
    const s = scopes(line);
    expect(s).toContain('113亿元|constant.numeric.figure.work-report');
    expect(s).toContain('4%|constant.numeric.figure.work-report');
    const problems = scopes(seed('000').split('\n')[49]!);
    // `strong`: bold or plain in every bundled theme; `keyword` is red in the default light theme,
    // which made the 一是 of every paragraph look like an error.
    expect(problems).toContain('一是|strong.ordinal.work-report');
    expect(scopes('坚持“三保障一安全”不动摇')).toContain('“三保障一安全”|string.quoted.term.work-report');
  });

  it('marks the 名词解释 and its entries (also written 名 词 解 释)', () => {
    const glossary = seed('000').split('\n').slice(86, 90).join('\n');
    const s = scopes(glossary);
    expect(s).toContain('名 词 解 释|markup.heading.glossary.work-report');
    expect(s).toContain('1|constant.numeric.entry-number.work-report');
    expect(s).toContain('“五大任务”|entity.name.tag.glossary-term.work-report');
  });

  it('marks Markdown-emphasised headings of seed 004', () => {
    expect(scopes('**(三) 改革创新驱动,叠加助力开放水平提升。**科技攻关').some((x) => x.endsWith('markup.heading.2.work-report'))).toBe(true);
  });
});
