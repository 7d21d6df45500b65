#!/usr/bin/env node
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('report-lint: 尚未构建，请先运行 npm run build（not built yet: run npm run build）\n');
  process.exit(2);
}
process.exitCode = require(cli).run(process.argv.slice(2));
