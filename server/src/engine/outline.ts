import type { Heading, ReportModel, Span } from './model.js';

export type SymbolKind = 'title' | 'section' | 'task' | 'item' | 'lead' | 'glossary' | 'entry';

export interface OutlineNode {
  name: string;
  detail: string;
  kind: SymbolKind;
  /** Everything the node covers (its section). */
  span: Span;
  /** What to select and reveal: the heading itself. */
  selectionSpan: Span;
  children: OutlineNode[];
}

const KIND: Record<Heading['style'], SymbolKind> = {
  part: 'section',
  'cn-comma': 'section',
  'cn-paren': 'task',
  'arabic-dot': 'item',
  'arabic-paren': 'item',
  'ordinal-shi': 'item',
  lead: 'lead',
};

/** Shortens a heading for the outline: the marker, then at most 24 characters. */
function label(model: ReportModel, h: Heading): string {
  const marker = model.text.slice(h.marker.start, h.marker.end).replace(/\*/g, '');
  const title = h.titleText.replace(/\*/g, '').trim();
  return `${marker}${title.length > 24 ? `${title.slice(0, 24)}…` : title}`;
}

/** Where a section's text ends: before the next heading of the same or a higher level. */
function sectionSpan(model: ReportModel, h: Heading): Span {
  let end = Math.min(h.sectionEnd, model.glossary && h.span.start < model.glossary.span.start ? model.glossary.span.start : h.sectionEnd);
  while (end > h.span.start && /\s/.test(model.text[end - 1]!)) end--;
  return { start: h.span.start, end: Math.max(end, h.span.end) };
}

/**
 * The report as a symbol tree: title, the 一、 sections, (N) tasks, numbered items and lead
 * sentences, and the 名词解释 with its entries — for the Outline view, breadcrumbs and sticky
 * scroll.
 */
export function documentOutline(model: ReportModel): OutlineNode[] {
  const node = (h: Heading): OutlineNode => ({
    name: label(model, h),
    detail: h.part ? partDetail[h.part] ?? '' : '',
    kind: KIND[h.style],
    span: sectionSpan(model, h),
    selectionSpan: h.span,
    children: h.children.map(node),
  });
  const roots: OutlineNode[] = [];
  if (model.title) {
    const text = model.text.slice(model.title.start, model.title.end).trim();
    roots.push({ name: text, detail: model.reportYear ? String(model.reportYear) : '', kind: 'title', span: model.title, selectionSpan: model.title, children: [] });
  }
  for (const n of model.outline) roots.push(node(n));
  const g = model.glossary;
  if (g) {
    roots.push({
      name: '名词解释',
      detail: `${g.entries.length} 条`,
      kind: 'glossary',
      span: g.span,
      selectionSpan: g.heading,
      children: g.entries.map((e) => ({
        name: `${e.number ?? ''}.${e.term}`,
        detail: e.definition.length > 30 ? `${e.definition.slice(0, 30)}…` : e.definition,
        kind: 'entry' as const,
        span: e.span,
        selectionSpan: e.termSpan,
        children: [],
      })),
    });
  }
  return roots;
}

const partDetail: Partial<Record<string, string>> = {
  review: '工作回顾',
  plan: '工作安排',
  tasks: '重点工作',
  'self-building': '政府自身建设',
  'five-year': '五年规划目标任务',
};

/** Folding by section: every outline node that spans more than one line. */
export function foldingSpans(model: ReportModel): Span[] {
  const out: Span[] = [];
  const walk = (nodes: OutlineNode[]) => {
    for (const n of nodes) {
      if (model.text.slice(n.span.start, n.span.end).includes('\n')) out.push(n.span);
      walk(n.children);
    }
  };
  walk(documentOutline(model));
  return out;
}

/**
 * Whether a Markdown or plain-text document is a work report (and so worth linting): it has
 * at least two skeleton parts, or names itself a 政府工作报告 and has a `一、` heading.
 */
export function looksLikeReport(model: ReportModel): boolean {
  const kinds = new Set(model.landmarks.map((l) => l.kind));
  const structural = ['review', 'plan', 'tasks', 'self-building', 'targets', 'glossary'].filter((k) => kinds.has(k as never)).length;
  if (structural >= 2) return true;
  return /政府工作报告/.test(model.norm.slice(0, 2000)) && model.headings.some((h) => h.style === 'cn-comma');
}
