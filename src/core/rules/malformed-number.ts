/** `malformed-number`: digit grouping like `13,0000`, two numbers in one cell, an unknown unit (a stray character). */
import type { ValueIssue } from "../value-types";
import { finding, shown, where } from "./finding";
import type { Check, Finding } from "./types";

const MALFORMED: readonly ValueIssue[] = ["malformed-grouping", "multiple-numbers", "unknown-unit"];

export const malformedNumber: Check = {
  id: "malformed-number",
  severity: "warning",
  run({ model }) {
    const findings: Finding[] = [];
    for (const table of model.tables) {
      for (const indicator of table.indicators) {
        const cells = indicator.periods.flatMap((p) => [
          [p.target, p.cells.target, p] as const,
          [p.actual, p.cells.actual, p] as const,
        ]);
        if (indicator.baselineCell !== null)
          cells.push([indicator.baseline, indicator.baselineCell, indicator.periods[0]] as const);
        for (const [value, cell, period] of cells) {
          if (value?.kind !== "number" || cell === undefined) continue;
          const issue = MALFORMED.find((i) => value.issues.includes(i));
          if (issue === undefined) continue;
          findings.push(
            finding(this, {
              sheet: table.sheet,
              cell: cell.address,
              variant: issue,
              params: {
                ...where(indicator, period),
                cell: cell.address,
                found: shown(cell.raw),
                unit: value.unit,
              },
              found: shown(cell.raw),
            }),
          );
        }
      }
    }
    return findings;
  },
};
