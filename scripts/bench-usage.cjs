// Preloaded by scripts/bench.mjs into a child process: at exit, writes the process's own CPU
// time and peak memory to stderr on one marked line (spawnSync gives no rusage of a child).
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`\nBENCH_USAGE ${JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMiB: u.maxRSS / 1024 })}\n`);
});
