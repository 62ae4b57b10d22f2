/**
 * `cumulative-mismatch`: a 累計 column that is not what it claims: its target the sum of every yearly
 * target, its actual the sum of the actuals reported so far, its rate their quotient (000: 12 / 86 = 14.0%).
 * Stocks (the name says 累計: every value already a running total) and changed indicators are skipped.
 */
import { addDecimal, compareDecimal, decimal, decimalToNumber, shiftDecimal, type Decimal } from "../decimal";
import { formatNumber } from "../format";
import { baseDecimal } from "../operands";
import type { Period, SourceCell } from "../tables/model";
import type { NumberValue, ParsedValue } from "../value-types";
import { expectedRate, rateAgrees, rateFix } from "./expected";
import { valueFix } from "./finding";
import { mismatchFinding } from "./period-finding";
import { rateScaleOf } from "../tables/rate-scale";
import type { Check, CellFix, Finding } from "./types";

function sumOf(values: readonly (ParsedValue | null)[]): Decimal | null {
  let sum = decimal(BigInt(0));
  let any = false;
  for (const v of values) {
    if (v?.kind !== "number") continue;
    sum = addDecimal(sum, baseDecimal(v));
    any = true;
  }
  return any ? sum : null;
}

/** The sum in the cumulative cell's own unit and scale (`1,800,000` for 千円). */
function inOwnUnit(sum: Decimal, own: NumberValue): string {
  return formatNumber(shiftDecimal(sum, -own.scalePower), own.unit);
}

export const cumulativeMismatch: Check = {
  id: "cumulative-mismatch",
  severity: "error",
  run({ evaluations, settings }) {
    const findings: Finding[] = [];
    for (const e of evaluations) {
      const { period, indicator } = e;
      if (!period.cumulative || indicator.cumulativeSeries || e.changed) continue;
      const yearly = indicator.periods.filter((p: Period) => !p.cumulative);
      const checks: [ParsedValue | null, SourceCell | undefined, Decimal | null, string][] = [
        [period.target, period.cells.target, sumOf(yearly.map((p) => p.target)), "target"],
        [period.actual, period.cells.actual, sumOf(yearly.map((p) => p.actual)), "actual"],
      ];
      for (const [value, cell, sum, role] of checks) {
        if (value?.kind !== "number" || cell === undefined || sum === null) continue;
        if (compareDecimal(baseDecimal(value), sum) === 0) continue;
        const expected = inOwnUnit(sum, value);
        const fix: CellFix = valueFix(
          e.table.sheet,
          cell,
          typeof cell.raw === "number" ? decimalToNumber(shiftDecimal(sum, -value.scalePower)) : expected,
        );
        findings.push(mismatchFinding(this, e, cell, expected, { variant: role, fix }));
      }
      const rateCell = period.cells.rate;
      if (
        rateCell !== undefined &&
        e.rate?.kind === "rate" &&
        rateAgrees(e.rate.ratio, rateCell, period.rate, settings, rateScaleOf(e.table)) === false
      ) {
        const expected = expectedRate(e, settings) ?? "";
        const fix = rateFix(e, rateCell, settings);
        findings.push(mismatchFinding(this, e, rateCell, expected, { variant: "rate", fix }));
      }
    }
    return findings;
  },
};
