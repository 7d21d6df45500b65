// The incremental linter (language server, per keystroke) must find exactly what a fresh lint
// finds, while a paragraph rule checks only the paragraphs an edit changed.
import { describe, expect, it } from 'vitest';
import { IncrementalLinter } from '../server/src/engine/incremental.js';
import { lint, type LintOptions } from '../server/src/engine/lint.js';
import { DEFAULT_SETTINGS, type Rule } from '../server/src/engine/types.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConventions, ROOT, seed, segmenter, typoModel } from './support.js';

const options = (): LintOptions => ({ conventions: defaultConventions(), settings: DEFAULT_SETTINGS, segmenter, typoModel, locale: 'zh-cn' });

/** Our own sentences, each a slip one of the paragraph rules finds. */
const SLIPS = ['今年要认真布署各项工作。', '推进跨境電商发展。', '加快修复修复生态。', '增长百分之六。'];

describe('IncrementalLinter', () => {
  it('finds what a fresh lint finds through a run of edits', () => {
    segmenter.cut('预热');
    const linter = new IncrementalLinter();
    const found = new Set<string>();
    let text = seed('000');
    const lines = text.split('\n');
    const mid = Math.floor(lines.length / 2);
    const edits: ((t: string) => string)[] = [
      (t) => t,
      // a slip typed into a paragraph in the middle, character by character
      ...[...SLIPS[0]!].map((_, i) => (t: string) => {
        const ls = t.split('\n');
        ls[mid] = SLIPS[0]!.slice(0, i + 1) + lines[mid];
        return ls.join('\n');
      }),
      // a new paragraph above it (everything below moves), then more slips
      (t) => { const ls = t.split('\n'); ls.splice(mid - 1, 0, `${SLIPS[1]}${SLIPS[2]}`); return ls.join('\n'); },
      (t) => t.replace(SLIPS[1]!, `${SLIPS[1]}${SLIPS[3]}`),
      // a paragraph deleted, one doubled
      (t) => t.split('\n').filter((_, i) => i !== mid + 3).join('\n'),
      (t) => { const ls = t.split('\n'); ls.splice(mid + 5, 0, ls[mid + 5]!); return ls.join('\n'); },
      // a glossary entry added at the end (the typo rule never corrects inside a defined term)
      (t) => `${t}\n名词解释\n1.布署工程：一项示例工作。\n`,
      (t) => t.replace(/\n名词解释[\s\S]*$/, '\n'),
    ];
    const paragraphRules = new Set(['typo', 'traditional-char', 'repeated-word', 'number-format']);
    const ofParagraphRules = (fs: { rule: string }[]) => fs.filter((f) => paragraphRules.has(f.rule));
    let quickAnswers = 0;
    for (const edit of edits) {
      text = edit(text);
      const fresh = lint(text, options());
      // The first answer to the edit: the paragraph rules' findings are already those of a fresh lint.
      const first = linter.quick(text, options());
      if (first) {
        quickAnswers++;
        expect(ofParagraphRules(first.findings)).toEqual(ofParagraphRules(fresh.findings));
      }
      const again = linter.lint(text, options());
      expect(again.findings).toEqual(fresh.findings);
      for (const f of fresh.findings) found.add(f.rule);
    }
    // Every edit after the first had a complete lint to start from.
    expect(quickAnswers).toBe(edits.length - 1);
    // The run went through findings of every paragraph rule.
    for (const id of ['typo', 'traditional-char', 'repeated-word', 'number-format']) expect(found).toContain(id);
  });

  it('checks only the paragraphs an edit changed with a paragraph rule', () => {
    const seen: string[][] = [];
    const spy: Rule = {
      id: 'spy',
      severity: 'info',
      category: 'proofreading',
      fixable: false,
      scope: 'paragraph',
      description: { zh: '测试', en: 'test' },
      check: ({ model }) => {
        seen.push(model.paragraphs.map((p) => model.text.slice(p.span.start, p.span.end)));
        return model.paragraphs.filter((p) => model.text.slice(p.span.start, p.span.end).includes('示例')).map((p) => ({ span: p.span, message: { zh: '示例', en: 'example' } }));
      },
    };
    const linter = new IncrementalLinter();
    const text = seed('001');
    const opts = { ...options(), rules: [spy] };
    linter.lint(text, opts);
    expect(seen[0]!.length).toBeGreaterThan(20);
    const lines = text.split('\n');
    const at = lines.findIndex((l, i) => i > 10 && l.length > 40);
    lines[at] = `示例${lines[at]}`;
    const edited = lines.join('\n');
    const result = linter.lint(edited, opts);
    expect(seen[1]).toHaveLength(1);
    expect(seen[1]![0]).toContain('示例');
    expect(result.findings.map((f) => f.range.start.line)).toEqual(lint(edited, opts).findings.map((f) => f.range.start.line));
  });

  describe('quick: a keystroke answered before the whole-document rules run again', () => {
    // Our example report: findings of whole-document rules (glossary-missing, figure-mismatch,
    // year-consistency, count-mismatch, glossary-unused) on lines 9-29.
    const example = readFileSync(join(ROOT, 'examples', '2025年示例旗政府工作报告.txt'), 'utf8');
    const where = (r: { findings: { rule: string; range: { start: { line: number; character: number } } }[] }) => r.findings.map((f) => `${f.rule} ${f.range.start.line}:${f.range.start.character}`);

    it('has nothing to carry before a complete lint', () => {
      expect(new IncrementalLinter().quick(example, options())).toBeUndefined();
    });

    it('finds a slip typed into a new paragraph and moves the other findings below it', () => {
      const linter = new IncrementalLinter();
      linter.lint(example, options());
      const lines = example.split('\n');
      lines.splice(5, 0, SLIPS[1]!);
      const edited = lines.join('\n');
      const quick = linter.quick(edited, options())!;
      const complete = lint(edited, options());
      expect(where(quick)).toContain('traditional-char 5:4');
      expect(where(quick)).toContain('figure-mismatch 10:82');
      expect(where(quick)).toEqual(where(complete));
      // Everything but `data`, which quick carries as it was (figure-mismatch's otherLine is a line number).
      const withoutData = (fs: typeof complete.findings) => fs.map(({ data: _data, ...f }) => f);
      expect(withoutData(quick.findings)).toEqual(withoutData(complete.findings));
    });

    it('moves a finding along its line when the edit is before it on the same line', () => {
      const linter = new IncrementalLinter();
      linter.lint(example, options());
      const lines = example.split('\n');
      lines[9] = `我们${lines[9]}`;
      const quick = linter.quick(lines.join('\n'), options())!;
      expect(where(quick)).toContain('figure-mismatch 9:84');
    });

    it('drops a carried finding the edit touched and leaves it to the complete lint', () => {
      const linter = new IncrementalLinter();
      expect(where(linter.lint(example, options()))).toContain('figure-mismatch 9:82');
      // Inside the 45.3 of the figure-mismatch finding: 45.3 → 42.3 makes the figures agree.
      const edited = example.replace('45.3亿元', '42.3亿元');
      const quick = linter.quick(edited, options())!;
      expect(where(quick)).not.toContain('figure-mismatch 9:82');
      expect(where(quick)).toContain('glossary-missing 8:42');
      expect(where(linter.lint(edited, options()))).not.toContain('figure-mismatch 9:82');
    });
  });
});
