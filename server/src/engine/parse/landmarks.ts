import type { Vocabulary } from '../genre/compile.js';
import { YEAR_PATTERN } from '../genre/vocabulary.js';
import type { Heading, Landmark, Paragraph, PartKind, Span } from '../model.js';

export const YEAR = /(\d{4})年/;
const YEAR_ONLY_WORK = new RegExp(`^(?:${YEAR_PATTERN}|今年|去年)(?:的)?(?:政府)?(?:主要)?工作$`);

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
  context: { top?: PartKind; reportYear?: number },
): PartKind | undefined {
  const t = title.replace(/[\s*#]/g, '');
  for (const l of vocab.learned) if (l.re.test(t)) return l.kind;
  const { top, reportYear } = context;
  const inPlan = top === 'plan' || top === 'tasks';
  if (vocab.selfBuilding.test(t)) return 'self-building';
  const year = yearOf(t);
  const past = year !== undefined && reportYear !== undefined && year < reportYear;
  if (vocab.review.test(t)) return 'review';
  if (vocab.fiveYear.test(t)) return 'five-year';
  if (vocab.plan.test(t) || YEAR_ONLY_WORK.test(t)) {
    if (past || /^去年/.test(t)) return 'review';
    if (top === 'plan' && vocab.tasks.test(t)) return 'tasks';
    return 'plan';
  }
  return undefined;
}

/** A standalone line that reads as a part title: worded as one, and dated or unmistakable. */
export function isPartTitleLine(line: string, vocab: Vocabulary): boolean {
  const t = line.replace(/[\s*#]/g, '');
  if (t.length > 30 || /[。!?;,]$/.test(t)) return false;
  if (vocab.learned.some((l) => l.re.test(t))) return true;
  if (vocab.review.test(t) || vocab.fiveYear.test(t)) return true;
  if (/^(?:加强|全面加强|推进)?政府自身建设$/.test(t)) return true;
  return (vocab.plan.test(t) || YEAR_ONLY_WORK.test(t)) && /\d{4}年|今年|明年|本年/.test(t);
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
  const { norm, paragraphs, headings, plain, vocab, reportYear, glossaryIndex } = input;
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
    return mark;
  };
  const has = (kind: PartKind) => marks.some((m) => m.kind === kind);

  let top: PartKind | undefined;
  const headingOf = new Map<number, number>();
  headings.forEach((h, i) => headingOf.set(h.paragraph, i));
  const partTitled = headings.some((h) => h.style === 'part');

  const openTop = (kind: PartKind, pi: number, span: Span, hi: number | undefined, yearFrom?: Span) => {
    // A second title of the part already open continues it (二、2024年总体要求 → 三、2024年重点工作 is tasks).
    if (kind === top && kind !== 'self-building') return;
    if (kind === 'plan' && top === 'tasks') return;
    add(kind, pi, span, hi, yearFrom);
    top = kind;
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
    const context = { top, reportYear };
    if (h?.style === 'part' || (h?.style === 'cn-comma' && !partTitled)) {
      const kind = classifyPartTitle(titleText, vocab, context);
      if (kind) openTop(kind, pi, h.span, hi, h.title);
    } else if (h && (top === 'plan' || top === 'tasks') && vocab.selfBuilding.test(titleText)) {
      if (h.style === 'cn-paren' || h.style === 'cn-comma' || !has('self-building')) openTop('self-building', pi, h.span, hi, h.title);
    }

    if (vocab.salutation.test(text) && !has('salutation') && top === undefined) {
      add('salutation', pi, p.span);
      return;
    }
    if (!top && vocab.opening.test(text)) add('opening', pi, matchSpan(norm, p.span, vocab.opening));
    const numbered = h && h.style !== 'lead';
    if (!numbered) {
      if ((top === undefined || top === 'review') && vocab.planSentence.test(text) && (has('review') || has('opening'))) {
        openTop('plan', pi, matchSpan(norm, p.span, vocab.planSentence), undefined, p.span);
      } else if (top === undefined && vocab.reviewSentence.test(text)) {
        openTop('review', pi, matchSpan(norm, p.span, vocab.reviewSentence), undefined, p.span);
      } else if ((top === 'plan' || top === 'tasks') && !has('self-building') && vocab.selfBuildingSentence.test(text)) {
        openTop('self-building', pi, matchSpan(norm, p.span, vocab.selfBuildingSentence), undefined);
      }
    }
    const inReview = top === 'review' || top === undefined;
    const inPlan = top === 'plan' || top === 'tasks';
    if (h?.style === 'cn-comma' || h?.style === 'cn-paren' || h?.style === 'part') return;
    if (vocab.thanks.test(text) && text.length > 8 && top !== undefined) {
      add('thanks', pi, matchSpan(norm, p.span, vocab.thanks));
    }
    if (vocab.problems.test(text) && (inReview || inPlan) && vocab.problemsCue.test(text)) {
      add('problems', pi, matchSpan(norm, p.span, vocab.problems));
    }
    if (inPlan) {
      if (vocab.framing.test(text) && /周年|之年|一年|关键/.test(text)) add('framing', pi, p.span, undefined, p.span);
      if (vocab.requirements.test(text)) add('requirements', pi, matchSpan(norm, p.span, vocab.requirements));
      if (vocab.targets.test(text) || (/(?:预期|主要)目标[:]?$/.test(text) && text.length < 30)) {
        if (!has('targets')) add('targets', pi, matchSpan(norm, p.span, vocab.targets));
      }
      if (vocab.taskList.test(text) && /:$|工作:|如下:/.test(text.trim()) && text.length < 80) {
        add('task-list', pi, p.span);
      }
    }
    // The closing: the last call to action after the plan (`各位代表！…让我们…奋斗！`).
    const addressed = /^各位(?:人大)?代表/.test(text) || (pi > 0 && vocab.addressLine.test(plain[pi - 1]!));
    const closingLike = vocab.closing.test(text) && (addressed || vocab.closingEnd.test(text)) && text.length > 12;
    if (closingLike && top !== undefined && top !== 'review' && top !== 'five-year') {
      add('closing', pi, p.span);
    }
  });
  // Only the last closing-like paragraph is the closing.
  const closings = marks.filter((m) => m.kind === 'closing');
  for (const c of closings.slice(0, -1)) marks.splice(marks.indexOf(c), 1);
  return marks.sort((a, b) => a.span.start - b.span.start);
}

function matchSpan(norm: string, span: Span, re: RegExp): Span {
  const m = re.exec(norm.slice(span.start, span.end));
  if (!m) return span;
  return { start: span.start + m.index, end: span.start + m.index + Math.max(1, m[0].length) };
}
