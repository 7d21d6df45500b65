// The ReportModel: everything the parser finds in a report, with offsets into the text.
//
// Offsets are UTF-16 indices into `ReportModel.text` (a JavaScript string index), half-open
// [start, end). `ReportModel.norm` has exactly the same length: full-width punctuation and
// digits are folded to half-width one character for one character, so a rule can match
// `norm` with one pattern and report offsets that are valid in `text`.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Span {
  start: number;
  end: number;
}

/** The parts of the report skeleton (domain.md, "The skeleton"). */
export type PartKind =
  | 'title'
  | 'meeting'
  | 'speaker'
  | 'salutation'
  | 'opening'
  | 'review'
  | 'thanks'
  | 'problems'
  | 'plan'
  | 'framing'
  | 'requirements'
  | 'targets'
  | 'task-list'
  | 'tasks'
  | 'self-building'
  | 'closing'
  | 'glossary'
  | 'five-year';

/** Numbering styles, GB/T 9704 levels plus the two report-specific unnumbered ones. */
export type HeadingStyle =
  | 'part' // an unnumbered part title on its own line (`2023年工作回顾`), above 一、
  | 'cn-comma' // 一、
  | 'cn-paren' // (一) or （一）
  | 'arabic-dot' // 1. or 1、 or 1．
  | 'arabic-paren' // (1) or （1）
  | 'ordinal-shi' // 一是 二是
  | 'lead'; // an unnumbered lead sentence that opens a paragraph

/** Rank of each style in the GB/T 9704 hierarchy; lower is higher in the tree. */
export const HEADING_RANK: Record<HeadingStyle, number> = {
  part: 0,
  'cn-comma': 1,
  'cn-paren': 2,
  'arabic-dot': 3,
  'arabic-paren': 4,
  'ordinal-shi': 5,
  lead: 6,
};

export interface Heading {
  style: HeadingStyle;
  /** The number the marker states (一 = 1); null for lead sentences. */
  number: number | null;
  /** The numbering marker, e.g. `(三)`; empty span for lead sentences. */
  marker: Span;
  /** True when the marker uses full-width brackets `（一）`. */
  fullWidth: boolean;
  /** The heading's own words, without marker and without Markdown emphasis. */
  title: Span;
  titleText: string;
  /** The whole heading (marker + title), up to the end of the line or of its first sentence. */
  span: Span;
  /** True when the paragraph goes on after the heading on the same line. */
  runIn: boolean;
  /** Index into ReportModel.paragraphs of the paragraph that holds the heading. */
  paragraph: number;
  /** Where the heading's section ends (start of the next heading at the same or a higher level). */
  sectionEnd: number;
  /** The skeleton part this heading opens, if it opens one. */
  part?: PartKind;
  children: Heading[];
}

export interface Paragraph {
  span: Span;
  /** The part of the skeleton this paragraph belongs to (innermost known part). */
  part?: PartKind;
  /** The top-level part (review, plan, tasks, self-building, glossary...). */
  topPart?: PartKind;
  /** Sentences of the paragraph, split at 。！？; and at line end. */
  sentences: Span[];
  /** The heading whose section contains this paragraph, as an index into `headings`. */
  heading?: number;
}

/** A skeleton part found in the text. */
export interface Landmark {
  kind: PartKind;
  /** The heading or paragraph that marks the part. */
  span: Span;
  /** Where the part's content ends (exclusive), as far as the parser can tell. */
  end: number;
  paragraph: number;
  heading?: number;
  /** A year stated in the landmark (`一、2023年工作回顾` → 2023). */
  year?: number;
  yearSpan?: Span;
}

export interface QuotedTerm {
  /** The span including the quote marks. */
  span: Span;
  /** The span inside the quote marks. */
  inner: Span;
  text: string;
  paragraph: number;
}

export type Measure = 'level' | 'growth' | 'share' | 'count' | 'rank' | 'other';

/** A number with its unit and approximation words, as an interval in the canonical unit. */
export interface FigureValue {
  /** The whole figure with its approximation words, e.g. `170余万人次`, `突破2300万元`. */
  span: Span;
  /** The number as written (`170`, `6829.11`). */
  numberText: string;
  /** The value as written times the unit's magnitude prefix (万/亿), before conversion. */
  value: number;
  /** The unit as written (`万元`, `%`, `万亩`). */
  unitText: string;
  /** Canonical base unit (`元`, `%`, `亩`, `个百分点`, `人次`...). */
  unit: string;
  /** Value in the canonical unit. */
  base: number;
  /** Interval the figure allows, in the canonical unit; infinite bounds for open ends. */
  low: number;
  high: number;
  /** Approximation words found around the number (`余`, `近`, `超过`, `以上`, `左右`...). */
  approx: string[];
  /** Decimal places the text states (for rounding-aware comparisons). */
  decimals: number;
}

export interface Figure extends FigureValue {
  /** Indicator phrase the figure belongs to, when one is found before it in the clause. */
  indicator?: string;
  indicatorSpan?: Span;
  measure: Measure;
  /** Year the figure speaks of (the review year, the plan year, or a year stated nearby). */
  year?: number;
  /** Position in a `分别` list (城乡居民…分别增长6%、8%): each value is another subject. */
  listIndex?: number;
  /** True inside a target statement (plan/targets part, or future wording). */
  target: boolean;
  paragraph: number;
  /**
   * The stretch of time the figure speaks of: one year (`year`), several years (过去五年,
   * “十三五”时期, 2012年以来), a stock to date (累计, 总数), part of a year (1-10月, 上半年).
   * Absent when neither the sentence, its section nor its part tells: such a figure is never
   * compared as the same period.
   */
  period?: FigurePeriod;
  /** How the period was found: the sentence's words, its paragraph or section, or the part. */
  periodFrom?: 'sentence' | 'section' | 'part';
  /**
   * What the figure is of its period: the value itself, a yearly average (年均), the two ends
   * of a from-to pair (从A增加到B), the change (增加C, 净增), an alternative statement in
   * brackets (按可比口径增长…), or a ratio to a plan (完成年度计划的160%).
   */
  aspect?: FigureAspect;
  /** The clause names comparable prices or scope (可比价, 可比口径): growth may differ from levels. */
  comparable?: boolean;
}

export type FigurePeriod = 'year' | 'years' | 'to-date' | 'part-year';
export type FigureAspect = 'value' | 'average' | 'from' | 'to' | 'change' | 'alternative' | 'of-plan';

export interface GlossaryEntry {
  number: number | null;
  numberSpan: Span;
  /** The term as written before the colon (`农牧区“三变”改革`). */
  term: string;
  termSpan: Span;
  /** The core abbreviations inside the term (quoted parts, or the whole term). */
  keys: string[];
  definition: string;
  definitionSpan: Span;
  /** The whole entry line without its line break. */
  span: Span;
}

export interface Glossary {
  heading: Span;
  entries: GlossaryEntry[];
  /** From the heading to the end of the last entry. */
  span: Span;
}

export interface ReportModel {
  /** The document text (a leading BOM removed). */
  text: string;
  /** Same length as text; punctuation and digits folded to half-width. */
  norm: string;
  eol: '\n' | '\r\n';
  format: 'plain' | 'markdown';
  /** The report body inside any web-page chrome. */
  body: Span;
  lineStarts: number[];
  title?: Span;
  /** Year the report is delivered in (meeting date, else title year, else plan year). */
  reportYear?: number;
  reportYearSpan?: Span;
  /** The plan year (year of 二、…工作安排), and the review year (一、…工作回顾). */
  planYear?: number;
  reviewYear?: number;
  landmarks: Landmark[];
  headings: Heading[];
  /** Heading tree roots in document order. */
  outline: Heading[];
  paragraphs: Paragraph[];
  quotes: QuotedTerm[];
  figures: Figure[];
  glossary?: Glossary;
  /** The report starts in the middle (no salutation/opening/review heading, or `(上接…)`). */
  fragment: boolean;
  /**
   * The whole report appears again after its end (web pages scraped twice): the body is the
   * first copy; `repeats` spans the rest, which no rule reads but duplicate-paragraph.
   */
  repeats?: { span: Span; copies: number };
  /** The text stops before the report ends (a page of a paginated article): later parts are not missing. */
  truncated: boolean;
  /** Web chrome inside the body (`（下转第四版）`): rules skip these spans. */
  chrome: Span[];
}
