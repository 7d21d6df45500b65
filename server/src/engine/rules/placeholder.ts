import type { Rule, RuleFinding } from '../types.js';
import { msg } from './util.js';

/**
 * Text left for later. Searched from the start of the report to the end of the file; `needs`:
 * words every match holds (a text without any of them is not searched).
 */
const PLACEHOLDERS: { re: RegExp; what: string; needs?: string[] }[] = [
  { re: /(?<=^|[。!?:;\s])略[。.]?(?=$|[\s(（]|\r)/gm, what: '略', needs: ['略'] },
  { re: /[(（]此文有删减[)）]|[(（]略[)）]|此处(?:有)?(?:省略|删减)/g, what: '删减说明', needs: ['此文有删减', '略', '此处'] },
  { re: /[XＸxｘ]{3,}|×{2,}|[□○]{2,}/g, what: '占位符' },
  { re: /待补充|待完善|待核实|待定稿|【待[^】]{0,10}】/g, what: '待补充', needs: ['待'] },
  { re: /\bTODO\b|\bTBD\b|\bFIXME\b/g, what: 'TODO', needs: ['TODO', 'TBD', 'FIXME'] },
];

export const rule: Rule = {
  id: 'placeholder',
  severity: 'warning',
  category: 'proofreading',
  fixable: false,
  description: msg('文中留有占位内容（略。、XXX、××、待补充、TODO、(此文有删减)）', 'Text left for later: 略。, XXX, ××, 待补充, TODO, (此文有删减)'),
  check({ model }) {
    const findings: RuleFinding[] = [];
    const text = model.norm;
    const from = model.body.start;
    for (const { re, what, needs } of PLACEHOLDERS) {
      if (needs && !needs.some((w) => text.indexOf(w, from) >= 0)) continue;
      re.lastIndex = from;
      for (const m of text.slice(from).matchAll(re)) {
        const start = from + m.index;
        // Beyond the body only lines that are the editor's note itself, not the page's chrome.
        if (start > model.body.end && what !== '删减说明') continue;
        findings.push({
          span: { start, end: start + m[0].length },
          message: msg(`文中留有占位内容“${model.text.slice(start, start + m[0].length)}”，定稿前需补全或删除`, `Placeholder "${model.text.slice(start, start + m[0].length)}" left in the text`),
          data: { placeholder: what },
        });
      }
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};
