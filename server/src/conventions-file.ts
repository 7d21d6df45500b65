import { join } from 'node:path';
import { emptyConventions, validateConventions, type Conventions } from './engine/conventions/schema.js';
import type { Message } from './engine/types.js';
import { readJsonFile } from './files.js';

export type ConventionsRead = { ok: true; value: Conventions } | { ok: false; message: Message };

/**
 * Reads and validates a conventions file; the message names the file and the first bad key, or
 * the line and column where the JSON breaks, and never quotes the file's text. A FIFO, device or
 * oversized file is refused without being read.
 */
export function readConventionsFile(path: string): ConventionsRead {
  const read = readJsonFile(path, { zh: '写作惯例文件', en: 'the conventions file' });
  if (!read.ok) return read;
  const json = read.value;
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
