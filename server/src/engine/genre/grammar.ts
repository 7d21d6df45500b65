// The TextMate grammar's patterns for what the parser recognises from the vocabulary
// (vocabulary.ts): scripts/gen-grammar.mjs writes them into syntaxes/work-report.tmLanguage.json
// and test/grammar-generated.test.ts fails when the committed grammar is stale.
//
// The vocabulary's patterns match width-folded text (`:` for both `:` and `：`); the editor
// shows the text as written, so each half-width mark is widened to both of its forms.
import * as V from './vocabulary.js';

const WIDE: Record<string, string> = { ':': '：', ',': '，', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）', '.': '．', '%': '％', '+': '＋' };

/** A folded-text pattern made to match both widths (outside and inside character classes). */
export function widen(pattern: string, unanchor = false): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (!inClass && ch === '(' && pattern[i + 1] === '?') {
      // A group's own syntax: (?:  (?=  (?!  (?<=  (?<!
      const m = /^\(\?(?:<[=!]|[:=!])/.exec(pattern.slice(i))!;
      out += m[0];
      i += m[0].length - 1;
      continue;
    }
    if (!inClass && ch === '{') {
      const close = pattern.indexOf('}', i);
      out += pattern.slice(i, close + 1);
      i = close;
      continue;
    }
    if (!inClass && unanchor && (ch === '^' || ch === '$')) continue;
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      i++;
      if (next === 'd') out += inClass ? '0-9０-９' : '[0-9０-９]';
      else if (WIDE[next]) out += inClass ? `\\${next}${WIDE[next]}` : `[\\${next}${WIDE[next]}]`;
      else out += `\\${next}`;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += WIDE[ch] ? ch + WIDE[ch] : ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      if (pattern[i + 1] === '^') out += pattern[++i];
      continue;
    }
    out += WIDE[ch] && ch !== '(' && ch !== ')' && ch !== '.' && ch !== '?' && ch !== '+' ? `[${ch}${WIDE[ch]}]` : ch;
  }
  return out;
}

const alt = (ws: V.Wording[], unanchor = false) => ws.map((w) => `(?:${widen(w.pattern, unanchor)})`).join('|');
const LEAD = '^\\s*(?:#+\\s*)?(?:\\*\\*)?';
const TAIL = '(?:\\*\\*)?\\s*$';
/** A part title stands alone: no sentence punctuation, at most 30 characters. */
const TITLE_CHARS = '[^，。；！？：,.;!?:\\n]';

export interface GrammarPatterns {
  glossaryHeading: string;
  glossaryEntry: string;
  partTitle: string;
}

export function grammarPatterns(): GrammarPatterns {
  const parts = alt([...V.PART_TITLES.review, ...V.PART_TITLES.fiveYear], true);
  const dated = `(?=${TITLE_CHARS}*(?:\\d{4}|[0-9０-９]{4})年|${TITLE_CHARS}*(?:今年|明年|本年))(?=${TITLE_CHARS}*(?:${alt(V.PART_TITLES.plan, true)}))`;
  return {
    glossaryHeading: `${LEAD}(${alt(V.GLOSSARY_HEADINGS)})${TAIL}`,
    glossaryEntry: `^\\s*(${widen(V.GLOSSARY_ENTRY_NUMBER.pattern.replace(/^\^/, '').replace(/\\s\*$/, ''))})\\s*([^:：\\n]{1,40}?)([:：])`,
    partTitle: `${LEAD}(?![一二三四五六七八九十]+、|[（(])((?=${TITLE_CHARS}{2,30}${TAIL})(?:(?=${TITLE_CHARS}*(?:${parts}))|${dated})${TITLE_CHARS}+)${TAIL}`,
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Grammar = any;

/** The grammar with the generated patterns in place (the rest of it is written by hand). */
export function applyGrammarPatterns(grammar: Grammar, p: GrammarPatterns): Grammar {
  const g = structuredClone(grammar);
  if (!g.patterns.some((x: { include?: string }) => x.include === '#parts')) {
    g.patterns.splice(g.patterns.findIndex((x: { include?: string }) => x.include === '#headings'), 0, { include: '#parts' });
  }
  g.repository.parts = {
    name: 'markup.heading.part.work-report',
    match: p.partTitle,
    captures: { 1: { name: 'entity.name.section.part.work-report' } },
  };
  g.repository.glossary.begin = p.glossaryHeading;
  g.repository.glossary.beginCaptures = { 1: { name: 'markup.heading.glossary.work-report' } };
  const entryNumber = { name: 'constant.numeric.entry-number.work-report' };
  g.repository.glossary.patterns[0] = {
    name: 'meta.glossary-entry.work-report',
    match: p.glossaryEntry,
    captures: { 2: entryNumber, 3: entryNumber, 4: entryNumber, 5: { name: 'entity.name.tag.glossary-term.work-report' }, 6: { name: 'punctuation.separator.work-report' } },
  };
  return g;
}
