import { existsSync } from 'node:fs';
import { z } from 'zod';
import { rules } from './engine/rules/index.js';
import { DEFAULT_SETTINGS, type EngineSettings, type Locale, type Message } from './engine/types.js';
import { readJsonFile } from './files.js';

/** The workspace configuration file read by the editor and by the command line. */
export const RC_FILE = '.reportlintrc.json';

const severity = z.enum(['off', 'error', 'warning', 'info']);

/**
 * User settings: VS Code's `reportLint.*` and the workspace file `.reportlintrc.json` share
 * this schema (its JSON Schema is generated into schemas/reportlintrc.schema.json).
 */
export const settingsSchema = z.object({
  rules: z.record(z.string(), severity).default({}).describe('规则级别：off | error | warning | info（Per-rule severity）'),
  ruleOptions: z.record(z.string(), z.unknown()).default({}).describe('规则选项（Per-rule options）'),
  wellKnownTerms: z.array(z.string().min(1)).default([]).describe('视为常识、无需名词解释的术语（Terms that need no 名词解释 entry）'),
  conventions: z.string().default('').describe('写作惯例文件路径，空为默认（Path to a conventions file; empty = built-in defaults）'),
  punctuation: z.enum(['majority', 'fullwidth']).default('majority').describe('标点宽度：以多数为准，或一律全角（GB/T 15834）'),
  locale: z.enum(['auto', 'zh-cn', 'en']).default('auto').describe('提示语言（Message language）'),
  detectReports: z.boolean().default(true).describe('自动识别 Markdown/纯文本中的工作报告（Lint Markdown/plain text that looks like a report）'),
  debounceMs: z.number().int().min(0).max(5000).default(0).describe('输入后多久开始检查（毫秒）'),
});

export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULTS: Settings = settingsSchema.parse({});

/**
 * Validates settings key by key: a bad value is named in one message and its default is
 * used; the other keys keep their values. Never throws.
 */
export function validateSettings(raw: unknown, source = 'reportLint'): { settings: Settings; problems: Message[] } {
  const problems: Message[] = [];
  const input = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && raw !== null && input !== raw) {
    problems.push({ zh: `${source} 的设置应为对象，已使用默认值`, en: `${source} settings must be an object; defaults used` });
  }
  const settings: Record<string, unknown> = { ...DEFAULTS };
  const shape = settingsSchema.shape;
  for (const key of Object.keys(shape) as (keyof Settings)[]) {
    if (!(key in input) || input[key] === undefined || input[key] === null) continue;
    if (key === 'rules') {
      settings.rules = validateRules(input.rules, source, problems);
      continue;
    }
    const parsed = shape[key].safeParse(input[key]);
    if (parsed.success) settings[key] = parsed.data;
    else problems.push(bad(`${source}.${key}`, input[key]));
  }
  for (const key of Object.keys(input)) {
    if (!(key in shape)) problems.push({ zh: `未知设置 ${source}.${key}，已忽略`, en: `Unknown setting ${source}.${key}, ignored` });
  }
  return { settings: settings as Settings, problems };
}

function validateRules(value: unknown, source: string, problems: Message[]): Settings['rules'] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    problems.push(bad(`${source}.rules`, value));
    return {};
  }
  const known = new Set(rules.map((r) => r.id));
  const out: Settings['rules'] = {};
  for (const [id, level] of Object.entries(value)) {
    if (!known.has(id)) {
      problems.push({ zh: `设置 ${source}.rules 中的规则 ${id} 不存在，已忽略`, en: `Setting ${source}.rules names an unknown rule ${id}; ignored` });
      continue;
    }
    const parsed = severity.safeParse(level);
    if (parsed.success) out[id] = parsed.data;
    else problems.push(bad(`${source}.rules.${id}`, level));
  }
  return out;
}

function bad(key: string, value: unknown): Message {
  // The value is named so the user can find it, but cut short: a settings file is not echoed.
  const full = JSON.stringify(value) ?? String(value);
  const shown = full.length > 40 ? `${full.slice(0, 40)}…` : full;
  return { zh: `设置 ${key} 的值 ${shown} 无效，已使用默认值`, en: `Setting ${key} has an invalid value ${shown}; the default is used` };
}

/**
 * Reads a `.reportlintrc.json`: the keys it sets (validated; a bad value is named and left
 * out) and the problems found. A missing file is no settings and no problem.
 */
export function readWorkspaceSettings(path: string): { settings?: Partial<Settings>; problems: Message[] } {
  if (!existsSync(path)) return { problems: [] };
  // A FIFO or device named .reportlintrc.json is refused unopened; a parse error names the
  // line and column, never the text.
  const read = readJsonFile(path);
  if (!read.ok) return { problems: [{ zh: `${read.message.zh}，已忽略`, en: `${read.message.en}; ignored` }] };
  const raw = read.value;
  const { settings, problems } = validateSettings(raw, RC_FILE);
  const given = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const picked = Object.fromEntries(Object.entries(settings).filter(([k]) => k in given)) as Partial<Settings>;
  return { settings: picked, problems: problems.map((p) => ({ zh: `${path}: ${p.zh}`, en: `${path}: ${p.en}` })) };
}

/** Workspace file over user settings, key by key (rules merged). */
export function mergeSettings(user: Settings, workspace: Partial<Settings> | undefined): Settings {
  if (!workspace) return user;
  return {
    ...user,
    ...workspace,
    rules: { ...user.rules, ...(workspace.rules ?? {}) },
    wellKnownTerms: [...new Set([...user.wellKnownTerms, ...(workspace.wellKnownTerms ?? [])])],
  };
}

export function toEngineSettings(s: Settings): EngineSettings {
  return { ...DEFAULT_SETTINGS, rules: s.rules, ruleOptions: s.ruleOptions, wellKnownTerms: s.wellKnownTerms, punctuation: s.punctuation };
}

export function resolveLocale(s: Settings, clientLocale: string | undefined): Locale {
  if (s.locale !== 'auto') return s.locale;
  if (!clientLocale) return 'zh-cn';
  return /^zh/i.test(clientLocale) ? 'zh-cn' : 'en';
}

/** JSON Schema of .reportlintrc.json (contributed to VS Code through jsonValidation). */
export function settingsJsonSchema(): unknown {
  const schema = z.toJSONSchema(settingsSchema.partial(), { io: 'input' }) as Record<string, unknown>;
  return { $id: 'https://github.com/report-lint/report-lint/schemas/reportlintrc.schema.json', title: '.reportlintrc.json', ...schema };
}
