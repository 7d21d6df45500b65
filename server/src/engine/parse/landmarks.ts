import type { Vocabulary } from '../genre/compile.js';
import { YEAR_PATTERN } from '../genre/vocabulary.js';
import type { Heading, Landmark, Paragraph, PartKind, Span } from '../model.js';

export const YEAR = /(\d{4})年/;
const YEAR_ONLY_WORK = new RegExp(`^(?:关于)?(?:${YEAR_PATTERN}|今年|去年)(?:的)?(?:政府)?(?:主要)?工作$`);

export interface LandmarkInput {
  norm: string;
  paragraphs: Paragraph[];
  headings: Heading[];
  /** Paragraph text with Markdown markers removed, per paragraph. */
  plain: string[];
  vocab: Vocabulary;
  /** The year the report is delivered in, when the title or meeting date says. */
  reportYear?: number;
  /** The paragraph of the 名词解释 heading, or -1. */
  glossaryIndex: number;
}

function yearOf(text: string): number | undefined {
  const y = YEAR.exec(text);
  return y ? Number(y[1]) : undefined;
}

/**
 * What a part title names: review, five-year, plan, tasks or self-building; undefined for a
 * thematic title (`三、把改革开放扎实推向纵深`). A title's year decides between last year's
 * work and this year's (`2024年主要工作` is the plan of a 2024 report, the review of a 2025 one).
 */
export function classifyPartTitle(
  title: string,
  vocab: Vocabulary,
  context: { top?: PartKind; reportYear?: number; referenceYear?: number },
): PartKind | undefined {
  const t = title.replace(/[\s*#]/g, '');
  for (const l of vocab.learned) if (l.re.test(t)) return l.kind;
  const { top, reportYear, referenceYear } = context;
  if (vocab.selfBuilding.test(t) && !/回顾/.test(t)) return 'self-building';
  if (vocab.review.test(t)) return 'review';
  const year = yearOf(t);
  const yearOnly = YEAR_ONLY_WORK.test(t);
  const planWords = vocab.plan.test(t) || yearOnly;
  if (yearOnly && year !== undefined && referenceYear !== undefined) return year < referenceYear ? 'review' : 'plan';
  // A dated title speaks of its year: 2024年主要工作 is the review of a 2025 report.
  if (year !== undefined && reportYear !== undefined && year < reportYear && (planWords || vocab.fiveYear.test(t))) return 'review';
  if (vocab.fiveYear.test(t) && !(year !== undefined && planWords)) return 'five-year';
  if (planWords) {
    if (/^去年/.test(t)) return 'review';
    if (top === 'plan' && vocab.tasks.test(t)) return 'tasks';
    return 'plan';
  }
  // A thematic title with a year (…2022年经济社会发展取得新进步): last year's is the review.
  if (year !== undefined && referenceYear !== undefined) {
    if (year < referenceYear) return 'review';
    if (year === referenceYear && /工作|目标|任务|要求/.test(t)) return 'plan';
  }
  return undefined;
}

/**
 * The year the report plans for: its own year when the title or meeting date says, else the
 * latest year among its part titles when they name two (2023年工作回顾, 2024年主要工作).
 */
export function referenceYear(reportYear: number | undefined, headings: Heading[]): number | undefined {
  if (reportYear !== undefined) return reportYear;
  const years = new Set<number>();
  for (const h of headings) {
    if (h.style !== 'part' && h.style !== 'cn-comma') continue;
    const y = yearOf(h.titleText.replace(/\s/g, ''));
    if (y !== undefined) years.add(y);
  }
  const sorted = [...years].sort((a, b) => a - b);
  const last = sorted.at(-1);
  return sorted.length >= 2 && last !== undefined && last - sorted[0]! <= 5 ? last : undefined;
}

/** A standalone line that reads as a part title: worded as one, and dated or unmistakable. */
export function isPartTitleLine(line: string, vocab: Vocabulary): boolean {
  if (line.length > 30 && significantLength(line, 31) > 30) return false;
  const t = line.replace(/[\s*#]/g, '');
  if (t.length > 30 || /[。!?;,:]/.test(t)) return false;
  if (vocab.learned.some((l) => l.re.test(t))) return true;
  if (vocab.review.test(t) || vocab.fiveYear.test(t)) return true;
  if (/^(?:加强|全面加强|推进)?政府自身建设$/.test(t)) return true;
  return (vocab.plan.test(t) || YEAR_ONLY_WORK.test(t)) && /\d{4}年|今年|明年|本年/.test(t);
}

/** Characters of `line` other than whitespace, `*` and `#`, counted up to `limit` (a paragraph is rejected without copying it). */
function significantLength(line: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < line.length && n < limit; i++) if (!/[\s*#]/.test(line[i]!)) n++;
  return n;
}

/** Parts that open a top-level section of the report. */
export const TOP_PARTS: PartKind[] = ['review', 'five-year', 'plan', 'tasks', 'self-building', 'closing', 'glossary'];

/**
 * Finds the skeleton parts. Top-level sections come from part titles (a standalone line, or a
 * `一、` heading when the report has no standalone part titles) and from part-opening
 * sentences; the parts inside them (thanks, problems, framing, 总体要求, 预期目标, task list,
 * closing) from paragraph wording.
 */
export function findLandmarks(input: LandmarkInput): Landmark[] {
  const { norm, paragraphs, headings, plain, vocab, glossaryIndex } = input;
  const reportYear = input.reportYear;
  const reference = referenceYear(input.reportYear, headings);
  const marks: Landmark[] = [];
  const add = (kind: PartKind, paragraph: number, span: Span, heading?: number, yearFrom?: Span) => {
    const mark: Landmark = { kind, span, end: span.end, paragraph };
    if (heading !== undefined) mark.heading = heading;
    if (yearFrom) {
      const y = YEAR.exec(norm.slice(yearFrom.start, yearFrom.end));
      if (y) {
        mark.year = Number(y[1]);
        const at = yearFrom.start + y.index;
        mark.yearSpan = { start: at, end: at + 4 };
      }
    }
    marks.push(mark);
    seen.add(kind);
    return mark;
  };
  const seen = new Set<PartKind>();
  const has = (kind: PartKind) => seen.has(kind);

  let top: PartKind | undefined;
  let openedAt = -1;
  // The plan's tasks have begun (a heading under it): 自身建设 written as a paragraph comes after them.
  let tasksStarted = false;
  const headingOf = new Map<number, number>();
  headings.forEach((h, i) => headingOf.set(h.paragraph, i));
  // Under an unnumbered part title, 一、 headings are its themes, not parts of their own.
  const firstPartTitle = headings.find((h) => h.style === 'part')?.span.start ?? Infinity;

  const openTop = (kind: PartKind, pi: number, span: Span, hi: number | undefined, yearFrom?: Span) => {
    // A second title of the part already open continues it (二、2024年总体要求 → 三、2024年重点工作 is tasks).
    if (kind === top) return;
    if (kind === 'plan' && top === 'tasks') return;
    add(kind, pi, span, hi, yearFrom);
    top = kind;
    openedAt = pi;
    if (hi !== undefined) headings[hi]!.part = kind;
  };

  paragraphs.forEach((p, pi) => {
    const text = plain[pi]!;
    if (pi === glossaryIndex) {
      add('glossary', pi, p.span);
      top = 'glossary';
      return;
    }
    if (top === 'glossary') {
      // A closing written after the 名词解释 (misplaced) is still the closing.
      if (!/^\d{1,3}\s*[.、]/.test(text) && vocab.closing.test(text) && /^各位代表|让我们/.test(text)) add('closing', pi, p.span);
      return;
    }
    const hi = headingOf.get(pi);
    const h = hi === undefined ? undefined : headings[hi];
    const titleText = h?.titleText ?? '';
    const context = { top, reportYear, referenceYear: reference };
    if (h?.style === 'part' || (h?.style === 'cn-comma' && h.span.start < firstPartTitle)) {
      const kind = classifyPartTitle(titleText, vocab, context);
      if (kind) openTop(kind, pi, h.span, hi, h.title);
    } else if (h && (top === 'plan' || top === 'tasks') && vocab.selfBuilding.test(titleText)) {
      if (h.style === 'cn-paren' || h.style === 'cn-comma' || !has('self-building')) openTop('self-building', pi, h.span, hi, h.title);
    }

    if (vocab.salutation.test(text) && !has('salutation') && top === undefined) {
      add('salutation', pi, p.span);
      return;
    }
    if (!top && !has('opening') && vocab.opening.test(text)) add('opening', pi, matchSpan(norm, p.span, vocab.opening));
    const numbered = h && h.style !== 'lead';
    if (!numbered) {
      if ((top === undefined || top === 'review') && vocab.planSentence.test(text) && (has('review') || has('opening'))) {
        openTop('plan', pi, matchSpan(norm, p.span, vocab.planSentence), undefined, p.span);
      } else if (top === 'review' && has('problems') && vocab.framing.test(text) && framesYear(text, reference)) {
        // 2000年是…: after the review's problems, the framing of the new year opens the plan.
        openTop('plan', pi, p.span, undefined, p.span);
      } else if (top === undefined && vocab.reviewSentence.test(text)) {
        openTop('review', pi, matchSpan(norm, p.span, vocab.reviewSentence), undefined, p.span);
      } else if ((top === 'plan' || top === 'tasks') && tasksStarted && !has('self-building') && vocab.selfBuildingSentence.test(text)) {
        openTop('self-building', pi, matchSpan(norm, p.span, vocab.selfBuildingSentence), undefined);
      }
    }
    const inReview = top === 'review' || top === undefined;
    const inPlan = top === 'plan' || top === 'tasks';
    if (inPlan && h && h.style !== 'part') tasksStarted = true;
    if (h?.style === 'cn-comma' || h?.style === 'cn-paren' || h?.style === 'part') return;
    if (vocab.thanks.test(text) && text.length > 8 && top !== undefined) {
      add('thanks', pi, matchSpan(norm, p.span, vocab.thanks));
    }
    // The problems paragraph opens on its cue; a task that solves 困难和问题 is not it.
    if (vocab.problems.test(text) && (inReview || inPlan) && vocab.problemsCue.test(firstClause(text))) {
      add('problems', pi, matchSpan(norm, p.span, vocab.problems));
    }
    if (inPlan) {
      // The framing opens the plan: a later `2024年是…` inside a task is not it.
      if (vocab.framing.test(text) && /周年|之年|一年|关键/.test(text) && pi - openedAt <= 2 && !has('framing')) add('framing', pi, p.span, undefined, p.span);
      if (vocab.requirements.test(text)) add('requirements', pi, matchSpan(norm, p.span, vocab.requirements));
      if (vocab.targets.test(text) || (/(?:预期|主要)目标[:]?$/.test(text) && text.length < 30)) {
        if (!has('targets')) add('targets', pi, matchSpan(norm, p.span, vocab.targets));
      }
      if (vocab.taskList.test(text) && /:$|工作:|如下:/.test(text.trim()) && text.length < 80) {
        add('task-list', pi, p.span);
      }
    }
    // The closing: the last call to action after the plan (`各位代表！…让我们…奋斗！`).
    const addressed = /^(?:各位(?:人大)?代表|同志们)/.test(text) || (pi > 0 && vocab.addressLine.test(plain[pi - 1]!));
    const closingLike = text.length > 12 && ((vocab.closing.test(text) && (addressed || /!$/.test(text) || vocab.closingEnd.test(text))) || (addressed && /!$/.test(text)));
    if (closingLike && top !== undefined && top !== 'review') {
      add('closing', pi, p.span);
    }
  });
  // Only the last closing-like paragraph is the closing.
  const lastClosing = marks.findLast((m) => m.kind === 'closing');
  if (lastClosing) {
    const kept = marks.filter((m) => m.kind !== 'closing' || m === lastClosing);
    marks.length = 0;
    for (const m of kept) marks.push(m);
  }
  if (!has('self-building')) {
    const last = lastTaskOnGovernment(marks, headings, vocab);
    if (last !== undefined) {
      const h = headings[last]!;
      h.part = 'self-building';
      add('self-building', h.paragraph, h.span, last, h.title);
    }
  }
  return marks.sort((a, b) => a.span.start - b.span.start);
}

/**
 * 自身建设 worded as the plan's last task (`（十）从严治政，提高政府服务质量和效率`): the last
 * task heading of the plan, when it is about the government itself.
 */
function lastTaskOnGovernment(marks: Landmark[], headings: Heading[], vocab: Vocabulary): number | undefined {
  const plan = marks.find((m) => m.kind === 'plan' || m.kind === 'tasks');
  if (!plan) return undefined;
  const end = marks.find((m) => (m.kind === 'closing' || m.kind === 'glossary') && m.span.start > plan.span.start)?.span.start ?? Infinity;
  let last: number | undefined;
  headings.forEach((h, i) => {
    if ((h.style === 'cn-paren' || h.style === 'cn-comma') && h.span.start > plan.span.start && h.span.start < end) last = i;
  });
  if (last === undefined) return undefined;
  const h = headings[last]!;
  const level = headings.filter((o) => o.style === h.style && o.span.start > plan.span.start && o.span.start < end);
  return level.length >= 3 && vocab.governmentTask.test(h.titleText) ? last : undefined;
}

/** The start of a paragraph, up to its first full stop or 60 characters. */
function firstClause(text: string): string {
  const stop = text.search(/[。!?]/);
  return text.slice(0, Math.min(stop < 0 ? text.length : stop, 60));
}

function framesYear(text: string, year: number | undefined): boolean {
  const y = yearOf(text.slice(0, 12));
  return /^(?:各位代表,)?今年是/.test(text) || (y !== undefined && y === year);
}

function matchSpan(norm: string, span: Span, re: RegExp): Span {
  const m = re.exec(norm.slice(span.start, span.end));
  if (!m) return span;
  return { start: span.start + m.index, end: span.start + m.index + Math.max(1, m[0].length) };
}
