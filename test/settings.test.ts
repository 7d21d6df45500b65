import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, mergeSettings, resolveLocale, settingsJsonSchema, validateSettings } from '../server/src/settings.js';
import { ROOT } from './support.js';

describe('settings', () => {
  it('accepts good values and names each bad one in one message, keeping its default', () => {
    const { settings, problems } = validateSettings({ rules: { 'figure-mismatch': 'loud', 'glossary-order': 'off', nope: 'error' }, debounceMs: -3, wellKnownTerms: ['两带三区'] });
    expect(settings.rules).toEqual({ 'glossary-order': 'off' });
    expect(settings.debounceMs).toBe(DEFAULTS.debounceMs);
    expect(settings.wellKnownTerms).toEqual(['两带三区']);
    expect(problems.map((p) => p.zh)).toEqual([
      '设置 reportLint.rules.figure-mismatch 的值 "loud" 无效，已使用默认值',
      '设置 reportLint.rules 中的规则 nope 不存在，已忽略',
      '设置 reportLint.debounceMs 的值 -3 无效，已使用默认值',
    ]);
  });

  it('never throws on nonsense', () => {
    for (const raw of [null, undefined, 3, 'x', [], { rules: 'all' }, { locale: 5 }]) expect(() => validateSettings(raw)).not.toThrow();
    expect(validateSettings({ rules: 'all' }).problems[0]!.en).toMatch(/reportLint\.rules/);
  });

  it('lets the workspace file override user settings, merging rules and terms', () => {
    const user = validateSettings({ rules: { 'glossary-order': 'off' }, wellKnownTerms: ['甲'] }).settings;
    const merged = mergeSettings(user, { rules: { 'figure-mismatch': 'warning' }, wellKnownTerms: ['乙'] });
    expect(merged.rules).toEqual({ 'glossary-order': 'off', 'figure-mismatch': 'warning' });
    expect(merged.wellKnownTerms).toEqual(['甲', '乙']);
  });

  it('follows the display language when locale is auto, Chinese by default', () => {
    expect(resolveLocale(DEFAULTS, 'en-US')).toBe('en');
    expect(resolveLocale(DEFAULTS, 'zh-cn')).toBe('zh-cn');
    expect(resolveLocale(DEFAULTS, undefined)).toBe('zh-cn');
  });

  it('the committed JSON schema is generated from the zod schema (run `npm run schema` when it fails)', () => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'schemas', 'reportlintrc.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(settingsJsonSchema())));
  });
});
