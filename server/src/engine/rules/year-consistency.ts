import type { ReportModel, Span } from '../model.js';
import { ANNIVERSARY, foundingYear } from '../text/anniversaries.js';
import type { Rule, RuleFinding } from '../types.js';
import { firstMark, msg } from './util.js';

/**
 * A report delivered in year Y reviews Y−1 and plans Y (domain.md); anniversaries are
 * arithmetic on the founding years in text/anniversaries.ts.
 */
export const rule: Rule = {
  id: 'year-consistency',
  severity: 'error',
  category: 'structure',
  fixable: true,
  description: msg('年份前后不一致：回顾年应为计划年减一、计划年应为报告年份、周年数应与成立年份相符', 'Years disagree: review year = plan year − 1 = report year − 1; anniversaries add up'),
  check({ model }) {
    const findings: RuleFinding[] = [];
    const review = firstMark(model, 'review');
    const plan = firstMark(model, 'plan') ?? firstMark(model, 'tasks');
    const year = model.reportYear ?? model.planYear;
    if (plan?.year !== undefined && plan.yearSpan && model.reportYear !== undefined && plan.year !== model.reportYear) {
      findings.push(wrongYear(plan.yearSpan, plan.year, model.reportYear, msg('工作安排的年份应为报告年份', "the plan's year should be the report's year"), model.reportYearSpan));
    }
    const planYear = model.reportYear ?? plan?.year;
    if (review?.year !== undefined && review.yearSpan && planYear !== undefined && review.year !== planYear - 1) {
      findings.push(wrongYear(review.yearSpan, review.year, planYear - 1, msg('工作回顾的年份应为上一年', 'the review should cover the previous year'), model.reportYearSpan ?? plan?.yearSpan));
    }
    // `三、2024年重点工作` after `二、2024年总体要求和预期目标`: the same year.
    const tasks = model.landmarks.find((l) => l.kind === 'tasks' && l !== plan && l.yearSpan);
    const tasksYear = model.reportYear ?? plan?.year;
    if (tasks?.year !== undefined && tasksYear !== undefined && tasks.year !== tasksYear) {
      findings.push(wrongYear(tasks.yearSpan!, tasks.year, tasksYear, msg('重点工作的年份应与工作安排一致', 'the tasks should be for the plan year'), plan?.yearSpan));
    }
    for (const framing of model.landmarks.filter((l) => l.kind === 'framing' && l.yearSpan)) {
      if (planYear !== undefined && framing.year !== planYear && /^(?:各位代表,)?\d{4}年是/.test(model.norm.slice(framing.span.start, framing.span.end))) {
        findings.push(wrongYear(framing.yearSpan!, framing.year!, planYear, msg('此处所说的年份应为计划年份', 'this should be the plan year'), plan?.yearSpan));
      }
    }
    for (const f of anniversaries(model, year)) findings.push(f);
    return findings;
  },
};

function wrongYear(span: Span, found: number, want: number, why: { zh: string; en: string }, related?: Span): RuleFinding {
  const f: RuleFinding = {
    span,
    message: msg(`年份 ${found} 与报告不符：${why.zh}（${want}）`, `Year ${found} does not fit the report: ${why.en} (${want})`),
    fixes: [{ title: msg(`改为 ${want}`, `Change to ${want}`), safe: false, edits: [{ span, newText: String(want) }] }],
  };
  if (related) f.related = [{ span: related, message: msg('报告年份依据', 'where the report year comes from') }];
  return f;
}

function anniversaries(model: ReportModel, fallbackYear: number | undefined): RuleFinding[] {
  const out: RuleFinding[] = [];
  // Every anniversary is written …周年: only the sentences holding it are searched.
  const marks: number[] = [];
  for (let at = model.norm.indexOf('周年'); at >= 0; at = model.norm.indexOf('周年', at + 2)) marks.push(at);
  if (!marks.length) return out;
  const holdsMark = (start: number, end: number) => {
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < marks.length && marks[lo]! + 2 <= end;
  };
  for (const p of model.paragraphs) {
    for (const s of p.sentences) {
      if (!holdsMark(s.start, s.end)) continue;
      const text = model.norm.slice(s.start, s.end);
      for (const m of text.matchAll(ANNIVERSARY)) {
        const founded = foundingYear(m[1]!);
        if (founded === undefined) continue;
        const before = text.slice(0, m.index);
        const after = text.slice(m.index + m[0].length);
        // An event named by an anniversary (庆祝改革开放40周年大会) happened when it happened.
        if (/(?:庆祝|纪念)$/.test(before) || /^(?:庆祝)?(?:大会|庆典|活动|纪念)/.test(after)) continue;
        // The year the sentence speaks of: one it names as its subject (2024年是…), else what its
        // words say (去年 is the review year, 今年 the plan year), else the part it stands in —
        // a guess, so only asked, and only in the plan, whose year is certain.
        const stated = [...before.matchAll(/(\d{4})年(?=(?:[,，]?是|为))/g)].at(-1);
        const planYear = model.planYear ?? fallbackYear;
        const lastYear = model.reviewYear ?? (planYear === undefined ? undefined : planYear - 1);
        const said = stated ? 'stated' : /去年|过去一年|上一年|上年/.test(before) ? 'last' : /今年|明年|本年/.test(before) ? 'this' : undefined;
        if (!said && (!['plan', 'tasks', 'self-building'].includes(p.topPart ?? '') || /将|迎来|即将|\d{4}年/.test(before))) continue;
        const year = stated ? Number(stated[1]) : said === 'last' ? lastYear : said === 'this' ? planYear : planYear;
        if (year === undefined) continue;
        const n = Number(m[3]);
        const verb = m[2] ?? '';
        const want = year - founded;
        if (n === want || want <= 0) continue;
        const numStart = s.start + m.index + m[0].length - m[3]!.length - 2;
        const span = { start: numStart, end: numStart + m[3]!.length };
        out.push({
          span,
          ...(said ? {} : { severity: 'info' as const }),
          message: said
            ? msg(`${year}年是${m[1]}${verb}${want}周年（始于${founded}年），不是${n}周年`, `${year} is the ${want}th anniversary of ${m[1]} (${founded}), not the ${n}th`)
            : msg(
                `请核实：此句未写年份，按所在部分理解为${year}年，则应为${m[1]}${verb}${want}周年（始于${founded}年），写作${n}周年`,
                `Please check: the sentence names no year; read as ${year} (from its part), ${m[1]} (${founded}) would be ${want}, not ${n}`,
              ),
          fixes: [{ title: msg(`改为 ${want}`, `Change to ${want}`), safe: false, edits: [{ span, newText: String(want) }] }],
        });
      }
    }
  }
  return out;
}
