/**
 * `pending-actual`: an actual not reported yet (集計中, 年度末に調査, `-`). Information when the status and
 * rate already say so; an error when the sheet shows an Excel error instead (fixed by `error-value`).
 */
import { holdsError, shown } from "./finding";
import { periodCellFinding } from "./period-finding";
import type { Check, Finding } from "./types";

export const pendingActual: Check = {
  id: "pending-actual",
  severity: "info",
  run({ evaluations }) {
    const findings: Finding[] = [];
    for (const e of evaluations) {
      const { actual } = e.period;
      const cell = e.period.cells.actual;
      if (cell === undefined || actual?.kind !== "pending" || actual.placeholder === "empty") continue;
      const broken = holdsError(e.period.cells.rate) || holdsError(e.period.cells.status);
      findings.push(
        periodCellFinding(this, e, cell, {
          severity: broken ? "error" : "info",
          variant: broken ? "broken" : undefined,
          params: { found: shown(cell.raw), expected: e.status?.label ?? "" },
          found: shown(cell.raw),
        }),
      );
    }
    return findings;
  },
};
