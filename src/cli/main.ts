/**
 * The kpi-check command (bin/kpi-check.js imports this module through swc's module hooks): runs on
 * import and sets the exit code without `process.exit`, so that everything written is flushed first.
 * See ./run.ts for the commands and exit codes.
 */
import { readFileSync } from "node:fs";
import { runCli } from "./run";

// `kpi-check … | head` closes stdout early: the rest of the output has no reader, so EPIPE is ignored and
// the run still ends with its own exit code. Any other failure of stdout is one line on stderr, exit 2.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") return;
  process.stderr.write(`kpi-check: ${error.message}\n`);
  process.exitCode = 2;
});

const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  version: string;
};

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  version,
});
