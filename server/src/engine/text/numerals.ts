/** Chinese numerals (built-in knowledge, GB/T 15835): 一…九, 十, 百, 千, 万, 两, 双, 〇/零. */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 双: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** Each numeral character by code: its digit + 1, or −(its unit's power of ten) (`十` −1 … `万` −4); 0 for others. */
const NUMERAL_CODE = new Int8Array(0x10000);
for (const [ch, d] of Object.entries(DIGITS)) NUMERAL_CODE[ch.charCodeAt(0)] = d + 1;
for (const [ch, u] of Object.entries(UNITS)) NUMERAL_CODE[ch.charCodeAt(0)] = 1 - String(u).length;

/** `十一` → 11, `二十` → 20, `一百零五` → 105, `两` → 2; NaN when not a numeral. */
export function parseChineseInteger(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let section = 0;
  let digit = -1;
  for (let i = 0; i < s.length; i++) {
    const code = NUMERAL_CODE[s.charCodeAt(i)]!;
    if (code > 0) {
      digit = code - 1;
    } else if (code < 0) {
      const unit = 10 ** -code;
      if (unit === 10000) {
        total += (section + Math.max(digit, 0)) * unit;
        section = 0;
      } else {
        section += (digit < 0 ? 1 : digit) * unit;
      }
      digit = -1;
    } else {
      return NaN;
    }
  }
  return total + section + Math.max(digit, 0);
}

/** 11 → `十一`, 20 → `二十`, 105 → `一百零五` (for renumbering fixes; up to 9999). */
export function toChineseInteger(n: number): string {
  const names = '零一二三四五六七八九';
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n < 10) return names[n]!;
  if (n < 20) return '十' + (n % 10 ? names[n % 10] : '');
  const parts: string[] = [];
  const units = ['千', '百', '十', ''];
  const ds = String(n).padStart(4, '0').split('').map(Number);
  let zero = false;
  let started = false;
  ds.forEach((d, i) => {
    if (d === 0) {
      if (started) zero = true;
      return;
    }
    if (zero) parts.push('零');
    zero = false;
    started = true;
    parts.push(names[d]! + units[i]!);
  });
  return parts.join('');
}

/** A numeral written in Chinese or Arabic digits (`六`, `6`, `两`) → number, else NaN. */
export function parseCount(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : parseChineseInteger(s);
}
