#!/usr/bin/env node
'use strict';
// The report-lint language server over stdio, for any LSP editor (Neovim, Emacs, Helix...).
const path = require('node:path');
const fs = require('node:fs');
const server = path.join(__dirname, '..', 'dist', 'server.js');
if (!fs.existsSync(server)) {
  process.stderr.write('report-lint-ls: 尚未构建，请先运行 npm run build（not built yet: run npm run build）\n');
  process.exit(2);
}
if (!process.argv.some((a) => a === '--stdio' || a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'))) process.argv.push('--stdio');
require(server).main(path.dirname(server));
