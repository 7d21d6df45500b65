import { describe, expect, it } from 'vitest';
import { edit, findingsOf, qingshan } from './support.js';

const slip = (text: string) => edit(text, '完成造林4.2万亩', '完成造林造林4.2万亩');

describe('inline disable comments', () => {
  it('a plain-text line comment silences the next line for the named rule only', () => {
    const text = slip(qingshan()).replace('（二）坚持生态优先', '// report-lint-disable-next-line repeated-word\n（二）坚持生态优先');
    expect(findingsOf('repeated-word', slip(qingshan()))).toHaveLength(1);
    expect(findingsOf('repeated-word', text)).toEqual([]);
    const other = slip(qingshan()).replace('（二）坚持生态优先', '// report-lint-disable-next-line figure-mismatch\n（二）坚持生态优先');
    expect(findingsOf('repeated-word', other)).toHaveLength(1);
  });

  it('a Markdown comment works the same, and no rule id means every rule', () => {
    const text = slip(qingshan()).replace('（二）坚持生态优先', '<!-- report-lint-disable-next-line -->\n（二）坚持生态优先');
    expect(findingsOf('repeated-word', text)).toEqual([]);
  });

  it('disable … enable covers a range of lines', () => {
    const lines = slip(qingshan()).split('\n');
    lines.splice(8, 0, '// report-lint-disable repeated-word');
    lines.splice(11, 0, '// report-lint-enable repeated-word');
    expect(findingsOf('repeated-word', lines.join('\n'))).toEqual([]);
    const after = lines.join('\n').replace('办好十件民生实事', '办好十件民生民生实事');
    expect(findingsOf('repeated-word', after)).toEqual([]);
    const outside = lines.join('\n').replace('推动高质量发展', '推动推动高质量发展');
    expect(findingsOf('repeated-word', outside)).toHaveLength(1);
  });
});
