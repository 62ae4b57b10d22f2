/**
 * `target-trend` (info): in a higher-is-better indicator, a target below the previous period's actual or
 * below the baseline. Often deliberate (004 No.1: 3,665件 → 1,600件), so information only.
 */
import { compareDecimal } from "../decimal";
import { baseDecimal } from "../operands";
import type { ParsedValue } from "../value-types";
import { directionOf } from "./evaluate";
import { finding, shown, where } from "./finding";
import type { Check, Finding } from "./types";

function below(a: ParsedValue | null, b: ParsedValue | null): boolean {
  if (a?.kind !== "number" || b?.kind !== "number" || a.baseUnit !== b.baseUnit || a.percent !== b.percent)
    return false;
  return compareDecimal(baseDecimal(a), baseDecimal(b)) < 0;
}

export const targetTrend: Check = {
  id: "target-trend",
  severity: "info",
  run({ model, settings }) {
    const findings: Finding[] = [];
    for (const table of model.tables) {
      for (const indicator of table.indicators) {
        if (directionOf(indicator, settings).direction !== "up") continue;
        const yearly = indicator.periods.filter((p) => !p.cumulative);
        yearly.forEach((period, k) => {
          const cell = period.cells.target;
          if (cell === undefined) return;
          const previous = k > 0 ? yearly[k - 1] : null;
          const params = { ...where(indicator, period), cell: cell.address, found: shown(cell.raw) };
          if (previous !== null && below(period.target, previous.actual)) {
            findings.push(
              finding(this, {
                sheet: table.sheet,
                cell: cell.address,
                variant: "previous",
                params: {
                  ...params,
                  other: shown(previous.cells.actual?.raw ?? null),
                  otherPeriod: previous.label,
                },
                found: shown(cell.raw),
              }),
            );
          } else if (below(period.target, indicator.baseline)) {
            findings.push(
              finding(this, {
                sheet: table.sheet,
                cell: cell.address,
                variant: "baseline",
                params: { ...params, other: shown(indicator.baselineCell?.raw ?? null) },
                found: shown(cell.raw),
              }),
            );
          }
        });
      }
    }
    return findings;
  },
};
