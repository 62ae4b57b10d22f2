/** `error-value`: an Excel error in a rate or status cell (004: #VALUE! where the actual was 集計中). */
import type { SourceCell } from "../tables/model";
import type { Evaluation } from "./evaluate";
import { expectedRate, expectedStatus, rateFix, statusFix } from "./expected";
import { finding, holdsError, shown, where } from "./finding";
import type { CellFix, Check, Finding } from "./types";

export const errorValue: Check = {
  id: "error-value",
  severity: "error",
  run({ evaluations, settings }) {
    const findings: Finding[] = [];
    const report = (e: Evaluation, cell: SourceCell, expected: string | null, fix: CellFix | null) => {
      const params = {
        ...where(e.indicator, e.period),
        cell: cell.address,
        found: shown(cell.raw),
        expected: expected ?? "",
      };
      findings.push(
        finding(this, {
          sheet: e.table.sheet,
          cell: cell.address,
          params,
          found: shown(cell.raw),
          expected: expected ?? undefined,
          fix: fix === null ? undefined : [fix],
        }),
      );
    };
    for (const e of evaluations) {
      const { rate, status } = e.period.cells;
      if (holdsError(rate)) report(e, rate, expectedRate(e, settings), rateFix(e, rate, settings));
      if (holdsError(status)) report(e, status, expectedStatus(e), statusFix(e, status));
    }
    return findings;
  },
};
