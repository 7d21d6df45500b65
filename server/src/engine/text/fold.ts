/**
 * Folds full-width punctuation, digits and letters to their half-width forms one character
 * for one character, so that offsets in the folded text are offsets in the original. The
 * seeds were normalised to half-width; real drafts use full width; both must parse alike.
 */
const PAIRS: Record<string, string> = {
  '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?', '％': '%',
  '＋': '+', '－': '-', '．': '.', '／': '/', '＜': '<', '＞': '>', '＝': '=', '［': '[', '］': ']',
  '｜': '|', '＊': '*', '＃': '#', '\u3000': ' ', '\t': ' ', '\u00a0': ' ',
};

export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    const pair = PAIRS[ch];
    if (pair !== undefined) out += pair;
    else if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xfee0);
    else if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
      out += String.fromCharCode(code - 0xfee0);
    } else out += ch;
  }
  return out;
}
