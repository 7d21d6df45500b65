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

const FOLDABLE = /[，：；（）！？％＋－．／＜＞＝［］｜＊＃\u3000\t\u00a0\u200b-\u200d\u2060０-９Ａ-Ｚａ-ｚ]/g;
const ESCAPES = new RegExp(SPACE_ESCAPES.pattern, 'g');

export function foldWidth(text: string): string {
  const folded = text.replace(FOLDABLE, (ch) => PAIRS[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  return folded.includes('<U+') ? folded.replace(ESCAPES, (m) => ' '.repeat(m.length)) : folded;
}
