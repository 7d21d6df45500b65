import type { Rule } from '../types.js';

/** Every rule, in the order their findings are listed. Adding a rule: one file, one line here. */
export const rules: readonly Rule<any>[] = [
];
