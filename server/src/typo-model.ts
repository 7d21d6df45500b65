// Reads the typo rule's language model from disk (the engine only decodes bytes it is given).
// The build copies data/typo-model.bin.gz next to the bundles; from source, data/ is used.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gunzipSync } from 'node:zlib';
import { decodeTypoModel, type TypoModel } from './engine/text/typo-model.js';

export const TYPO_MODEL_FILE = 'typo-model.bin.gz';

function locate(dir: string): string | undefined {
  return [join(dir, TYPO_MODEL_FILE), join(dir, '..', 'data', TYPO_MODEL_FILE), join(dir, '..', '..', 'data', TYPO_MODEL_FILE)].find(existsSync);
}

/** For the CLI: undefined when the file is missing (the typo rule is then silent). */
export function loadTypoModelSync(dir: string = __dirname): TypoModel | undefined {
  const file = locate(dir);
  return file ? decodeTypoModel(gunzipSync(readFileSync(file))) : undefined;
}

/** For the language server: reads and inflates off the main thread's critical path. */
export async function loadTypoModel(dir: string = __dirname): Promise<TypoModel | undefined> {
  const file = locate(dir);
  if (!file) return undefined;
  const bytes = await promisify(gunzip)(await readFile(file));
  return decodeTypoModel(bytes);
}
