// npm run bench: runs bench/run.ts from source (swc module hooks) with the GC exposed for memory figures.
import { spawnSync } from "node:child_process";

const result = spawnSync(
  process.execPath,
  [
    "--expose-gc",
    "--max-old-space-size=8192",
    "--import",
    "./scripts/register-ts.mjs",
    "bench/run.ts",
    ...process.argv.slice(2),
  ],
  { stdio: "inherit" },
);
process.exit(result.status ?? 1);
