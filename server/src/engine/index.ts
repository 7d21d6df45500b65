// The engine's public surface: what the faces (CLI, language server) may use.
export * from './model.js';
export * from './types.js';
export { lint, lintModel, pick, effectiveSeverity } from './lint.js';
export { IncrementalLinter } from './incremental.js';
export type { LintOptions, LintResult } from './lint.js';
export { parseReport } from './parse/index.js';
export { applySpanEdits, overlaps } from './fixes.js';
export { rules } from './rules/index.js';
export { computeLineStarts, positionAt, offsetAt, spanToRange } from './text/positions.js';
export { characterSegmenter } from './text/segmenter.js';
export type { Segmenter } from './text/segmenter.js';
export { conventionsSchema, validateConventions, emptyConventions, CONVENTIONS_VERSION } from './conventions/schema.js';
export type { Conventions } from './conventions/schema.js';
export { reportSkeleton } from './skeleton.js';
export type { Skeleton, SkeletonPart } from './skeleton.js';
export { applyGrammarPatterns, grammarPatterns } from './genre/grammar.js';
export { reportStarts } from './parse/split.js';
export { compileVocabulary } from './genre/compile.js';
