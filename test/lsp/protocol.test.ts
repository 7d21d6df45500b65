// The language server against the protocol's rules on versions (docs: issue 16), over stdio.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from './client.js';

const uri = 'file:///tmp/report-lint-protocol/草稿.report.txt';
/** Our own draft; the second has one half-width comma among full-width ones (punctuation, line 5). */
const CLEAN = '某县政府工作报告\n\n各位代表：\n\n今年工作扎实，成效明显，群众满意，干部认可。明年继续努力，再创佳绩，不负众望，共同奋斗。\n';
const DOUBLED = CLEAN.replace('满意，干部', '满意,干部');

let client: TestClient;
beforeAll(async () => {
  client = new TestClient();
  await client.initialize(null);
});
afterAll(async () => client.shutdown());

describe('document versions', () => {
  it('a change that reuses the version still gets the new text linted, not the old results', async () => {
    const first = await client.open(uri, CLEAN, 'work-report', 3);
    expect(first.diagnostics.filter((d) => d.code === 'punctuation')).toEqual([]);
    // Against the spec (versions must increase), but clients do it: the text changed, so must the results.
    const second = await client.change(uri, 3, [{ text: DOUBLED }]);
    expect(second.diagnostics.filter((d) => d.code === 'punctuation').map((d) => d.range.start.line)).toEqual([4]);
  });
});
