import type { Heading, Landmark, PartKind, ReportModel, Span } from '../model.js';
import type { Message } from '../types.js';

export const msg = (zh: string, en: string): Message => ({ zh, en });

/** Chinese and English names of the skeleton parts, for messages. */
export const PART_NAMES: Record<PartKind, Message> = {
  title: msg('标题', 'title'),
  meeting: msg('会议名称与日期', 'meeting and date'),
  speaker: msg('报告人', 'speaker'),
  salutation: msg('称呼（各位代表）', 'salutation (各位代表)'),
  opening: msg('开场白（向大会报告工作）', 'opening (向大会报告工作)'),
  review: msg('上年工作回顾', "review of last year's work"),
  thanks: msg('致谢', 'thanks'),
  problems: msg('问题与不足', 'problems and shortcomings'),
  plan: msg('本年工作安排', "this year's work plan"),
  framing: msg('年度形势定位', 'framing of the year'),
  requirements: msg('总体要求', 'general requirements (总体要求)'),
  targets: msg('主要预期目标', 'main targets (预期目标)'),
  'task-list': msg('重点工作引语', 'lead-in to the tasks'),
  tasks: msg('重点工作', 'key tasks'),
  'self-building': msg('政府自身建设', "the government's own conduct (自身建设)"),
  closing: msg('结束语', 'closing'),
  glossary: msg('名词解释', 'glossary (名词解释)'),
  'five-year': msg('五年规划时期目标任务', 'five-year plan targets and tasks'),
};

export function firstMark(model: ReportModel, kind: PartKind): Landmark | undefined {
  return model.landmarks.find((l) => l.kind === kind);
}

export function hasPart(model: ReportModel, kind: PartKind): boolean {
  return model.landmarks.some((l) => l.kind === kind);
}

/** The numeral inside a heading marker (`(五)` → the span of `五`, `12.` → `12`). */
export function markerNumeral(model: ReportModel, h: Heading): Span | undefined {
  const text = model.norm.slice(h.marker.start, h.marker.end);
  const m = /[一二三四五六七八九十百零〇两]+|\d+/.exec(text);
  return m ? { start: h.marker.start + m.index, end: h.marker.start + m.index + m[0].length } : undefined;
}

export function lineEndOf(model: ReportModel, offset: number): number {
  const nl = model.text.indexOf('\n', offset);
  const end = nl < 0 ? model.text.length : nl;
  return model.text[end - 1] === '\r' ? end - 1 : end;
}

export function lineStartOf(model: ReportModel, offset: number): number {
  return model.text.lastIndexOf('\n', offset - 1) + 1;
}

/** The leading whitespace of the line holding `offset` (to indent inserted lines alike). */
export function indentAt(model: ReportModel, offset: number): string {
  const start = lineStartOf(model, offset);
  return /^[ \t\u3000]*/.exec(model.text.slice(start, offset))![0];
}

export function paragraphText(model: ReportModel, index: number): string {
  const p = model.paragraphs[index]!;
  return model.norm.slice(p.span.start, p.span.end);
}

/** A term in quotes for a message, unless it already carries its own (`“三变”改革`). */
export function quoted(term: string): string {
  return /[“”]/.test(term) ? term : `“${term}”`;
}
