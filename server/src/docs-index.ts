import type { Rule } from './engine/types.js';

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;
const CATEGORY_ZH = { structure: '结构', targets: '目标表述', glossary: '名词解释', figures: '数字', proofreading: '校对' } as const;

/** docs/rules/README.md, generated from the registry (a test fails when the copy is stale). */
export function renderRuleIndex(rules: readonly Rule<any>[]): string {
  const rows = rules.map(
    (r) =>
      `| [\`${r.id}\`](${r.id}.md) | ${CATEGORY_ZH[r.category]} | ${SEVERITY_ZH[r.severity]} (${r.severity}) | ${r.fixable ? '✓' : ''} | ${r.description.zh} | ${r.description.en} |`,
  );
  return [
    '# 规则 / Rules',
    '',
    '<!-- 由 `npm run docs` 从规则注册表生成，请勿手改。Generated from the registry by `npm run docs`; do not edit. -->',
    '',
    '| 规则 | 类别 | 默认级别 | 可修复 | 说明 | Description |',
    '|------|------|----------|--------|------|-------------|',
    ...rows,
    '',
  ].join('\n');
}
