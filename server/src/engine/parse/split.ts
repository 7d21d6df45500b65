// A file that holds several different reports (an archive pasted into one document): where
// each report after the first begins, so that each is checked as a report.
import type { Vocabulary } from '../genre/compile.js';
import { foldWidth } from '../text/fold.js';
import { isProse } from './body.js';

/** How far above its salutation a report's title may stand (title, meeting, speaker lines). */
const TITLE_REACH = 12;
/** A report has prose of its own before the next may begin. */
const MIN_PROSE = 3;

/**
 * Offsets (at line starts) where a new report begins: a title line naming a 政府工作报告 with a
 * salutation just below it, after a previous report that has prose of its own. The same report
 * pasted again is not a new report: the parser reads it as a repeat (model.repeats).
 */
export function reportStarts(text: string, vocab: Vocabulary): number[] {
  const norm = foldWidth(text);
  const lines: { start: number; text: string }[] = [];
  let at = 0;
  for (const raw of norm.split('\n')) {
    lines.push({ start: at, text: raw.replace(/\r$/, '').trim() });
    at += raw.length + 1;
  }
  const starts: number[] = [];
  const firstProse: string[] = [];
  let proseSince = 0;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (isProse(t)) {
      if (firstProse.length < MIN_PROSE) firstProse.push(t);
      proseSince++;
    }
    if (!vocab.salutation.test(t) || proseSince < MIN_PROSE) continue;
    let title = -1;
    for (let j = i - 1; j >= Math.max(0, i - TITLE_REACH); j--) {
      if (/政府工作报告/.test(lines[j]!.text) && lines[j]!.text.length < 60 && !/[。,]/.test(lines[j]!.text)) {
        title = j;
        break;
      }
      if (isProse(lines[j]!.text)) break;
    }
    if (title < 0) continue;
    // The same report again: its first prose line follows. Leave it to the repeat reader.
    const next: string[] = [];
    for (let k = i + 1; k < lines.length && next.length < MIN_PROSE; k++) if (isProse(lines[k]!.text)) next.push(lines[k]!.text);
    if (next.length === firstProse.length && next.every((t2, k) => t2 === firstProse[k])) continue;
    starts.push(lines[title]!.start);
    proseSince = 0;
  }
  return starts;
}
