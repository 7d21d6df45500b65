import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { renderRuleIndex } from '../server/src/docs-index.js';
import { rules } from '../server/src/engine/rules/index.js';
import { ROOT } from './support.js';

it('docs/rules/README.md is generated from the registry (run `npm run docs` when it fails)', () => {
  const committed = readFileSync(join(ROOT, 'docs', 'rules', 'README.md'), 'utf8');
  expect(committed).toBe(renderRuleIndex(rules));
  for (const r of rules) expect(committed).toContain(`[\`${r.id}\`](${r.id}.md)`);
});
