/** `rate-mismatch`: a published rate that the exact rate, rounded by the publication rule, does not give. */
import { expectedRate, rateAgrees, rateFix } from "./expected";
import { finding, shown, where } from "./finding";
import type { Check, Finding } from "./types";

export const rateMismatch: Check = {
  id: "rate-mismatch",
  severity: "error",
  run({ evaluations, settings }) {
    const findings: Finding[] = [];
    for (const e of evaluations) {
      const cell = e.period.cells.rate;
      if (cell === undefined || e.rate?.kind !== "rate" || e.period.cumulative) continue;
      if (rateAgrees(e.rate.ratio, cell, e.period.rate, settings) !== false) continue;
      const expected = expectedRate(e, settings) ?? "";
      const fix = rateFix(e, cell, settings);
      findings.push(
        finding(this, {
          sheet: e.table.sheet,
          cell: cell.address,
          params: { ...where(e.indicator, e.period), cell: cell.address, found: shown(cell.raw), expected },
          found: shown(cell.raw),
          expected,
          fix: fix === null ? undefined : [fix],
        }),
      );
    }
    return findings;
  },
};
