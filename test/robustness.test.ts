// Content that once hung, overflowed the stack or cut characters in half (docs: issue 16).
// No test here measures time: each input is large enough that the old quadratic or recursive
// code could not finish within the runner's timeout (or threw), and linear code finishes at once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJson, formatStylish } from '../server/src/cli-format.js';
import { applySpanEdits } from '../server/src/engine/fixes.js';
import { lint, MAX_FINDINGS_PER_RULE } from '../server/src/engine/lint.js';
import { codePointEdit, codePointSpan, computeLineStarts, hasLoneSurrogate, offsetAt } from '../server/src/engine/text/positions.js';
import { scanFigures } from '../server/src/engine/text/figures.js';
import { DEFAULT_SETTINGS, type Finding } from '../server/src/engine/types.js';
import { defaultConventions, segmenter } from './support.js';

const options = () => ({ conventions: defaultConventions(), settings: DEFAULT_SETTINGS, segmenter });

describe('pathological content', () => {
  it('scans a million digits for figures (no rescanning of the run at every position)', () => {
    const digits = '7'.repeat(1_000_000);
    expect(scanFigures(digits + '亿元', 0, digits.length + 2)).toHaveLength(1);
    expect(scanFigures(`增长${digits}`, 0, digits.length + 2)).toEqual([]);
  });

  it('lints 130,000 opening brackets without a stack overflow, and lists a bounded number of findings', () => {
    const result = lint('（'.repeat(130_000), options());
    expect(result.failures).toEqual([]);
    const punctuation = result.findings.filter((f) => f.rule === 'punctuation');
    expect(punctuation).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    expect(punctuation.at(-1)!.message).toBe(`此后还有 ${130_000 - MAX_FINDINGS_PER_RULE} 处同类问题未列出`);
  });

  it('formats 200,000 findings on one line in the stylish format with code-point columns', () => {
    const line = '𠀀的'.repeat(200_000);
    const findings: Finding[] = Array.from({ length: 200_000 }, (_, i) => ({
      rule: 'repeated-word',
      severity: 'warning',
      message: 'm',
      range: { start: { line: 0, character: i * 3 }, end: { line: 0, character: i * 3 + 1 } },
      related: [],
      fixes: [],
    }));
    const out = formatStylish([{ file: 'a.txt', findings }], 'zh-cn', new Map([['a.txt', line]])).split('\n');
    // Finding i starts at UTF-16 offset 3i: i whole 𠀀的 pairs plus, for odd i, … each pair is 2 code points.
    expect(out[1]).toMatch(/^ {2}1:1 /);
    expect(out[2]).toMatch(/^ {2}1:3 /);
    expect(out[200_000]).toMatch(/^ {2}1:399999 /);
  });

  it('never says "no problems" when a file could not be checked', () => {
    expect(formatStylish([], 'zh-cn', new Map(), false)).not.toMatch(/未发现问题/);
    expect(formatStylish([], 'en', new Map(), false)).toMatch(/incomplete/);
    expect(formatStylish([], 'zh-cn', new Map(), true)).toMatch(/未发现问题/);
  });

  it('prints each fix with its safe flag in --format json (fixes[{title, safe, edits}])', () => {
    const edit = { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } }, newText: '，' };
    const finding: Finding = { rule: 'punctuation', severity: 'warning', message: 'm', range: edit.range, related: [], fixes: [{ title: 't', safe: true, edits: [edit] }] };
    const [file] = JSON.parse(formatJson([{ file: 'a.txt', findings: [finding] }]));
    expect(file.diagnostics[0].fixes).toEqual([{ title: 't', safe: true, edits: [edit] }]);
    expect(Object.keys(file.diagnostics[0].fixes[0])).toEqual(['title', 'safe', 'edits']);
  });
});

describe('surrogate pairs', () => {
  it('widens a span that ends inside a character outside the BMP', () => {
    const text = '思😀想';
    expect(codePointSpan(text, { start: 1, end: 2 })).toEqual({ start: 1, end: 3 });
    expect(codePointSpan(text, { start: 2, end: 4 })).toEqual({ start: 1, end: 4 });
  });

  it('widens an edit to whole characters, and refuses one that would leave half of 😀', () => {
    const text = '思😀想';
    // Deleting the low half alone would leave the high half: refused.
    expect(codePointEdit(text, { start: 2, end: 3 }, '')).toBeUndefined();
    expect(codePointEdit(text, { start: 0, end: 1 }, '\ud83d')).toBeUndefined();
    // Replacing 思 and the high half by 想 and the same half is an edit of 思😀 as a whole.
    const edit = codePointEdit(text, { start: 0, end: 2 }, '想\ud83d')!;
    expect(edit).toEqual({ span: { start: 0, end: 3 }, newText: '想😀' });
    expect(applySpanEdits(text, [edit]).text).toBe('想😀想');
  });

  it('no finding range or fix edit of any rule splits a pair, and safe fixes change nothing outside their edits', () => {
    const astral = fc.constantFrom('😀', '𠀀', '𡈽', '👍🏽', '🇨🇳');
    const piece = fc.oneof(astral, fc.constantFrom('，', ',', '（', ')', '“', '的的', '增长5%', '1.“三个一”', '(一)', '（二）', '\n', '各位代表：', '修复修复', '習近平'));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const { findings } = lint(text, options());
        const starts = computeLineStarts(text);
        const at = (p: Finding['range']['start']) => offsetAt(starts, text.length, p);
        const splits = (o: number) => o > 0 && o < text.length && /[\ud800-\udbff]/.test(text[o - 1]!) && /[\udc00-\udfff]/.test(text[o]!);
        const safeEdits: { span: { start: number; end: number }; newText: string }[] = [];
        for (const f of findings) {
          expect(splits(at(f.range.start)) || splits(at(f.range.end))).toBe(false);
          for (const fix of f.fixes) {
            for (const e of fix.edits) expect(splits(at(e.range.start)) || splits(at(e.range.end))).toBe(false);
            if (fix.safe) safeEdits.push(...fix.edits.map((e) => ({ span: { start: at(e.range.start), end: at(e.range.end) }, newText: e.newText })));
          }
        }
        // Edits that do not touch each other, as one pass of --fix takes them.
        const taken: typeof safeEdits = [];
        for (const e of [...safeEdits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)) {
          const last = taken.at(-1);
          if (!last || last.span.end < e.span.start || (last.span.end === e.span.start && last.span.start < last.span.end)) taken.push(e);
        }
        const fixed = applySpanEdits(text, taken);
        expect(fixed.skipped).toBe(0);
        expect(hasLoneSurrogate(fixed.text)).toBe(false);
        // Outside the edits, every character is where it was: cut the edited spans out of both
        // texts and compare what is left.
        let before = '';
        let after = '';
        let pos = 0;
        for (const e of taken) {
          before += text.slice(pos, e.span.start);
          pos = e.span.end;
        }
        before += text.slice(pos);
        pos = 0;
        let shift = 0;
        for (const e of taken) {
          after += fixed.text.slice(pos, e.span.start + shift);
          pos = e.span.start + shift + e.newText.length;
          shift += e.newText.length - (e.span.end - e.span.start);
        }
        after += fixed.text.slice(pos);
        expect(after).toBe(before);
      }),
      { numRuns: 150, seed: 16 },
    );
  });
});
