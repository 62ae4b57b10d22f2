/**
 * Recalculation in a real spreadsheet engine: LibreOffice headless converts .xlsx files to .xlsx, which
 * recalculates every formula (forced by the profile setting below) and stores the results.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

const PROGRAM = "soffice";
const TIMEOUT_MS = 240_000;

/** Recalculate OOXML files on load, always (the default trusts cached results, which generated files lack). */
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Fails (never skips) when the program is missing, naming it and how to install it. */
export function assertLibreOfficeInstalled(): void {
  const probe = spawnSync(PROGRAM, ["--version"], { encoding: "utf8", timeout: 60_000, env: process.env });
  if (probe.error !== undefined || probe.status !== 0) {
    throw new Error(
      `The spreadsheet-engine tests need LibreOffice's "${PROGRAM}" program, which was not found or did not run ` +
        `(${probe.error?.message ?? `exit ${probe.status}`}). Install it with: apt-get install -y libreoffice-calc-nogui`,
    );
  }
}

/** One LibreOffice run with a fresh profile; the error text when it failed or left a file out. */
function convert(
  files: readonly string[],
  work: string,
  attempt: number,
): { outputs: string[]; error: string | null } {
  const profile = join(work, `profile-${attempt}`);
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), PROFILE_SETTINGS);
  const out = join(work, `out-${attempt}`);
  const run = spawnSync(
    PROGRAM,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx",
      "--outdir",
      out,
      ...files,
    ],
    { encoding: "utf8", timeout: TIMEOUT_MS, env: process.env },
  );
  const outputs = files.map((file) => join(out, basename(file)));
  const missing = outputs.filter((file) => !existsSync(file));
  if (run.error === undefined && run.status === 0 && missing.length === 0) return { outputs, error: null };
  const status = run.error?.message ?? `exit ${run.status}`;
  return {
    outputs,
    error: `${status}; not converted: ${missing.join(", ") || "none"}; ${run.stdout} ${run.stderr}`,
  };
}

/**
 * Recalculates `files` in one LibreOffice run; returns the recalculated copies, in the same order. A run
 * that fails is tried once more with a fresh profile (another instance starting at the same moment can
 * make the first one give up).
 */
export function recalculate(files: readonly string[]): string[] {
  assertLibreOfficeInstalled();
  const work = mkdtempSync(join(tmpdir(), "kpi-lo-"));
  const first = convert(files, work, 1);
  if (first.error === null) return first.outputs;
  const second = convert(files, work, 2);
  if (second.error === null) return second.outputs;
  throw new Error(`${PROGRAM} could not recalculate the files: ${first.error} / ${second.error}`);
}
