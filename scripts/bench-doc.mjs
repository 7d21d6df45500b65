// Large report-like documents for the benchmarks (issue 15): our example report with its review
// grown by body paragraphs of the seed reports, each copy's figures varied, so the document
// reads as one report (no paragraph, and no head, repeats) of any size.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Body paragraphs of the seeds: lines of 60 characters or more that hold a clause. */
function seedParagraphs(root) {
  const dir = join(root, 'seeds');
  const out = [];
  for (const name of readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
    for (const line of readFileSync(join(dir, name), 'utf8').split(/\r?\n/)) {
      const t = line.trim();
      if (t.length >= 60 && /[，,].*[。；;]/.test(t) && !/^\d+[.．、]/.test(t)) out.push(t);
    }
  }
  return out;
}

/** Copy `k` of a paragraph: every figure but years raised by k (so no two copies are equal). */
function vary(paragraph, k) {
  if (k === 0) return paragraph;
  return paragraph.replace(/\d+(?:\.\d+)?(?![\d.]*年)/g, (m) => (m.includes('.') ? (Number(m) + k / 10).toFixed(m.split('.')[1].length) : String(Number(m) + k)));
}

/** A one-report document of about `chars` characters (never less than the example). */
export function reportOfSize(root, chars) {
  const example = readFileSync(join(root, 'examples', readdirSync(join(root, 'examples')).find((f) => f.endsWith('.txt'))), 'utf8');
  const lines = example.split('\n');
  // Grown inside the review: before the plan's title (the example's second part).
  const at = lines.findIndex((l) => /^二、/.test(l));
  const source = seedParagraphs(root);
  const grown = [];
  let size = example.length;
  for (let i = 0; size < chars; i++) {
    const p = vary(source[i % source.length], Math.floor(i / source.length));
    grown.push(p);
    size += p.length + 1;
  }
  return [...lines.slice(0, at), ...grown, ...lines.slice(at)].join('\n');
}

/**
 * A file of many reports of about `chars` characters in all (issue 15: a file that holds several
 * reports is split and each checked as a report): the seeds and our example one after another,
 * again and again, copy k of each with its figures raised by k (so no report repeats another).
 */
export function reportsOfSize(root, chars) {
  const out = [];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const report = distinctReport(root, i);
    out.push(report);
    size += report.length + 2;
  }
  return out.join('\n\n');
}

let inRepo;
/** Report `i` of an endless series: the seeds and our example in turn, copy k with its figures raised by k. */
export function distinctReport(root, i) {
  const dirs = [join(root, 'seeds'), join(root, 'examples')];
  inRepo ??= dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8').trim()));
  const k = Math.floor(i / inRepo.length);
  return inRepo[i % inRepo.length].split('\n').map((line) => vary(line, k)).join('\n');
}
