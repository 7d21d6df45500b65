import type { Rule } from '../types.js';
import { rule as sectionOrder } from './section-order.js';
import { rule as sectionMissing } from './section-missing.js';
import { rule as headingSequence } from './heading-sequence.js';
import { rule as yearConsistency } from './year-consistency.js';
import { rule as targetPhrasing } from './target-phrasing.js';
import { rule as figureMismatch } from './figure-mismatch.js';
import { rule as countMismatch } from './count-mismatch.js';
import { rule as sumMismatch } from './sum-mismatch.js';
import { rule as glossaryMissing } from './glossary-missing.js';
import { rule as glossaryUnused } from './glossary-unused.js';
import { rule as glossaryOrder } from './glossary-order.js';
import { rule as repeatedWord } from './repeated-word.js';
import { rule as canonicalPhrase } from './canonical-phrase.js';
import { rule as traditionalChar } from './traditional-char.js';
import { rule as duplicateParagraph } from './duplicate-paragraph.js';
import { rule as placeholder } from './placeholder.js';
import { rule as punctuation } from './punctuation.js';
import { rule as numberFormat } from './number-format.js';
import { rule as typo } from './typo.js';

/** Every rule, in the order their findings are listed. Adding a rule: one file, one line here. */
export const rules: readonly Rule<any>[] = [
  sectionOrder,
  sectionMissing,
  headingSequence,
  yearConsistency,
  targetPhrasing,
  figureMismatch,
  countMismatch,
  sumMismatch,
  glossaryMissing,
  glossaryUnused,
  glossaryOrder,
  repeatedWord,
  canonicalPhrase,
  traditionalChar,
  duplicateParagraph,
  placeholder,
  punctuation,
  numberFormat,
  typo,
];
