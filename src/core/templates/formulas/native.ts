/**
 * Formula style `native`: plain Excel functions only, so a workbook opened without the add-in shows the
 * same rates and statuses as the engine. Each formula mirrors a core rule:
 * - rate = actual ÷ target (core `achievementRate`, direction `up`; `down`: target ÷ actual); `""` instead of an error when the
 *   actual is pending, the target is missing or zero. Binary division is not exact (0.448 ÷ 0.56 =
 *   0.7999…, and `=0.7+0.1` holds 0.7999999999999999), so the quotient is rounded to Excel's 15 significant
 *   digits: the rate as Excel shows it, which is how core reads every number from a cell before its exact
 *   arithmetic. The cell then holds the exact rate of every value the checker reads, not binary noise.
 * - status: band by that rate, inclusive lower bounds (core `classifyStatus` on the exact rate): 80 ÷ 80 is
 *   達成 whatever noise the actual's own formula left, and 99,999,999,999 ÷ 100,000,000,000 stays 概ね達成
 *   (a rounding to fewer digits, such as 10 decimals, would call it 達成 against the checker).
 * - a pending actual gives the pending label (a dash gives the dash label); a target that is not a number
 *   or is zero gives the unrated label; an empty target leaves the status empty (a blank form).
 */
import type { StatusBands } from "../../status";
import { isDashOnly, toHalfWidth } from "../../text";
import { EXCEL_SIGNIFICANT_DIGITS } from "../../decimal";
import { equalsAny, quote } from "./text";
import type { FormulaSet } from "./types";
import type { TemplateDirection } from "../types";

/**
 * `x` rounded to Excel's 15 significant digits (core's `significantDecimal`): ROUND at 14 − the decimal
 * exponent of `x`. Zero has no exponent and stays 0.
 */
function asShown(x: string): string {
  return `IF(${x}=0,0,ROUND(${x},${EXCEL_SIGNIFICANT_DIGITS - 1}-INT(LOG10(ABS(${x})))))`;
}

function bandChain(rate: string, bands: StatusBands, projected: boolean): string {
  const label = (band: number) => quote(bands.labels[band] + (projected ? bands.projectedSuffix : ""));
  let chain = label(bands.labels.length - 1);
  for (let band = bands.thresholds.length - 1; band >= 0; band--) {
    chain = `IF(${rate}>=${String(bands.thresholds[band])},${label(band)},${chain})`;
  }
  return chain;
}

/**
 * The rate as a formula over numeric cells, and the test that makes it undefined. Up: actual ÷ target,
 * none for a zero target. Down (core's `down` + `ratio`): target ÷ actual, an actual of 0 being the best
 * possible result (100%); a zero target is a valid goal (rate 0 unless the actual is 0 too).
 */
function quotient(
  actual: string,
  target: string,
  direction: TemplateDirection,
): { value: string; undefinedWhen: string | null } {
  return direction === "down"
    ? { value: `IF(${actual}=0,1,${asShown(`${target}/${actual}`)})`, undefinedWhen: null }
    : { value: asShown(`${actual}/${target}`), undefinedWhen: `${target}=0` };
}

export function nativeFormulas(bands: StatusBands, pendingWords: readonly string[]): FormulaSet {
  const dashes = pendingWords.filter((w) => isDashOnly(toHalfWidth(w).trim()));
  const awaiting = pendingWords.filter((w) => !dashes.includes(w));

  const rate = (actual: string, target: string, direction: TemplateDirection = "up") => {
    const q = quotient(actual, target, direction);
    const value = q.undefinedWhen === null ? q.value : `IF(${q.undefinedWhen},"",${q.value})`;
    return `IF(AND(ISNUMBER(${actual}),ISNUMBER(${target})),${value},"")`;
  };

  return {
    rate,
    status(actual, target, projected, direction = "up") {
      const q = quotient(actual, target, direction);
      const unusableTarget =
        q.undefinedWhen === null
          ? `NOT(ISNUMBER(${target}))`
          : `OR(NOT(ISNUMBER(${target})),${q.undefinedWhen})`;
      const pending = `IF(${equalsAny(actual, ["", ...awaiting])},${quote(bands.pendingLabel)},${
        dashes.length === 0
          ? quote(bands.unratedLabel)
          : `IF(${equalsAny(actual, dashes)},${quote(bands.dashLabel)},${quote(bands.unratedLabel)})`
      })`;
      return (
        `IF(${target}="","",IF(${unusableTarget},${quote(bands.unratedLabel)},` +
        `IF(ISNUMBER(${actual}),${bandChain(q.value, bands, projected)},${pending})))`
      );
    },
    cumulativeTarget: (targets, count) => `IF(COUNT(${targets})=${count},SUM(${targets}),"")`,
    cumulativeActual: (actuals) => `IF(COUNT(${actuals})=0,"",SUM(${actuals}))`,
    cumulativeRate: (_actuals, _targets, cumulativeActual, cumulativeTarget) =>
      rate(cumulativeActual, cumulativeTarget),
  };
}
