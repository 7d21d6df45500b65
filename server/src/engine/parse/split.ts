// A file that holds several different reports (an archive pasted into one document): where
// each report after the first begins, so that each is checked as a report.
import type { Vocabulary } from '../genre/compile.js';
import { isProse } from './body.js';

/** How far above its salutation a report's title may stand (title, meeting, speaker lines). */
const TITLE_REACH = 12;
/** A report has prose of its own before the next may begin. */
const MIN_PROSE = 3;

/**
 * Offsets (at line starts) where a new report begins in `norm` (the folded text, model.norm): a title line naming a 政府工作报告 with a
 * salutation just below it, after a previous report that has prose of its own. The same report
 * pasted again is not a new report: the parser reads it as a repeat (model.repeats).
 */
export function reportStarts(norm: string, vocab: Vocabulary): number[] {
  const lines: { start: number; text: string }[] = [];
  let at = 0;
  for (const raw of norm.split('\n')) {
    lines.push({ start: at, text: raw.replace(/\r$/, '').trim() });
    at += raw.length + 1;
  }
  // Whether a line is prose, worked out only for the lines a salutation makes us look at (a
  // keystroke in a long document re-runs this: counting the Chinese of every line was most of it).
  const prose: (boolean | undefined)[] = new Array(lines.length);
  const isProseLine = (i: number) => (prose[i] ??= isProse(lines[i]!.text));
  const proseFrom = (from: number, step: 1 | -1, until: number, max: number): string[] => {
    const out: string[] = [];
    for (let k = from; step > 0 ? k < until : k >= until; k += step) {
      if (isProseLine(k)) out.push(lines[k]!.text);
      if (out.length >= max) break;
    }
    return out;
  };
  const starts: number[] = [];
  let firstProse: string[] | undefined;
  /** Prose lines are counted from here: the line after the salutation of the last report found. */
  let countFrom = 0;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (!vocab.salutation.test(t) || proseFrom(i, -1, countFrom, MIN_PROSE).length < MIN_PROSE) continue;
    let title = -1;
    for (let j = i - 1; j >= Math.max(0, i - TITLE_REACH); j--) {
      if (/政府工作报告/.test(lines[j]!.text) && lines[j]!.text.length < 60 && !/[。,]/.test(lines[j]!.text)) {
        title = j;
        break;
      }
      if (isProseLine(j)) break;
    }
    if (title < 0) continue;
    // The same report again: its first prose line follows. Leave it to the repeat reader.
    firstProse ??= proseFrom(0, 1, lines.length, MIN_PROSE);
    const next = proseFrom(i + 1, 1, lines.length, MIN_PROSE);
    if (next.length === firstProse.length && next.every((t2, k) => t2 === firstProse![k])) continue;
    starts.push(lines[title]!.start);
    countFrom = i + 1;
  }
  return starts;
}
