#!/usr/bin/env node
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const nodeModule = require('node:module');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('report-lint: 尚未构建，请先运行 npm run build（not built yet: run npm run build）\n');
  process.exit(2);
}
// Node ≥ 22.1 keeps V8's compiled code of the bundle between runs (in the OS temp folder;
// NODE_DISABLE_COMPILE_CACHE=1 turns it off), so a run compiles less of the bundle again. The
// cache is made when the bundle is compiled, before run() changes a V8 flag, so the next run
// accepts it. Node 20 has no such cache and runs as before.
if (typeof nodeModule.enableCompileCache === 'function') nodeModule.enableCompileCache();
process.exitCode = require(cli).run(process.argv.slice(2));
