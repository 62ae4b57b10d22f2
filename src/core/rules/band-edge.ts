/**
 * `band-edge` (info): the displayed rate rounds into another band than the exact rate (9,999 / 10,000
 * shows 100.0% but is 概ね達成 by the exact rate). The status follows the `banding` setting; this says so.
 */
import { roundingCrossesBand } from "../status";
import { formatRate } from "../rounding";
import { periodCellFinding } from "./period-finding";
import type { Check, Finding } from "./types";

export const bandEdge: Check = {
  id: "band-edge",
  severity: "info",
  run({ evaluations, settings }) {
    const findings: Finding[] = [];
    for (const e of evaluations) {
      if (e.rate?.kind !== "rate" || e.status === null || !roundingCrossesBand(e.rate.ratio, settings.bands))
        continue;
      const cell = e.period.cells.status ?? e.period.cells.rate ?? e.period.cells.actual;
      if (cell === undefined) continue;
      const rate = formatRate(e.rate.ratio, settings.rateDecimals);
      findings.push(
        periodCellFinding(this, e, cell, {
          params: { rate, expected: e.status.label, banding: settings.banding },
          expected: e.status.label,
        }),
      );
    }
    return findings;
  },
};
