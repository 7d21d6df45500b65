import type * as OpenCCModule from 'opencc-js';
import evidence from './proofreading-evidence.json';

/**
 * Characters OpenCC would simplify that published simplified reports use, in names (昇腾,
 * 濛溪河): scripts/gen-proofreading-evidence.mjs counts them in the corpus.
 */
const ATTESTED = new Set(Object.keys(evidence.attestedChars));

/**
 * Traditional → simplified with OpenCC's maintained data (phrases first, so 著名 and 乾坤
 * stay). Sentences are converted only when they hold a character OpenCC would change. The
 * dictionaries load on first use, not at start-up.
 */
let converter: ((text: string) => string) | undefined;
function toSimplified(text: string): string {
  if (!converter) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    // The t→cn build only: the full one adds the reverse dictionaries (~0.5 MB in the .vsix).
    const OpenCC = require('opencc-js/t2cn') as typeof OpenCCModule;
    converter = OpenCC.Converter({ from: 't', to: 'cn' });
  }
  return converter(text);
}
const changes = new Map<string, boolean>();

function mayChange(ch: string): boolean {
  let known = changes.get(ch);
  if (known === undefined) {
    known = toSimplified(ch) !== ch;
    changes.set(ch, known);
  }
  return known;
}

/** Offsets (within `text`) of traditional characters with their simplified forms. */
export function traditionalChars(text: string): { index: number; from: string; to: string }[] {
  let any = false;
  for (const ch of text) if (ch >= '\u4e00' && mayChange(ch)) any = true;
  if (!any) return [];
  const converted = toSimplified(text);
  if (converted.length !== text.length) return [];
  const out: { index: number; from: string; to: string }[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] !== converted[i] && !ATTESTED.has(text[i]!)) out.push({ index: i, from: text[i]!, to: converted[i]! });
  return out;
}
