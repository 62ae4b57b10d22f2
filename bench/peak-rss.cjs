// Preloaded into a measured command: reports its peak resident memory on stderr when it exits.
process.on("exit", () => process.stderr.write(`PEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`));
