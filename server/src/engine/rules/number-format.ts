import { parseChineseInteger } from '../text/numerals.js';
import type { Rule, RuleFinding } from '../types.js';
import { msg } from './util.js';

const DIGIT = '[零〇一二三四五六七八九十百两]';

/**
 * Each pattern with a quick test of what any match must hold (a paragraph without it is not
 * searched): `百分之`; `个百分点`; an Arabic digit beside a Chinese one.
 */
const PATTERNS: { needs: RegExp; re: RegExp; render: (m: RegExpMatchArray) => string | undefined }[] = [
  { needs: /百分之/, re: new RegExp(`百分之(${DIGIT}+(?:点${DIGIT}+)?)`, 'g'), render: (m) => `${chineseDecimal(m[1]!)}%` },
  { needs: /个百分点/, re: new RegExp(`(?<=增长|下降|提高|降低|上升|回落|增加|减少)(${DIGIT}+(?:点${DIGIT}+)?)(个百分点)`, 'g'), render: (m) => `${chineseDecimal(m[1]!)}${m[2]}` },
  {
    needs: /\d[零〇一二三四五六七八九]|[零〇一二三四五六七八九]\d/,
    re: /(?<![\d零〇一二三四五六七八九])(?=[\d零〇一二三四五六七八九]*\d)(?=[\d零〇一二三四五六七八九]*[零〇一二三四五六七八九])[\d零〇一二三四五六七八九]{2,}(?=年|%|万|亿|元)/g,
    render: () => undefined,
  },
];

/** `六点五` → 6.5, `十二` → 12. */
function chineseDecimal(s: string): number {
  const [int, frac] = s.split('点');
  const whole = parseChineseInteger(int!.replace(/两/g, '二'));
  if (!frac) return whole;
  const digits = [...frac].map((c) => '零一二三四五六七八九'.indexOf(c === '〇' ? '零' : c));
  return digits.some((d) => d < 0) ? NaN : Number(`${whole}.${digits.join('')}`);
}

/**
 * Statistics belong in Arabic numerals (GB/T 15835): `百分之六`, `增长六个百分点`; and one figure
 * is not written half in each (`二0二四年`). Counts in fixed phrases (`三个方面`) stay Chinese.
 */
export const rule: Rule = {
  id: 'number-format',
  severity: 'info',
  category: 'proofreading',
  fixable: true,
  scope: 'paragraph',
  description: msg('统计数字应使用阿拉伯数字（GB/T 15835），不应混用', 'Statistics in Arabic numerals (GB/T 15835), not Chinese or mixed'),
  check({ model }) {
    const findings: RuleFinding[] = [];
    const text = model.text;
    for (const p of model.paragraphs) {
      const slice = text.slice(p.span.start, p.span.end);
      for (const { needs, re, render } of PATTERNS) {
        if (!needs.test(slice)) continue;
        for (const m of slice.matchAll(re)) {
          const span = { start: p.span.start + m.index, end: p.span.start + m.index + m[0].length };
          const arabic = render(m);
          if (arabic !== undefined && /NaN/.test(arabic)) continue;
          const f: RuleFinding = {
            span,
            message:
              arabic !== undefined
                ? msg(`统计数字宜用阿拉伯数字：“${m[0]}”→“${arabic}”`, `Write statistics in Arabic numerals: "${m[0]}" → "${arabic}"`)
                : msg(`“${m[0]}”中文数字与阿拉伯数字混用`, `"${m[0]}" mixes Chinese and Arabic numerals`),
          };
          if (arabic !== undefined) f.fixes = [{ title: msg(`改为“${arabic}”`, `Change to "${arabic}"`), safe: false, edits: [{ span, newText: arabic }] }];
          findings.push(f);
        }
      }
    }
    return findings;
  },
};
