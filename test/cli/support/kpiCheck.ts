/** Runs the kpi-check command as a child process, as a user would (`node bin/kpi-check.js …`). */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..", "..");
export const SAMPLES = join(ROOT, "samples");
const BIN = join(ROOT, "bin", "kpi-check.js");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Wall time of the whole process, startup included. */
  ms: number;
}

export function kpiCheck(args: readonly string[], cwd: string = ROOT): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        resolve({ code, stdout, stderr, ms: Date.now() - started });
      },
    );
  });
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}
