/** `malformed-number`: digit grouping like `13,0000`, an unknown unit (a stray character). */
import type { Indicator, SourceCell } from "../tables/model";
import type { ParsedValue, ValueIssue } from "../value-types";
import { finding, shown, where } from "./finding";
import type { Check, Finding } from "./types";

/** What a baseline cell is called in a message, in place of a period. */
const BASELINE = "現状値 (baseline)";
const MALFORMED: readonly ValueIssue[] = ["malformed-grouping", "unknown-unit"];

export const malformedNumber: Check = {
  id: "malformed-number",
  severity: "warning",
  run({ model }) {
    const findings: Finding[] = [];
    for (const table of model.tables) {
      const report = (
        indicator: Indicator,
        value: ParsedValue | null,
        cell: SourceCell | undefined | null,
        periodLabel: string,
      ) => {
        if (value?.kind !== "number" || value.issues.length === 0 || !cell) return;
        const issue = MALFORMED.find((i) => value.issues.includes(i));
        if (issue === undefined) return;
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
      };
      for (const indicator of table.indicators) {
        for (const p of indicator.periods) {
          report(indicator, p.target, p.cells.target, p.label);
          report(indicator, p.actual, p.cells.actual, p.label);
        }
        report(indicator, indicator.baseline, indicator.baselineCell, BASELINE);
      }
    }
    return findings;
  },
};
