// The parser must see the same report whatever the encoding details: full-width punctuation,
// CRLF line ends, a BOM, leading tabs; and must recognise a fragment that starts mid-way.
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../server/src/engine/model.js';
import { parseReport } from '../server/src/engine/parse/index.js';
import { positionAt } from '../server/src/engine/text/positions.js';
import { seed, seedNames, segmenter } from './support.js';

const HALF_TO_FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };

/** What a draft in an office looks like: full-width punctuation in Chinese text. */
function toFullWidth(text: string): string {
  return text.replace(/[,:;()!?]/g, (c, i: number) => (/[\u4e00-\u9fff“”。、)）\d]/.test(text[i - 1] ?? '') ? HALF_TO_FULL[c]! : c));
}

/** Skeleton and headings as (kind or style, line, number): positions by line, not offset. */
function shape(m: ReportModel): string[] {
  const line = (o: number) => positionAt(m.lineStarts, o).line;
  return [
    ...m.landmarks.map((l) => `${l.kind}@${line(l.span.start)}${l.year ? ':' + l.year : ''}`),
    ...m.headings.filter((h) => h.style !== 'lead').map((h) => `${h.style}${h.number}@${line(h.span.start)}`),
    ...(m.glossary?.entries.map((e) => `entry${e.number}:${e.keys.join('/')}@${line(e.span.start)}`) ?? []),
    `years:${m.reportYear}/${m.reviewYear}/${m.planYear}`,
  ];
}

describe.each(seedNames.map((n) => n.slice(0, 3)))('seed %s variants', (id) => {
  const text = seed(id);
  const base = parseReport(text, segmenter);

  it('full-width punctuation parses to the same skeleton', () => {
    const full = toFullWidth(text);
    expect(full).not.toBe(text);
    expect(shape(parseReport(full, segmenter))).toEqual(shape(base));
  });

  it('CRLF parses to the same skeleton with the same lines', () => {
    const m = parseReport(text.replace(/\n/g, '\r\n'), segmenter);
    expect(m.eol).toBe('\r\n');
    expect(shape(m)).toEqual(shape(base));
    for (const h of m.headings) expect(m.text.slice(h.title.start, h.title.end)).not.toMatch(/\r/);
  });

  it('a BOM is dropped and offsets stay those of the text', () => {
    const m = parseReport('\ufeff' + text, segmenter);
    expect(m.text).toBe(text);
    expect(shape(m)).toEqual(shape(base));
  });

  it('tabs and leading ideographic spaces are normal indentation', () => {
    const m = parseReport(text.replace(/^ +/gm, '\t').replace(/^(?=[一二三])/gm, '\u3000\u3000'), segmenter);
    expect(shape(m)).toEqual(shape(base));
  });
});

describe('fragments', () => {
  it('seed 004 (a newspaper page continued from page one) is a fragment without a review heading', () => {
    const m = parseReport(seed('004'), segmenter);
    expect(m.fragment).toBe(true);
    expect(m.format).toBe('markdown');
    expect(m.landmarks.some((l) => l.kind === 'review')).toBe(false);
    expect(m.planYear).toBe(2024);
  });

  it('seed 001 cut before its second task keeps the rest of its outline', () => {
    const text = seed('001');
    const cut = text.slice(text.indexOf('(二)聚焦全面小康'));
    const m = parseReport(cut, segmenter);
    expect(m.fragment).toBe(true);
    expect(m.headings.filter((h) => h.style === 'cn-paren').map((h) => h.number)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(m.landmarks.map((l) => l.kind)).toContain('self-building');
  });

  it('never throws on odd input and keeps every character', () => {
    for (const odd of ['', '\n\n', '一、', '(一)', '名词解释\n1.', '\ufeff', '𠀀'.repeat(100), '各位代表:\r\n一、2023年工作回顾\r']) {
      const m = parseReport(odd, segmenter);
      expect(m.text.length).toBe(m.norm.length);
    }
  });
});
