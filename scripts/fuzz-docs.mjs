// Seeded, reproducible fuzz documents for test/fuzz.test.ts and scripts/fuzz.mjs: lines of our
// own report-like text (test/fixtures, examples/) cut, shuffled and mixed with the shapes that
// once hung or crashed the linter (docs: issue 16): digit runs, punctuation runs, quoted lists,
// one giant line, emoji and other astral characters, mixed bracket widths, CRLF. (No BOM: the
// faces strip it before linting, and the engine's ranges count from after it.)
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Lines of the repository's own sample reports (never third-party text). */
export function ownLines() {
  const files = [
    ...readdirSync(join(root, 'test', 'fixtures')).map((n) => join(root, 'test', 'fixtures', n)),
    ...readdirSync(join(root, 'examples')).map((n) => join(root, 'examples', n)),
  ].filter((f) => /\.(txt|md)$/.test(f));
  return files.flatMap((f) => readFileSync(f, 'utf8').split(/\r?\n/)).filter((l) => l.trim());
}

/** mulberry32: a tiny PRNG, so a document is reproducible from its number alone. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ASTRAL = ['😀', '𠀀', '𡈽', '𬌗', '👍🏽', '🇨🇳', '𝟙'];
const PUNCT = ['（', '）', '(', ')', '“', '”', '"', '《', '》', '，', ',', '。', '.', '、', '；', ';', '：', ':', '！', '？', '…', '—'];

/** Pathological shapes, each small enough for 10^4 documents in seconds, large enough to show a quadratic. */
const SHAPES = [
  (r, n) => '1234567890'.repeat(n).slice(0, n * 7),
  (r, n) => '（'.repeat(n * 3),
  (r, n) => pickOf(r, PUNCT).repeat(n * 2),
  (r, n) => Array.from({ length: n }, (_, i) => `“项目${i}”`).join('、'),
  (r, n) => '的'.repeat(n * 3),
  (r, n) => Array.from({ length: n }, () => pickOf(r, ASTRAL)).join(''),
  (r, n) => `增长${n}%，达到${n * 3}亿元，近${n}万人，超过${n}.5公顷`,
  () => '(一)',
  () => '（二）',
  () => '(三)落实',
  () => '一是加强，二是推进，四是完善。',
  (r, n) => Array.from({ length: n }, (_, i) => `${i + 1}.`).join(''),
  () => '，让，度，续，',
  () => '名词解释',
  () => '1.“三个一”：',
  () => '各位代表：',
  (r) => `${2000 + Math.floor(r() * 40)}年`,
];

function pickOf(r, items) {
  return items[Math.floor(r() * items.length)];
}

/** Inserts astral characters at code-point boundaries of `line`. */
function sprinkle(r, line) {
  const chars = Array.from(line);
  const k = Math.floor(r() * 3);
  for (let i = 0; i < k; i++) chars.splice(Math.floor(r() * (chars.length + 1)), 0, pickOf(r, ASTRAL));
  return chars.join('');
}

/**
 * Document number `seed`: up to `parts` pieces, runs up to `run` (× a small factor) long. The
 * defaults (a few thousand characters) are the script's; the test uses smaller documents.
 */
export function makeDoc(seed, lines, { parts: maxParts = 28, run = 300 } = {}) {
  const r = rng(seed * 2654435761);
  const parts = [];
  const count = 1 + Math.floor(r() * maxParts);
  for (let i = 0; i < count; i++) {
    const x = r();
    if (x < 0.6) {
      let line = pickOf(r, lines);
      if (r() < 0.3) {
        const chars = Array.from(line);
        const a = Math.floor(r() * chars.length);
        line = chars.slice(a, a + 1 + Math.floor(r() * 40)).join('');
      }
      parts.push(r() < 0.3 ? sprinkle(r, line) : line);
    } else {
      const n = 1 + Math.floor(r() ** 3 * run);
      parts.push(pickOf(r, SHAPES)(r, n));
    }
  }
  // Mostly lines; sometimes everything on one giant line, sometimes glued fragments.
  const mode = r();
  let text = mode < 0.1 ? parts.join('') : mode < 0.2 ? parts.join(pickOf(r, ['', '。', '，', ' '])) : parts.join('\n');
  if (r() < 0.1) text = text.replace(/\n/g, '\r\n');
  return text;
}

/** A lone surrogate anywhere in `text` (a split pair). */
export function hasLoneSurrogate(text) {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

/** Whether `offset` falls between the two halves of a surrogate pair. */
export function splitsPair(text, offset) {
  if (offset <= 0 || offset >= text.length) return false;
  const hi = text.charCodeAt(offset - 1);
  const lo = text.charCodeAt(offset);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/**
 * Lints `text` and checks the invariants; returns the violations (empty when all hold) and the
 * counts that bound the work done. `api` is the engine (source in tests, dist/api.js in the script):
 * { lint(text) → LintResult, computeLineStarts, applySpanEdits, safeEdits?(LintResult) → { edits } }.
 * Safe fixes are applied pass by pass (whole fixes, non-overlapping, as --fix does) and must
 * leave nothing to apply after at most 3 passes.
 */
export function checkDoc(text, api) {
  const violations = [];
  const counts = { findings: 0, edits: 0, passes: 0 };
  let current = text;
  for (let pass = 0; ; pass++) {
    let result;
    try {
      result = api.lint(current);
    } catch (error) {
      violations.push(`throws: ${error instanceof Error ? error.message : String(error)}`);
      return { violations, counts };
    }
    for (const f of result.failures) violations.push(`rule ${f.rule} failed: ${f.error}`);
    const starts = api.computeLineStarts(current);
    const toOffset = (p, what) => {
      const lineEnd = p.line + 1 < starts.length ? starts[p.line + 1] : current.length;
      if (p.line < 0 || p.line >= starts.length || p.character < 0 || starts[p.line] + p.character > lineEnd) {
        violations.push(`${what} outside the document: ${JSON.stringify(p)}`);
        return 0;
      }
      const offset = starts[p.line] + p.character;
      if (splitsPair(current, offset)) violations.push(`${what} splits a surrogate pair at ${offset}`);
      return offset;
    };
    const checkRange = (range, what) => {
      const s = toOffset(range.start, what);
      const e = toOffset(range.end, what);
      if (e < s) violations.push(`${what} ends before it starts`);
      return { start: s, end: e };
    };
    const safe = [];
    if (pass === 0) counts.findings = result.findings.length;
    for (const f of result.findings) {
      checkRange(f.range, `${f.rule} range`);
      for (const rel of f.related) checkRange(rel.range, `${f.rule} related`);
      for (const fix of f.fixes) {
        const edits = fix.edits.map((e) => ({ span: checkRange(e.range, `${f.rule} edit`), newText: e.newText }));
        counts.edits += edits.length;
        if (fix.safe && !safe.some((x) => x.rule === f.rule && x.edits === edits)) safe.push({ rule: f.rule, edits });
      }
    }
    if (violations.length) return { violations, counts };
    // The engine's own choice of safe edits when given (fixAll's), else whole fixes, first by
    // position, none overlapping another.
    const taken = [];
    if (api.safeEdits) for (const e of api.safeEdits(result).edits) taken.push(e);
    else for (const { edits } of safe) {
      const clash = (a, b) => (a.start === a.end && b.start === b.end ? a.start === b.start : a.start < b.end && b.start < a.end);
      if (edits.some((e) => taken.some((t) => clash(t.span, e.span)))) continue;
      if (edits.some((e, i) => edits.some((g, j) => i < j && clash(e.span, g.span)))) continue;
      for (const e of edits) taken.push(e);
    }
    const next = taken.length ? api.applySpanEdits(current, taken).text : current;
    if (next === current) break;
    if (hasLoneSurrogate(next) && !hasLoneSurrogate(current)) {
      violations.push(`safe fixes create a lone surrogate (pass ${pass + 1}: ${safe.map((s) => s.rule).join(', ')})`);
      break;
    }
    counts.passes = pass + 1;
    if (pass === 3) {
      violations.push(`safe fixes do not converge in 3 passes (still fixing: ${[...new Set(safe.map((s) => s.rule))].join(', ')})`);
      break;
    }
    current = next;
  }
  return { violations, counts };
}
