// Reads the typo rule's language model from disk (the engine only decodes bytes it is given).
// The build copies data/typo-model.bin.br next to the bundles; from source, data/ is used.
//
// The file is the generator's body cut into pieces of at most 256 KiB, each compressed with
// brotli on its own and preceded by its compressed length (u32, little-endian): the loader
// inflates one piece at a time straight into the model's table, so neither the whole compressed
// file nor the whole decompressed body is held beside it (scripts/gen-typo-model.mjs).
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { decodeTypoModelChunks, type TypoModel } from './engine/text/typo-model.js';

export const TYPO_MODEL_FILE = 'typo-model.bin.br';
/** The largest decompressed piece (scripts/gen-typo-model.mjs). */
const PIECE = 1 << 18;

function locate(dir: string): string | undefined {
  return [join(dir, TYPO_MODEL_FILE), join(dir, '..', 'data', TYPO_MODEL_FILE), join(dir, '..', '..', 'data', TYPO_MODEL_FILE)].find(existsSync);
}

/** The decompressed pieces of the model file, in order, read as they are asked for. */
function* pieces(file: string): Generator<Uint8Array> {
  const fd = openSync(file, 'r');
  try {
    const length = Buffer.alloc(4);
    // One buffer for every compressed piece, and each piece inflated into one buffer of its
    // size (zlib's default 16 KiB chunks would be collected and then copied once more).
    let compressed = Buffer.alloc(PIECE);
    let position = 0;
    while (readSync(fd, length, 0, 4, position) === 4) {
      const size = length.readUInt32LE(0);
      if (size > compressed.length) compressed = Buffer.alloc(size);
      if (readSync(fd, compressed, 0, size, position + 4) !== size) throw new Error('typo model truncated');
      position += 4 + size;
      yield brotliDecompressSync(compressed.subarray(0, size), { chunkSize: PIECE });
    }
  } finally {
    closeSync(fd);
  }
}

/** For the CLI: undefined when the file is missing (the typo rule is then silent). */
export function loadTypoModelSync(dir: string = __dirname): TypoModel | undefined {
  const file = locate(dir);
  return file ? loadTypoModelFile(file) : undefined;
}

/** The model in a file the generator wrote (scripts/eval-typo.mjs trains its own). */
export function loadTypoModelFile(file: string): TypoModel {
  return decodeTypoModelChunks(pieces(file));
}

/** For the language server: after the current turn, so the first diagnostics go out first. */
export async function loadTypoModel(dir: string = __dirname): Promise<TypoModel | undefined> {
  await new Promise((resolve) => setImmediate(resolve));
  return loadTypoModelSync(dir);
}
