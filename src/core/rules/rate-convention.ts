/**
 * Rates in the table's own convention (see `tables/rate-scale.ts`): what a rate cell should show, how a
 * numeric cell's held number reads as a fraction, and what a fix writes — a number formatted as a
 * percentage, points (209.4), or text (`209.4%`), each also as a formula that survives a pending actual.
 */
import { shiftDecimal, significantDecimal, type Decimal } from "../decimal";
import { formatNumber } from "../format";
import { formatUnit, plainDecimals } from "../number-formats";
import { ratioFromDecimal, ratioToNumber, type Ratio, type RoundingRule } from "../ratio";
import { formatRate, roundRate } from "../rounding";
import type { RateScale, SourceCell } from "../tables/model";
import type { CellValue } from "../grid";

const HUNDRED = BigInt(100);

/** The rate as the convention shows it, rounded by `rule`: `209.4%`, or `209.4` in points. */
export function shownRate(ratio: Ratio, scale: RateScale, decimals: number, rule: RoundingRule): string {
  return scale === "points"
    ? formatNumber(roundRate(ratio, decimals, rule))
    : formatRate(ratio, decimals, rule);
}

/**
 * The rate a number cell holds so that its format shows it by `rule`: the exact rate under half up (a
 * format displays half up, and the cell keeps every digit); the rate already rounded under another rule
 * (the exact 1.0625 would show 106.3% where half to even publishes 106.2%).
 */
function heldRate(ratio: Ratio, decimals: number, rule: RoundingRule): Ratio {
  return rule === "half-up" ? ratio : ratioFromDecimal(shiftDecimal(roundRate(ratio, decimals, rule), -2));
}

/** A numeric rate cell is in points when the table keeps points and its own format shows no percentage. */
export function holdsPoints(cell: SourceCell, scale: RateScale): boolean {
  return scale === "points" && formatUnit(cell.numberFormat)?.shownPower !== -2;
}

/** A numeric cell's held rate as a fraction, at Excel's 15 digits (209.4 in points → 2.094). */
export function heldFraction(raw: number, points: boolean): Decimal | null {
  const held = significantDecimal(raw);
  return held === null || !points ? held : shiftDecimal(held, -2);
}

/** The constant a fix writes for a rate, with the format it needs (none for text). */
export function rateConstant(
  ratio: Ratio,
  scale: RateScale,
  decimals: number,
  rule: RoundingRule,
  cell: SourceCell,
  percentFormat: string,
): { value: CellValue; numberFormat?: string } {
  if (scale === "text") return { value: formatRate(ratio, decimals, rule) };
  const held = heldRate(ratio, decimals, rule);
  if (scale === "points")
    return {
      value: ratioToNumber({ numerator: held.numerator * HUNDRED, denominator: held.denominator }),
      numberFormat: pointsFormat(cell, decimals),
    };
  return { value: ratioToNumber(held), numberFormat: percentFormat };
}

/** The cell's own plain format when it has one, else one with the settings' decimals. */
export function pointsFormat(cell: SourceCell, decimals: number): string {
  if (plainDecimals(cell.numberFormat) !== null) return cell.numberFormat as string;
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

/** The quotient `actual/target` in the convention, as a formula term. */
export function rateTerm(actual: string, target: string, scale: RateScale, decimals: number): string {
  if (scale === "points") return `${actual}/${target}*100`;
  if (scale === "text")
    return `TEXT(${actual}/${target},"${decimals > 0 ? `0.${"0".repeat(decimals)}` : "0"}%")`;
  return `${actual}/${target}`;
}
