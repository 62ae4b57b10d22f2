/**
 * `cumulative-mismatch`: a 累計 column that is not what it claims: its target the sum of every yearly
 * target, its actual the sum of the actuals reported so far, its rate their quotient (000: 12 / 86 = 14.0%).
 * Stocks (the name says 累計: every value already a running total) and changed indicators are skipped.
 */
import { addDecimal, compareDecimal, decimal, shiftDecimal, type Decimal } from "../../decimal";
import { formatNumber } from "../../format";
import { baseDecimal } from "../../operands";
import type { Period, SourceCell } from "../../tables/model";
import type { NumberValue, ParsedValue } from "../../value-types";
import { expectedRate, rateAgrees, rateFix } from "../expected";
import { valueFix } from "../finding";
import { storedForBase } from "../../number-formats";
import { mismatchFinding } from "../period-finding";
import { rateScaleOf } from "../../tables/rate-scale";
import type { Check, CellFix, Finding } from "../types";
import type { Catalog } from "../../i18n/types";

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

/** The messages of its findings (`rules.<id>[.<variant>]`), in the catalog through catalog/rules.ts. */
export const messages = {
  "rules.cumulative-mismatch.target": {
    ja: "{cell}（{indicator} {period}）の累計目標 {found} は、各年度の目標の合計 {expected} と一致しません。",
    en: "{cell} ({indicator}, {period}): the cumulative target {found} is not the sum of the yearly targets, {expected}.",
  },
  "rules.cumulative-mismatch.actual": {
    ja: "{cell}（{indicator} {period}）の累計実績 {found} は、報告済みの各年度の実績の合計 {expected} と一致しません。",
    en: "{cell} ({indicator}, {period}): the cumulative actual {found} is not the sum of the reported yearly actuals, {expected}.",
  },
  "rules.cumulative-mismatch.rate": {
    ja: "{cell}（{indicator} {period}）の累計達成率 {found} は、実績の合計÷計画期間全体の目標の合計 {expected} と一致しません。",
    en: "{cell} ({indicator}, {period}): the cumulative rate {found} is not the sum of actuals ÷ the sum of all planned targets, {expected}.",
  },
} as const satisfies Catalog;

export const cumulativeMismatch: Check<keyof typeof messages> = {
  id: "cumulative-mismatch",
  severity: "error",
  messages,
  run({ evaluations, settings }) {
    const findings: Finding[] = [];
    for (const e of evaluations) {
      const { period, indicator } = e;
      if (!period.cumulative || indicator.cumulativeSeries || e.changed) continue;
      const yearly = indicator.periods.filter((p: Period) => !p.cumulative);
      const checks: [ParsedValue | null, SourceCell | undefined, Decimal | null, "target" | "actual"][] = [
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
          typeof cell.raw === "number" ? storedForBase(sum, value, cell.numberFormat) : expected,
        );
        findings.push(
          mismatchFinding(this, e, cell, expected, { code: `rules.cumulative-mismatch.${role}`, fix }),
        );
      }
      const rateCell = period.cells.rate;
      if (
        rateCell !== undefined &&
        e.rate?.kind === "rate" &&
        rateAgrees(e.rate.ratio, rateCell, period.rate, settings, rateScaleOf(e.table)) === false
      ) {
        const expected = expectedRate(e, settings) ?? "";
        const fix = rateFix(e, rateCell, settings);
        findings.push(
          mismatchFinding(this, e, rateCell, expected, { code: "rules.cumulative-mismatch.rate", fix }),
        );
      }
    }
    return findings;
  },
};
