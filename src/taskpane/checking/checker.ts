/**
 * How the task pane runs a check: grids and settings in, a report out, with progress and cancel.
 * The real pane runs it in a Web Worker (./workerChecker); tests and hosts without workers use the
 * same-thread checker below, which yields between steps so progress still renders.
 */
import type { KpiLayout } from "../../core";
import type { Grid } from "../../core/grid";
import type { Lang } from "../app/i18n";
import type { PaneSettings } from "../settings/settings";
import type { PaneReport } from "./report";
import { runCheck, type CheckProgress } from "./runCheck";

export interface CheckRequest {
  grids: Grid[];
  settings: PaneSettings;
  lang: Lang;
  /** The reading of the tables it names (the workbook's saved one, or the one being edited). */
  layout?: KpiLayout;
}

export interface Checker {
  /** Rejects with an `AbortError` DOMException when `signal` aborts. */
  check(
    request: CheckRequest,
    onProgress: (progress: CheckProgress) => void,
    signal: AbortSignal,
  ): Promise<PaneReport>;
}

export function abortError(): DOMException {
  return new DOMException("The check was cancelled.", "AbortError");
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createInThreadChecker(): Checker {
  return {
    async check(request, onProgress, signal) {
      return runCheck(request, onProgress, async () => {
        await nextTick();
        if (signal.aborted) throw abortError();
      });
    },
  };
}
