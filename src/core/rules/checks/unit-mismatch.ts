/**
 * `unit-mismatch`: target and actual of a period in units of different kinds (`件` vs `人`: an error), or
 * periods of one indicator written in different units (`件` among `人`: an error) or scales (`千円` vs
 * `円`: a warning). Units come from the text or from a numeric cell's number format.
 */
import type { Indicator, SourceCell } from "../../tables/model";
import type { NumberValue, ParsedValue } from "../../value-types";
import type { Evaluation } from "../evaluate";
import { finding, where } from "../finding";
import type { Check, Finding } from "../types";
import type { Catalog } from "../../i18n/types";

/** The messages of its findings (`rules.<id>[.<variant>]`), in the catalog through catalog/rules.ts. */
export const messages = {
  "rules.unit-mismatch": {
    ja: "{cell}（{indicator} {period}）の目標（{expected}）と実績（{found}）の単位の種類が異なるため、比較できません。",
    en: "{cell} ({indicator}, {period}): target ({expected}) and actual ({found}) are in units of different kinds and cannot be compared.",
  },
  "rules.unit-mismatch.periods": {
    ja: "{cell}（{indicator} {period}）の単位「{found}」が {other} の「{expected}」と異なります。単位と桁をそろえてください。",
    en: "{cell} ({indicator}, {period}) is written in “{found}” while {other} uses “{expected}”; use one unit and scale.",
  },
} as const satisfies Catalog;

/** `%` for percentages, else the base unit (`円` for `千円`). */
function kindOf(value: NumberValue): string {
  return value.percent ? "%" : value.baseUnit;
}

export const unitMismatch: Check<keyof typeof messages> = {
  id: "unit-mismatch",
  severity: "error",
  messages,
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
          code: "rules.unit-mismatch.periods",
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
            code: "rules.unit-mismatch",
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
