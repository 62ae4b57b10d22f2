// Preloaded into a measured command: reports its peak resident memory and the CPU time it used (user +
// system, which a loaded machine does not inflate as it does wall time) on stderr when it exits.
process.on("exit", () => {
  const usage = process.resourceUsage();
  const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
  process.stderr.write(`PEAK_RSS_KB=${usage.maxRSS}\nCPU_MS=${cpuMs}\n`);
});
