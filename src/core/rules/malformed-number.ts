/** `malformed-number`: digit grouping like `13,0000`, two numbers in one cell, an unknown unit (a stray character). */
import type { ValueIssue } from "../value-types";
import { finding, shown, where } from "./finding";
import type { Check, Finding } from "./types";

/** What a baseline cell is called in a message, in place of a period. */
const BASELINE = "現状値 (baseline)";
const MALFORMED: readonly ValueIssue[] = ["malformed-grouping", "multiple-numbers", "unknown-unit"];

export const malformedNumber: Check = {
  id: "malformed-number",
  severity: "warning",
  run({ model }) {
    const findings: Finding[] = [];
    for (const table of model.tables) {
      for (const indicator of table.indicators) {
        const cells = indicator.periods.flatMap((p) => [
          [p.target, p.cells.target, p.label] as const,
          [p.actual, p.cells.actual, p.label] as const,
        ]);
        if (indicator.baselineCell !== null) {
          cells.push([indicator.baseline, indicator.baselineCell, BASELINE] as const);
        }
        for (const [value, cell, periodLabel] of cells) {
          if (value?.kind !== "number" || cell === undefined) continue;
          const issue = MALFORMED.find((i) => value.issues.includes(i));
          if (issue === undefined) continue;
          findings.push(
            finding(this, {
              sheet: table.sheet,
              cell: cell.address,
              variant: issue,
              params: {
                ...where(indicator, periodLabel),
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
