// Random edit sequences on the seeds through the server's document handling: no exception,
// every diagnostic inside its document version, every quick fix's edits inside the document
// and non-overlapping.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver';
import { lint } from '../../server/src/engine/lint.js';
import { DEFAULT_SETTINGS } from '../../server/src/engine/types.js';
import { codeActions, toDiagnostics } from '../../server/src/lsp/convert.js';
import { defaultConventions, seed, segmenter } from '../support.js';

const SNIPPETS = ['一、', '（二）', '(三)', '一是', '“三保障一安全”', '增长6%以上', '113亿元', '\r\n', '\n', '名词解释\n1.“七个一”:', '𠀀', '，', '。。', '修复修复', '2025年', '電', '各位代表：', '略。', ''];

const edits = fc.array(
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.nat({ max: 40 }),
    insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })),
  }),
  { minLength: 1, maxLength: 12 },
);

function inside(doc: TextDocument, r: Range): boolean {
  const lines = doc.lineCount;
  const ok = (p: Range['start']) => p.line >= 0 && p.line < lines && p.character >= 0 && doc.offsetAt(p) === offsetOf(doc, p);
  return ok(r.start) && ok(r.end) && doc.offsetAt(r.start) <= doc.offsetAt(r.end);
}

/** The offset a position names, or -1 when the position is past its line's end. */
function offsetOf(doc: TextDocument, p: Range['start']): number {
  const text = doc.getText();
  const lineStart = doc.offsetAt({ line: p.line, character: 0 });
  const nextLine = p.line + 1 < doc.lineCount ? doc.offsetAt({ line: p.line + 1, character: 0 }) : text.length;
  const at = lineStart + p.character;
  return at <= nextLine ? at : -1;
}

describe.each(['000', '002', '004'])('random edits on seed %s', (id) => {
  it('never throws and keeps every range inside its document', () => {
    const conventions = defaultConventions();
    fc.assert(
      fc.property(edits, (sequence) => {
        let doc = TextDocument.create('file:///t.txt', 'work-report', 1, seed(id));
        for (const e of sequence) {
          const text = doc.getText();
          const start = Math.floor(e.at * text.length);
          const end = Math.min(text.length, start + e.remove);
          doc = TextDocument.update(doc, [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: e.insert }], doc.version + 1);
          const result = lint(doc.getText(), { conventions, settings: DEFAULT_SETTINGS, segmenter });
          const diagnostics = toDiagnostics(doc.uri, result);
          for (const d of diagnostics) expect(inside(doc, d.range), `${String(d.code)} ${JSON.stringify(d.range)}`).toBe(true);
          for (const action of codeActions(doc.uri, result, diagnostics, undefined, 'zh-cn', false)) {
            const list = action.edit?.changes?.[doc.uri] ?? [];
            for (const edit of list) expect(inside(doc, edit.range), action.title).toBe(true);
            const sorted = [...list].sort((a, b) => doc.offsetAt(a.range.start) - doc.offsetAt(b.range.start));
            sorted.forEach((edit, i) => {
              const next = sorted[i + 1];
              if (next) expect(doc.offsetAt(edit.range.end) <= doc.offsetAt(next.range.start), `overlap in ${action.title}`).toBe(true);
            });
          }
        }
      }),
      { numRuns: 12, seed: 20261123 },
    );
  });
});
