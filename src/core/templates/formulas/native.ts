/**
 * Formula style `native`: plain Excel functions only, so a workbook opened without the add-in shows the
 * same rates and statuses as the engine. Each formula mirrors a core rule:
 * - rate = actual ÷ target (core `achievementRate`, direction `up`; `down`: target ÷ actual); `""` instead of an error when the
 *   actual is pending, the target is missing or zero. Binary division is not exact (0.448 ÷ 0.56 =
 *   0.7999…), so the quotient is rounded to 10 decimals: the cell then holds the exact rate to 10 decimals
 *   (far below the 0.1 point a publication shows), not binary noise that a check or a reader would trip on.
 * - status: band by that rate, inclusive lower bounds (core `classifyStatus` on the exact rate): every rate
 *   of up to 10 decimals compares as its exact value.
 * - a pending actual gives the pending label (a dash gives the dash label); a target that is not a number
 *   or is zero gives the unrated label; an empty target leaves the status empty (a blank form).
 */
import type { StatusBands } from "../../status";
import { isDashOnly, toHalfWidth } from "../../text";
import { equalsAny, quote } from "./text";
import type { FormulaSet } from "./types";
import type { TemplateDirection } from "../types";

/** Decimals kept of a binary quotient: the rate cell's value and what the band's lower bounds are compared with. */
export const COMPARISON_DIGITS = 10;

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
    ? { value: `IF(${actual}=0,1,ROUND(${target}/${actual},${COMPARISON_DIGITS}))`, undefinedWhen: null }
    : { value: `ROUND(${actual}/${target},${COMPARISON_DIGITS})`, undefinedWhen: `${target}=0` };
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
