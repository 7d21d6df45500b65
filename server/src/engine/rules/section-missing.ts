import { documentWidth, inWidth } from '../fixes.js';
import { compileVocabulary } from '../genre/compile.js';
import type { PartKind, ReportModel, Span } from '../model.js';
import { toChineseInteger } from '../text/numerals.js';
import type { Rule, RuleFinding, RuleFix } from '../types.js';
import { firstMark, hasPart, indentAt, lineStartOf, msg, PART_NAMES } from './util.js';

/** Parts every complete report has (domain.md, "The skeleton"). */
export const rule: Rule = {
  id: 'section-missing',
  severity: 'warning',
  category: 'structure',
  fixable: true,
  description: msg('缺少报告必备部分（工作回顾、工作安排、预期目标、政府自身建设、称呼与开场白、结束语）', 'A required part of the report is missing'),
  check({ model, conventions, settings }) {
    const vocab = compileVocabulary(conventions);
    if (!model.paragraphs.length || model.headings.length + model.landmarks.length < 2) return [];
    const start: Span = model.paragraphs[0]!.span;
    if (model.fragment) {
      // One note for a fragment, not a cascade of everything before and after it.
      return [
        {
          span: start,
          message: msg(
            '文本从报告中间开始（片段）：缺少标题、称呼、开场白和工作回顾等开头部分，结构检查只针对现有部分',
            'The text starts in the middle of a report (a fragment): the title, salutation, opening and review heading are missing',
          ),
          data: { missing: 'fragment' },
        },
      ];
    }
    const findings: RuleFinding[] = [];
    if (model.truncated) {
      // A page of a longer article: what comes after it is not missing, only not here.
      return [{
        span: model.paragraphs.at(-1)!.span,
        severity: 'info',
        message: msg('文本在报告中途结束（网页只保存了第一页）：其后的部分未检查', 'The text stops partway through the report (only the first page was saved): the parts after it are not checked'),
        data: { missing: 'truncated' },
      }];
    }
    const missing = (kind: PartKind, span: Span, fix?: RuleFix) => {
      const f: RuleFinding = {
        span,
        message: msg(`缺少“${PART_NAMES[kind].zh}”部分`, `The report has no ${PART_NAMES[kind].en}`),
        data: { missing: kind },
      };
      if (fix) f.fixes = [fix];
      findings.push(f);
    };
    const salutation = firstMark(model, 'salutation');
    if (!salutation && !hasPart(model, 'opening')) missing('salutation', start);
    else if (!hasPart(model, 'opening')) missing('opening', salutation!.span);
    else if (!salutation) missing('salutation', firstMark(model, 'opening')!.span);
    if (!hasPart(model, 'review')) missing('review', start);
    const annual = firstMark(model, 'plan') ?? firstMark(model, 'tasks');
    // A report at the start of a term may plan the five years only (今后五年的主要工作).
    const plan = annual ?? firstMark(model, 'five-year');
    if (!plan) missing('plan', start);
    else if (annual && !hasPart(model, 'targets') && !planSays(model, vocab.targetTraces)) {
      // Some published reports set no targets (State Council 2000–2002, a few districts): ask.
      findings.push({
        span: annual.span,
        severity: 'info',
        message: msg(
          '未找到“主要预期目标”：多数报告在工作安排开头列出当年的主要预期目标（如地区生产总值增长6%左右），请确认是否需要补充',
          'No main targets (主要预期目标) found: most reports state the year\'s targets at the start of the plan (e.g. GDP growth of about 6%); check whether they are needed',
        ),
        data: { missing: 'targets' },
      });
    }
    const closing = firstMark(model, 'closing');
    if (!hasPart(model, 'self-building') && plan && !planSays(model, vocab.selfBuildingTraces)) {
      const before = closing ?? firstMark(model, 'glossary');
      missing('self-building', before?.span ?? plan.span, before ? insertSelfBuilding(model, before.span.start, documentWidth(model, settings.punctuation)) : undefined);
    }
    if (!closing) {
      const last = model.paragraphs.filter((p) => p.topPart !== 'glossary').at(-1)!;
      missing('closing', last.span);
    }
    return findings;
  },
};

/** Whether the plan's text says something the missing part would say: then it is not missing, only untitled. */
function planSays(model: ReportModel, re: RegExp): boolean {
  return model.paragraphs.some((p) => (p.topPart === 'plan' || p.topPart === 'tasks' || p.topPart === 'five-year') && re.test(model.norm.slice(p.span.start, p.span.end)));
}

/**
 * Inserts `N、加强政府自身建设` (N = the next top-level number) on its own line before `at`, with
 * a placeholder line in brackets of the document's width.
 */
function insertSelfBuilding(model: ReportModel, at: number, width: 'full' | 'half'): RuleFix {
  const numbers = model.headings.filter((h) => h.style === 'cn-comma' && h.span.start < at).map((h) => h.number ?? 0);
  const next = toChineseInteger(Math.max(0, ...numbers) + 1);
  const lineStart = lineStartOf(model, at);
  const indent = indentAt(model, at);
  return {
    title: msg(`插入“${next}、加强政府自身建设”标题`, `Insert the heading "${next}、加强政府自身建设"`),
    safe: false,
    edits: [{ span: { start: lineStart, end: lineStart }, newText: `${indent}${next}、加强政府自身建设${model.eol}${indent}${inWidth('（请补充政府自身建设的内容）', width)}${model.eol}` }],
  };
}
