// The vocabulary as regular expressions, built once per set of learned wordings.
import type { Conventions } from '../conventions/schema.js';
import type { PartKind } from '../model.js';
import * as V from './vocabulary.js';

export interface Vocabulary {
  review: RegExp;
  fiveYear: RegExp;
  plan: RegExp;
  tasks: RegExp;
  selfBuilding: RegExp;
  governmentTask: RegExp;
  reviewSentence: RegExp;
  planSentence: RegExp;
  selfBuildingSentence: RegExp;
  salutation: RegExp;
  opening: RegExp;
  closing: RegExp;
  closingEnd: RegExp;
  addressLine: RegExp;
  thanks: RegExp;
  problems: RegExp;
  problemsCue: RegExp;
  framing: RegExp;
  requirements: RegExp;
  targets: RegExp;
  taskList: RegExp;
  glossaryHeading: RegExp;
  glossaryNumber: RegExp;
  glossaryStop: RegExp;
  chromeLine: RegExp;
  attachmentListLine: RegExp;
  selfBuildingTraces: RegExp;
  targetTraces: RegExp;
  pager: RegExp;
  chromeInline: RegExp;
  /** Whole-line part titles learned from a user's archive (`{Y}` = any year), by kind. */
  learned: { kind: PartKind; re: RegExp }[];
}

const any = (ws: V.Wording[]) => new RegExp(ws.map((w) => `(?:${w.pattern})`).join('|'));

/** Parts whose learned wordings the parser reads as part titles. */
export const LEARNABLE_PARTS: PartKind[] = ['review', 'plan', 'tasks', 'self-building', 'five-year'];

/** A wording counts when at least this many reports of the archive use it. */
export const MIN_REPORTS_FOR_WORDING = 2;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A learned variant (`{Y}年工作盘点`) as a whole-line pattern. */
export function variantPattern(variant: string): RegExp {
  return new RegExp(`^${escape(variant).replace(/\\\{Y\\\}年/g, V.YEAR_PATTERN)}$`);
}

function build(learned: Conventions['learnedWordings'] | undefined): Vocabulary {
  return {
    review: any(V.PART_TITLES.review),
    fiveYear: any(V.PART_TITLES.fiveYear),
    plan: any(V.PART_TITLES.plan),
    tasks: any(V.PART_TITLES.tasks),
    selfBuilding: any(V.PART_TITLES.selfBuilding),
    governmentTask: any([V.GOVERNMENT_TASK]),
    reviewSentence: any(V.PART_SENTENCES.review),
    planSentence: any(V.PART_SENTENCES.plan),
    selfBuildingSentence: any(V.PART_SENTENCES.selfBuilding),
    salutation: any(V.SALUTATIONS),
    opening: any(V.OPENINGS),
    closing: any(V.CLOSINGS),
    closingEnd: any(V.CLOSING_ENDS),
    addressLine: any([V.ADDRESS_LINE]),
    thanks: any([V.INNER_PARTS.thanks]),
    problems: any([V.INNER_PARTS.problems]),
    problemsCue: any([V.INNER_PARTS.problemsCue]),
    framing: any([V.INNER_PARTS.framing]),
    requirements: any([V.INNER_PARTS.requirements]),
    targets: any([V.INNER_PARTS.targets]),
    taskList: any([V.INNER_PARTS.taskList]),
    glossaryHeading: new RegExp(`^(?:${any(V.GLOSSARY_HEADINGS).source})$`),
    glossaryNumber: any([V.GLOSSARY_ENTRY_NUMBER]),
    glossaryStop: any(V.GLOSSARY_STOPS),
    chromeLine: any(V.CHROME_LINES),
    attachmentListLine: any([V.ATTACHMENT_LIST_LINE]),
    selfBuildingTraces: any([V.SELF_BUILDING_TRACES]),
    targetTraces: any([V.TARGET_TRACES]),
    pager: any([V.PAGER]),
    chromeInline: new RegExp(V.CHROME_INLINE.pattern, 'g'),
    learned: (learned ?? [])
      .filter((w) => w.reports >= MIN_REPORTS_FOR_WORDING && LEARNABLE_PARTS.includes(w.kind))
      .map((w) => ({ kind: w.kind, re: variantPattern(w.wording) })),
  };
}

const builtIn = build(undefined);
const cache = new WeakMap<object, Vocabulary>();

/** The built-in vocabulary, extended by the wordings learned into `conventions`. */
export function compileVocabulary(conventions?: Pick<Conventions, 'learnedWordings'>): Vocabulary {
  const learned = conventions?.learnedWordings;
  if (!learned?.length) return builtIn;
  let v = cache.get(learned);
  if (!v) {
    v = build(learned);
    cache.set(learned, v);
  }
  return v;
}
