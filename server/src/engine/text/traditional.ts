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

/**
 * mayChange of each character of the BMP, by its code (0 not yet asked, 1 no,
 * 2 yes): every lint reads every character of the document here, and a typed-array read costs
 * far less than a one-character string and a Map look-up.
 */
const changesBmp = new Uint8Array(0x10000);

/** Whether any character of `text` is one OpenCC would change. */
function anyMayChange(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      // A character outside the BMP (CJK extension B…) is asked as the whole code point.
      const cp = text.codePointAt(i)!;
      if (mayChange(String.fromCodePoint(cp))) return true;
      if (cp > 0xffff) i++;
      continue;
    }
    let known = changesBmp[c]!;
    if (!known) changesBmp[c] = known = mayChange(String.fromCharCode(c)) ? 2 : 1;
    if (known === 2) return true;
  }
  return false;
}

/** Offsets (within `text`) of traditional characters with their simplified forms. */
export function traditionalChars(text: string): { index: number; from: string; to: string }[] {
  if (!anyMayChange(text)) return [];
  const converted = toSimplified(text);
  if (converted.length !== text.length) return [];
  const out: { index: number; from: string; to: string }[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] !== converted[i] && !ATTESTED.has(text[i]!)) out.push({ index: i, from: text[i]!, to: converted[i]! });
  return out;
}
