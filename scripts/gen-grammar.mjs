#!/usr/bin/env node
// Writes the vocabulary-driven patterns of the TextMate grammar (part titles, the 名词解释
// heading and its entries) from server/src/engine/genre/grammar.ts into
// syntaxes/work-report.tmLanguage.json. Run after changing genre/vocabulary.ts (needs
// `npm run build`); test/grammar-generated.test.ts fails when the committed grammar is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { grammarPatterns, applyGrammarPatterns } = createRequire(import.meta.url)(join(root, 'dist', 'api.js'));
const file = join(root, 'syntaxes', 'work-report.tmLanguage.json');
const grammar = JSON.parse(readFileSync(file, 'utf8'));
writeFileSync(file, JSON.stringify(applyGrammarPatterns(grammar, grammarPatterns()), null, 2) + '\n');

