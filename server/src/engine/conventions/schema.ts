import { z } from 'zod';

/**
 * The conventions learned from a corpus of reports (`report-lint learn`). Versioned: a file
 * with another `version` is rejected with a message naming the key.
 */
export const CONVENTIONS_VERSION = 1;

const partKind = z.enum([
  'title', 'meeting', 'speaker', 'salutation', 'opening', 'review', 'thanks', 'problems', 'plan',
  'framing', 'requirements', 'targets', 'task-list', 'tasks', 'self-building', 'closing', 'glossary',
  'five-year',
]);

const headingStyle = z.enum(['part', 'cn-comma', 'cn-paren', 'arabic-dot', 'arabic-paren', 'ordinal-shi', 'lead']);

const counts = z.record(z.string(), z.number().int().nonnegative());

export const conventionsSchema = z.strictObject({
  version: z.literal(CONVENTIONS_VERSION),
  /** Names of the reports learned from (file base names). */
  sources: z.array(z.string()),
  /** Each skeleton part: how often it was seen and its wordings (years replaced by `{Y}`). */
  parts: z.array(
    z.strictObject({
      kind: partKind,
      reports: z.number().int().nonnegative(),
      variants: counts,
    }),
  ),
  /** Parts in the order observed in the corpus (first appearance, averaged). */
  partOrder: z.array(partKind),
  /**
   * Part titles the archive uses that the built-in vocabulary (genre/vocabulary.ts) does not
   * know, with the number of reports using each (`{Y}` = a year). The parser reads those used
   * in at least two reports as part titles.
   */
  learnedWordings: z
    .array(z.strictObject({ kind: partKind, wording: z.string().min(1), reports: z.number().int().nonnegative() }))
    .default([]),
  /** Heading styles by how often each appears as a level-1, level-2... heading. */
  headingStyles: z.array(z.strictObject({ style: headingStyle, count: z.number().int().nonnegative() })),
  /** Target phrasing: per indicator, the verbs and qualifiers used and how often. */
  targets: z.strictObject({
    verbs: counts,
    qualifiers: counts,
    indicators: z.array(
      z.strictObject({
        name: z.string().min(1),
        count: z.number().int().nonnegative(),
        verbs: counts,
        qualifiers: counts,
      }),
    ),
  }),
  /** Indicator names seen with figures (地区生产总值, 规上工业增加值...). */
  indicators: z.array(z.string().min(1)),
  /** Terms explained in some 名词解释, with the definition found there. */
  glossary: z.array(
    z.strictObject({
      term: z.string().min(1),
      keys: z.array(z.string().min(1)),
      definition: z.string(),
      source: z.string(),
    }),
  ),
  /** Abbreviations used in several reports and never explained: common knowledge. */
  commonTerms: z.array(z.string().min(1)),
  /** Formulations the corpus writes verbatim across reports. */
  canonicalPhrases: z.array(z.string().min(1)),
  /**
   * The archive's own names the typo model would correct (a township, a park, an enterprise):
   * words the typo rule flags that the archive writes two or more times. The typo rule never
   * corrects inside them (conventions/learn-typo-names.ts).
   */
  typoNames: z.array(z.string().min(1)).default([]),
  /**
   * How real reports treat candidate terms (places explaining / not explaining each); when
   * absent, the statistics shipped with the product (engine/glossary/stats.ts) are used.
   */
  termStats: z.optional(
    z.strictObject({
      source: z.string(),
      places: z.array(z.string()),
      national: z.array(z.number().int().nonnegative()),
      files: z.record(z.string(), z.number().int().nonnegative()),
      terms: z.record(
        z.string(),
        z.strictObject({
          e: z.optional(z.array(z.number().int().nonnegative())),
          u: z.optional(z.array(z.number().int().nonnegative())),
          o: z.optional(z.array(z.number().int().nonnegative())),
          a: z.optional(z.array(z.number().int().nonnegative())),
        }),
      ),
    }),
  ),
});

export type Conventions = z.infer<typeof conventionsSchema>;
export type ConventionsParts = Conventions['parts'];

/** Validates parsed JSON; on failure names the first bad key (`targets.indicators[3].name`). */
export function validateConventions(
  json: unknown,
): { ok: true; value: Conventions } | { ok: false; key: string; problem: string } {
  const result = conventionsSchema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  const key = issue.path.length
    ? issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('')
    : '(根)';
  return { ok: false, key, problem: issue.message };
}

/** Empty conventions: what the engine uses before any corpus is learned. */
export function emptyConventions(): Conventions {
  return {
    version: CONVENTIONS_VERSION,
    sources: [],
    parts: [],
    partOrder: [],
    learnedWordings: [],
    headingStyles: [],
    targets: { verbs: {}, qualifiers: {}, indicators: [] },
    indicators: [],
    glossary: [],
    commonTerms: [],
    canonicalPhrases: [],
    typoNames: [],
  };
}
