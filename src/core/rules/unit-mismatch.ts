/**
 * `unit-mismatch`: target and actual of a period in units of different kinds (`件` vs `人`: an error), or
 * periods of one indicator written in different units (`件` among `人`: an error) or scales (`千円` vs
 * `円`: a warning). Units come from the text or from a numeric cell's number format.
 */
import type { Indicator, SourceCell } from "../tables/model";
import type { NumberValue, ParsedValue } from "../value-types";
import type { Evaluation } from "./evaluate";
import { finding, where } from "./finding";
import type { Check, Finding } from "./types";

/** `%` for percentages, else the base unit (`円` for `千円`). */
function kindOf(value: NumberValue): string {
  return value.percent ? "%" : value.baseUnit;
}

export const unitMismatch: Check = {
  id: "unit-mismatch",
  severity: "error",
  run({ evaluations }) {
    const findings: Finding[] = [];
    const firstUnit = new Map<Indicator, { unit: string; kind: string; cell: string }>();
    /**
     * A period's number in another unit than the indicator's first one: a warning when only the scale
     * differs (`千円` vs `円`), an error when the kind does (`件` among `人`, also when one is a format's).
     */
    const periodUnit = (e: Evaluation, value: ParsedValue | null, own: SourceCell | undefined) => {
      if (value?.kind !== "number" || own === undefined) return;
      const first = firstUnit.get(e.indicator);
      if (first === undefined) {
        firstUnit.set(e.indicator, { unit: value.unit, kind: kindOf(value), cell: own.address });
        return;
      }
      if (value.unit === first.unit || value.unit === "" || first.unit === "") return;
      const sameKind = kindOf(value) === first.kind;
      findings.push(
        finding(this, {
          sheet: e.table.sheet,
          cell: own.address,
          severity: sameKind ? "warning" : "error",
          variant: "periods",
          params: {
            ...where(e.indicator, e.period),
            cell: own.address,
            found: value.unit,
            expected: first.unit,
            other: first.cell,
          },
          found: value.unit,
          expected: first.unit,
        }),
      );
    };
    for (const e of evaluations) {
      const cell = e.period.cells.actual ?? e.period.cells.target;
      if (cell === undefined) continue;
      if (e.rate?.kind === "error" && e.rate.code === "unit-mismatch" && e.rate.units !== undefined) {
        const [a, b] = e.rate.units;
        findings.push(
          finding(this, {
            sheet: e.table.sheet,
            cell: cell.address,
            params: { ...where(e.indicator, e.period), cell: cell.address, found: b, expected: a },
            found: b,
            expected: a,
          }),
        );
        continue;
      }
      if (e.period.cumulative) continue;
      periodUnit(e, e.period.target, e.period.cells.target);
      periodUnit(e, e.period.actual, e.period.cells.actual);
    }
    return findings;
  },
};
