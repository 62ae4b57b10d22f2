/**
 * The kpi-check command (bin/kpi-check.js runs this module from the bundle in dist-cli/ or through swc's module
 * hooks; see ./README.md): runs on import and sets the exit code without `process.exit`, so that everything
 * written is flushed first. See ./run.ts for the commands and exit codes.
 */
// Imported, not read beside this file at run time: the bundle (CommonJS, in dist-cli/) has no import.meta and
// lives elsewhere. package.json is then one of the bundle's inputs, so an old version is never shown.
import packageJson from "../../package.json";
import { runCli } from "./run";

// `kpi-check … | head` closes stdout early: the rest of the output has no reader, so EPIPE is ignored and
// the run still ends with its own exit code. Any other failure of stdout is one line on stderr, exit 2.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") return;
  process.stderr.write(`kpi-check: ${error.message}\n`);
  process.exitCode = 2;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  version: packageJson.version,
});
