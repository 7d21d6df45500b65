#!/usr/bin/env node
// Regenerates schemas/reportlintrc.schema.json from the zod settings schema (via dist/api.js).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
const api = createRequire(import.meta.url)(join(root, 'dist/api.js'));
mkdirSync(join(root, 'schemas'), { recursive: true });
writeFileSync(join(root, 'schemas/reportlintrc.schema.json'), JSON.stringify(api.settingsJsonSchema(), null, 2) + '\n');
