// Where the body uses a glossary entry (engine glossary/terms.ts): hovers, glossary-order and glossary-unused read it.
import { describe, expect, it } from 'vitest';
import { usesOfEntry } from '../server/src/engine/glossary/lookup.js';
import { parseReport } from '../server/src/engine/parse/index.js';
import { segmenter } from './support.js';

const BODY = '推进“三社”联动，建成（C级）化工园区，实施“三北”攻坚，申请PCT国际专利，开展PCTX试点，再推三社联动。';
const TEXT = `2024年青山县政府工作报告
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议。
一、2023年工作回顾
${BODY}
二、2024年工作安排
继续推进各项工作。

名词解释
1.三社联动：社区、社会组织、社会工作者联动。
2.C级化工园区：按安全风险评定为C级的化工园区。
3.三北工程：三北防护林体系建设工程。
4.PCT国际专利：按专利合作条约提交的国际专利申请。
`;

/** The text of each use. */
function usesOf(index: number): string[] {
  const model = parseReport(TEXT, segmenter);
  expect(model.glossary?.entries).toHaveLength(4);
  return usesOfEntry(model, index).map((s) => TEXT.slice(s.start, s.end));
}

describe('glossary entry uses', () => {
  it('finds a term with a quote inside it and written plainly', () => {
    expect(usesOf(0)).toEqual(['三社”联动', '三社联动']);
  });

  it('takes a bracket that opens the term into the use (full width folded)', () => {
    expect(usesOf(1)).toEqual(['（C级）化工园区']);
  });

  it('finds the quoted core of a term (“三北” for 三北工程)', () => {
    expect(usesOf(2)).toEqual(['三北']);
  });

  it('finds a leading acronym as a word only, not inside a longer one (PCTX)', () => {
    expect(usesOf(3)).toEqual(['PCT国际专利']);
  });
});
