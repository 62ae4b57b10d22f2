/** `error-value`: an Excel error in a rate or status cell (004: #VALUE! where the actual was 集計中). */
import { isCellError } from "../grid";
import { parseValue } from "../values";
import type { SourceCell } from "../tables/model";
import { rateFix, statusFix, expectedRate, expectedStatus } from "./expected";
import { finding, shown, where } from "./finding";
import type { Check, Finding } from "./types";

function isError(cell: SourceCell | undefined): cell is SourceCell {
  return cell !== undefined && (isCellError(cell.raw) || parseValue(cell.raw).kind === "error");
}

export const errorValue: Check = {
  id: "error-value",
  severity: "error",
  run({ evaluations, settings }) {
    const findings: Finding[] = [];
    for (const e of evaluations) {
      const { rate, status } = e.period.cells;
      if (isError(rate)) {
        const fix = rateFix(e, rate, settings);
        findings.push(
          finding(this, {
            sheet: e.table.sheet,
            cell: rate.address,
            params: {
              ...where(e.indicator, e.period),
              cell: rate.address,
              found: shown(rate.raw),
              expected: expectedRate(e, settings) ?? "",
            },
            found: shown(rate.raw),
            expected: expectedRate(e, settings) ?? undefined,
            fix: fix === null ? undefined : [fix],
          }),
        );
      }
      if (isError(status)) {
        const fix = statusFix(e, status);
        findings.push(
          finding(this, {
            sheet: e.table.sheet,
            cell: status.address,
            params: {
              ...where(e.indicator, e.period),
              cell: status.address,
              found: shown(status.raw),
              expected: expectedStatus(e) ?? "",
            },
            found: shown(status.raw),
            expected: expectedStatus(e) ?? undefined,
            fix: fix === null ? undefined : [fix],
          }),
        );
      }
    }
    return findings;
  },
};
