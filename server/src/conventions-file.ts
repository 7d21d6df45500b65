import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyConventions, validateConventions, type Conventions } from './engine/conventions/schema.js';
import type { Message } from './engine/types.js';

export type ConventionsRead = { ok: true; value: Conventions } | { ok: false; message: Message };

/** Reads and validates a conventions file; the message names the file and the first bad key. */
export function readConventionsFile(path: string): ConventionsRead {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, message: { zh: `${path}: 无法读取写作惯例文件（${code}）`, en: `${path}: cannot read the conventions file (${code})` } };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: { zh: `${path}: 写作惯例文件不是有效的 JSON（${detail}）`, en: `${path}: the conventions file is not valid JSON (${detail})` } };
  }
  const result = validateConventions(json);
  if (result.ok) return result;
  return {
    ok: false,
    message: {
      zh: `${path}: 写作惯例文件无效，键 ${result.key}：${result.problem}`,
      en: `${path}: invalid conventions file, key ${result.key}: ${result.problem}`,
    },
  };
}

/**
 * The default conventions, learned from seeds/ by the build and shipped next to the bundle.
 * Falls back to empty conventions (built-in knowledge only) if the file is missing.
 */
export function loadDefaultConventions(dir: string = __dirname): Conventions {
  const read = readConventionsFile(join(dir, 'default-conventions.json'));
  return read.ok ? read.value : emptyConventions();
}
