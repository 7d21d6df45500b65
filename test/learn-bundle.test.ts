// The editor's Learn command runs `learn` from the language server's bundle (the .vsix ships no
// CLI bundle): it must write what `report-lint learn` writes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEEDS_DIR } from './support.js';

const RUN = 'process.exitCode = require(process.argv[1]).learn(process.argv.slice(2))';

describe('learn through dist/server.js', () => {
  it('writes the conventions the CLI learns from the same folder', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rl-learn-')), 'conventions.json');
    execFileSync(process.execPath, ['-e', RUN, join(ROOT, 'dist', 'server.js'), SEEDS_DIR, '-o', out]);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(readFileSync(join(ROOT, 'dist', 'default-conventions.json'), 'utf8')));
  });

  it('answers a missing output with the learn usage and status 2', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, ['-e', RUN, join(ROOT, 'dist', 'server.js'), SEEDS_DIR], { stdio: 'pipe' });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(status).toBe(2);
    expect(stderr).toContain('report-lint learn');
  });
});
