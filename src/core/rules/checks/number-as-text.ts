/**
 * `number-as-text`: a target or actual stored as text (`1,600件`, full-width digits). Excel's own formulas
 * cannot use it; the fix writes the number with a format that keeps the unit visible (`#,##0"件"`).
 */
import { decimalToNumber, shiftDecimal } from "../../decimal";
import type { NumberValue } from "../../value-types";
import { finding, shown, valueFix, where } from "../finding";
import type { Check, Finding } from "../types";

/** `#,##0"件"`, `#,##0.0"%"` → for a percentage the value is written as a fraction with `0.0%`. */
export function numberFormatOf(value: NumberValue): string {
  const decimals = Math.max(0, -value.decimal.exponent);
  const body = `#,##0${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}`;
  if (value.percent) return `${decimals > 0 ? `0.${"0".repeat(decimals)}` : "0"}%`;
  return value.unit === "" ? body : `${body}"${value.unit.replace(/"/g, "")}"`;
}

function cellValueOf(value: NumberValue): number {
  return value.percent ? decimalToNumber(shiftDecimal(value.decimal, -2)) : value.value;
}

export const numberAsText: Check = {
  id: "number-as-text",
  severity: "warning",
  run({ evaluations }) {
    const findings: Finding[] = [];
    for (const e of evaluations) {
      for (const [value, cell] of [
        [e.period.target, e.period.cells.target],
        [e.period.actual, e.period.cells.actual],
      ] as const) {
        if (value?.kind !== "number" || cell === undefined || typeof cell.raw !== "string") continue;
        const clean =
          value.note === undefined &&
          !value.issues.includes("multiple-numbers") &&
          !value.issues.includes("malformed-grouping");
        findings.push(
          finding(this, {
            sheet: e.table.sheet,
            cell: cell.address,
            params: { ...where(e.indicator, e.period), cell: cell.address, found: shown(cell.raw) },
            found: shown(cell.raw),
            fix: clean
              ? [valueFix(e.table.sheet, cell, cellValueOf(value), numberFormatOf(value))]
              : undefined,
          }),
        );
      }
    }
    return findings;
  },
};
