// A library entry for tools that embed the linter (and for the benchmark): dist/api.js.
export * from './engine/index.js';
export { fixAll, safeEdits } from './engine/fix-all.js';
export { learnConventions } from './engine/conventions/learn.js';
export { loadDefaultConventions, readConventionsFile } from './conventions-file.js';
export { renderRuleIndex } from './docs-index.js';
export { settingsJsonSchema } from './settings.js';
export { loadTypoModelSync } from './typo-model.js';
