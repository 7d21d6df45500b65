// Types of scripts/fuzz-docs.mjs for test/fuzz.test.ts.
export function ownLines(): string[];
export function rng(seed: number): () => number;
export function makeDoc(seed: number, lines: string[], size?: { parts?: number; run?: number }): string;
export function hasLoneSurrogate(text: string): boolean;
export function splitsPair(text: string, offset: number): boolean;
export function checkDoc(
  text: string,
  api: {
    lint(text: string): { findings: any[]; failures: { rule: string; error: string }[] };
    computeLineStarts(text: string): number[];
    applySpanEdits(text: string, edits: any[]): { text: string };
    safeEdits?(result: any): { edits: any[] };
  },
): { violations: string[]; counts: { findings: number; edits: number; passes: number } };
