import type { Glossary, GlossaryEntry, Paragraph, Span } from '../model.js';
import type { Vocabulary } from '../genre/compile.js';

/**
 * The 名词解释: the first glossary heading that entries follow (an attachment list may name
 * the glossary before the glossary itself). Entries are numbered (`1.` `[1]` `(1)` `①`) or
 * unnumbered `术语：释义` lines; a definition may run over several paragraphs.
 */
export function findGlossary(
  text: string,
  norm: string,
  paragraphs: Paragraph[],
  plain: string[],
  vocab: Vocabulary,
): { index: number; glossary: Glossary } | undefined {
  for (let pi = 0; pi < paragraphs.length; pi++) {
    if (!isGlossaryHeading(plain[pi]!, vocab)) continue;
    const glossary = readEntries(text, norm, paragraphs, plain, pi, vocab);
    if (glossary.entries.length) return { index: pi, glossary };
  }
  return undefined;
}

export function isGlossaryHeading(line: string, vocab: Vocabulary): boolean {
  // What the line below strips: # and spaces in front, ** anywhere, spaces at the ends. A long
  // paragraph with none of them is its own length, over 40 (most paragraphs: no scan by regex).
  if (line.length > 40 && line.indexOf('*') < 0 && !/^[#\s]/.test(line) && !/\s$/.test(line)) return false;
  const l = line.replace(/^#{1,6}\s*/, '').replace(/\*\*/g, '').trim();
  return l.length <= 40 && vocab.glossaryHeading.test(l);
}

interface EntryStart {
  number: number | null;
  numberSpan: Span;
  after: number;
}

/**
 * The entry number at the start of a paragraph. `want`, the number the next entry should
 * have, is taken even when a digit follows (`5.2所实验室`, `19.21世纪…`, `8.9610：`).
 */
function entryStart(norm: string, span: Span, vocab: Vocabulary, want?: number): EntryStart | undefined {
  const line = norm.slice(span.start, span.end);
  if (want !== undefined && line.startsWith(String(want))) {
    const sep = /^\d{1,3}\s*[.、]\s*/.exec(line);
    if (sep && Number(line.slice(0, String(want).length)) === want && /^\d+\s*[.、]/.test(line) && sep[0].replace(/[\s.、]/g, '') === String(want)) {
      return { number: want, numberSpan: { start: span.start, end: span.start + String(want).length }, after: span.start + sep[0].length };
    }
  }
  const m = vocab.glossaryNumber.exec(line);
  if (!m) return undefined;
  const digits = m[1] ?? m[2];
  const circled = m[3];
  const number = digits ? Number(digits) : circled ? circled.charCodeAt(0) - 0x2460 + 1 : null;
  const at = line.indexOf(digits ?? circled ?? '');
  return { number, numberSpan: { start: span.start + at, end: span.start + at + (digits ?? circled ?? '').length }, after: span.start + m[0].length };
}

/** An unnumbered entry: a short term, then a colon, then the definition. */
const UNNUMBERED = /^[^,。;!?\s:]{1,30}?:(?=\S)/;

function readEntries(text: string, norm: string, paragraphs: Paragraph[], plain: string[], headingIndex: number, vocab: Vocabulary): Glossary {
  const heading = paragraphs[headingIndex]!.span;
  const entries: GlossaryEntry[] = [];
  let mode: 'numbered' | 'unnumbered' | undefined;
  let end = heading.end;
  for (let pi = headingIndex + 1; pi < paragraphs.length; pi++) {
    const span = paragraphs[pi]!.span;
    const line = plain[pi]!;
    if (!line) continue;
    // A table after the glossary (columns separated by tabs) is another attachment.
    if (text.slice(span.start, span.end).includes('\t') && entries.length) break;
    if (vocab.glossaryStop.test(line) || vocab.chromeLine.test(line)) {
      if (entries.length) break;
      // `附件1` between an attachment list and the glossary: keep looking for entries.
      if (/^附件\s*[\d一二三四五六七八九十]*$/.test(line)) continue;
      break;
    }
    if (entries.length && isGlossaryHeading(line, vocab)) break;
    const last = entries[entries.length - 1];
    const start = mode === 'unnumbered' ? undefined : entryStart(norm, span, vocab, (last?.number ?? 0) + 1);
    // Numbers out of sequence are glossary-order's business: an entry is an entry when it
    // reads as one (a number, a short term, a colon).
    const inSequence = start && (start.number === (last?.number ?? 0) + 1 || (!last && start.number !== null && start.number <= 1));
    const outOfSequence = start && start.number !== null && UNNUMBERED.test(norm.slice(start.after, span.end));
    if (start && (inSequence || outOfSequence)) {
      entries.push(makeEntry(text, norm, span, start));
      mode = 'numbered';
      end = span.end;
      continue;
    }
    if (mode !== 'numbered' && !start && UNNUMBERED.test(line) && (mode === 'unnumbered' || !last)) {
      entries.push(makeEntry(text, norm, span, { number: null, numberSpan: { start: span.start, end: span.start }, after: span.start }));
      mode = 'unnumbered';
      end = span.end;
      continue;
    }
    // An introductory line before the first entry (`本报告涉及的部分名词解释如下：`).
    if (!last && pi === headingIndex + 1 && line.length <= 40) continue;
    if (!last) break;
    // A definition that goes on in the next paragraph: it stopped mid-sentence, or the next
    // numbered entry is still to come.
    const open = !/[。.!?;”)]\s*$/.test(norm.slice(last.definitionSpan.start, last.definitionSpan.end));
    const more = mode === 'numbered' && nextEntrySoon(norm, paragraphs, pi, (last.number ?? 0) + 1, vocab);
    if ((open || more) && !/^#/.test(line) && line.length < 2000) {
      last.definitionSpan.end = span.end;
      last.definition = text.slice(last.definitionSpan.start, span.end);
      last.span.end = span.end;
      end = span.end;
      continue;
    }
    break;
  }
  return { heading, entries, span: { start: heading.start, end } };
}

function nextEntrySoon(norm: string, paragraphs: Paragraph[], from: number, want: number, vocab: Vocabulary): boolean {
  for (let k = from + 1; k < Math.min(paragraphs.length, from + 4); k++) {
    const s = entryStart(norm, paragraphs[k]!.span, vocab, want);
    if (s) return s.number === want;
  }
  return false;
}

function makeEntry(text: string, norm: string, span: Span, start: EntryStart): GlossaryEntry {
  let after = start.after;
  while (after < span.end && norm[after] === ' ') after++;
  // A term is short: its colon comes early, else the term ends at the first stop or MAX_TERM.
  const colon = findTermColon(norm, after, Math.min(span.end, after + MAX_TERM + 1));
  const stop = colon >= 0 ? colon : termEnd(norm, after, span.end);
  const termSpan = { start: after, end: stop };
  const definitionSpan = { start: colon >= 0 ? colon + 1 : stop, end: span.end };
  const term = text.slice(termSpan.start, termSpan.end).trim();
  return {
    number: start.number,
    numberSpan: start.numberSpan,
    term,
    termSpan,
    keys: termKeys(term),
    definition: text.slice(definitionSpan.start, definitionSpan.end),
    definitionSpan,
    span: { ...span },
  };
}

/** The longest term a glossary entry names (the corpus's longest is 24 characters). */
const MAX_TERM = 40;

/** Without a colon: the term runs to the first sentence mark, at most MAX_TERM characters. */
function termEnd(norm: string, from: number, to: number): number {
  const limit = Math.min(to, from + MAX_TERM);
  for (let i = from; i < limit; i++) if (/[,。;!?]/.test(norm[i]!)) return i;
  return limit;
}

/** The colon that ends the term: the first `:` outside quotes and brackets. */
function findTermColon(norm: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = norm[i];
    if (ch === '“' || ch === '(') depth++;
    else if (ch === '”' || ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ':' && depth === 0) return i;
  }
  return -1;
}

/** `农牧区“三变”改革` → [`三变`, `农牧区三变改革`]; `三北工程` → [`三北工程`]. */
export function termKeys(term: string): string[] {
  const keys = new Set<string>();
  for (const m of term.matchAll(/[“"]([^”"]+)[”"]/g)) keys.add(m[1]!);
  const bare = term.replace(/[“”"《》]/g, '').trim();
  if (bare) keys.add(bare);
  return [...keys];
}
