/**
 * Folds full-width punctuation, digits and letters to their half-width forms one character
 * for one character, so that offsets in the folded text are offsets in the original. The
 * seeds were normalised to half-width; real drafts use full width; both must parse alike.
 * Scraper escapes for a space (`<U+00A0>`, genre/vocabulary.ts) become as many spaces.
 */
import { SPACE_ESCAPES } from '../genre/vocabulary.js';

const PAIRS: Record<string, string> = {
  '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?', '％': '%',
  '＋': '+', '－': '-', '．': '.', '／': '/', '＜': '<', '＞': '>', '＝': '=', '［': '[', '］': ']',
  '｜': '|', '＊': '*', '＃': '#', '\u3000': ' ', '\t': ' ', '\u00a0': ' ',
  // Zero-width characters copied from web pages (`各位代表：\u200d`) read as spaces.
  '\u200b': ' ', '\u200c': ' ', '\u200d': ' ', '\u2060': ' ',
};

const ESCAPES = new RegExp(SPACE_ESCAPES.pattern, 'g');

/**
 * Each foldable code unit's half-width form by code (0: left as it is): the pairs above, and
 * full-width digits and Latin letters (U+FF10–FF19, FF21–FF3A, FF41–FF5A), 0xFEE0 above ASCII.
 */
const FOLDED = new Uint16Array(0x10000);
for (const [from, to] of Object.entries(PAIRS)) FOLDED[from.charCodeAt(0)] = to.charCodeAt(0);
for (const [first, last] of [[0xff10, 0xff19], [0xff21, 0xff3a], [0xff41, 0xff5a]] as const) for (let c = first; c <= last; c++) FOLDED[c] = c - 0xfee0;

export function foldWidth(text: string): string {
  const folded = foldUnits(text);
  return folded.includes('<U+') ? folded.replace(ESCAPES, (m) => ' '.repeat(m.length)) : folded;
}

const utf16 = new TextDecoder('utf-16le');
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The string of these UTF-16 code units. A TextDecoder makes it at once, but replaces a lone
 * surrogate and reads little-endian only: units that may hold one, or a big-endian
 * machine, build it a chunk at a time.
 */
export function fromCodeUnits(units: Uint16Array, loneSurrogates: boolean): string {
  if (LITTLE_ENDIAN && !loneSurrogates) return utf16.decode(units);
  let s = '';
  for (let k = 0; k < units.length; k += 8192) s += String.fromCharCode.apply(null, units.subarray(k, k + 8192) as unknown as number[]);
  return s;
}

/**
 * The text with each foldable character replaced, read by code (the whole document is folded on
 * every lint); a text without one comes back as it is.
 */
function foldUnits(text: string): string {
  let i = 0;
  while (i < text.length && !FOLDED[text.charCodeAt(i)]) i++;
  if (i === text.length) return text;
  const out = new Uint16Array(text.length);
  let surrogate = false;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    out[j] = FOLDED[c] || c;
    if (c >= 0xd800 && c <= 0xdfff) surrogate = true;
  }
  return fromCodeUnits(out, surrogate);
}
