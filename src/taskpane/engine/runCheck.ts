/**
 * The check itself, the same in the worker and on the UI thread: find tables in each grid, run the
 * rules, and turn the core engine's output into the pane's report. `step` is awaited between units of
 * work (it yields and throws when cancelled on the UI thread).
 */
import type { CheckRequest } from "./engine";
import type { CheckReport } from "./report";

export interface CheckProgress {
  done: number;
  total: number;
}

export async function runCheck(
  request: CheckRequest,
  onProgress: (progress: CheckProgress) => void,
  step: () => Promise<void>,
): Promise<CheckReport> {
  onProgress({ done: 0, total: request.grids.length });
  await step();
  throw new Error("core/tables and core/rules have not landed yet");
}
