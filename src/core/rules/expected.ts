/**
 * What a rate or status cell should hold, from an evaluation, and the fix that writes it. A pending actual
 * gives its placeholder (集計中, or `-` for a dash: 004's abolished measure); a rate is written as a number
 * in the table's convention (a fraction formatted as a percentage, points, or text; see `rate-convention.ts`),
 * or as a formula that survives a pending actual when the cell already held a formula.
 */
import type { Decimal } from "../decimal";
import { percentFormat, percentFormatDecimals, plainDecimals } from "../number-formats";
import { formatRate, matchesPublishedRate } from "../rounding";
import { ratioFromDecimal, roundRatio, type Ratio, type RoundingRule } from "../ratio";
import type { RateScale, SourceCell } from "../tables/model";
import { rateScaleOf } from "../tables/rate-scale";
import {
  heldFraction,
  holdsPoints,
  pointsFormat,
  rateConstant,
  rateTerm,
  shownRate,
} from "./rate-convention";
import type { ParsedValue } from "../value-types";
import { directionOf, type Evaluation } from "./evaluate";
import { valueFix } from "./finding";
import { roundingRuleOf, type CheckSettings } from "./settings";
import type { CellFix } from "./types";

/** The status label the period should show; `null` without target and actual. */
export function expectedStatus(e: Evaluation): string | null {
  return e.status === null ? null : e.status.label;
}

/** The rate as it should read (`209.4%`, `集計中`, `-`); `null` without target and actual. */
export function expectedRate(e: Evaluation, settings: CheckSettings): string | null {
  const { rate, status } = e;
  if (rate === null || status === null) return null;
  if (rate.kind === "rate")
    return shownRate(rate.ratio, rateScaleOf(e.table), settings.rateDecimals, roundingRuleOf(settings));
  if (rate.kind === "pending" && settings.pendingRate === "empty") return "";
  return status.label;
}

/** A number and the exact rate agree to its precision: rounded by `rule` at its last digit, the rate gives it. */
function agreesAtPrecision(ratio: Ratio, held: Decimal, rule: RoundingRule): boolean {
  return roundRatio(ratio, held.exponent, rule).coefficient === held.coefficient;
}

/**
 * Whether a published rate (`published`: the cell as detection parsed it) agrees with the exact one.
 * Text (`209.4%`) follows core's publication rule at the precision written. A numeric cell is read as
 * Excel holds it, its double at 15 significant digits (a cached 1.0624999999999998 is 1.06250000000000),
 * in the table's `scale` (209.4 in a points table is 2.094), and agrees when either
 * - it is the exact rate to those 15 digits: a formula's result (`=F9/F8`) cannot be more precise, so
 *   it is never a mismatch, whatever the format; or
 * - it shows the published rounding of the exact rate: at its percent format's decimals (`0.0%`: a
 *   cached 2.0715923076923075 shows 207.2%), else, under General or another format, at the settings'
 *   decimals (a typed 0.891 for 89.1%).
 * A really different number (0.95 for 89.1%) disagrees. `null` when the cell holds no number.
 */
export function rateAgrees(
  ratio: Ratio,
  cell: SourceCell,
  published: ParsedValue | null,
  settings: CheckSettings,
  scale: RateScale = "fraction",
): boolean | null {
  const rule = roundingRuleOf(settings);
  if (typeof cell.raw !== "number") return matchesPublishedRate(ratio, published ?? cell.raw, rule);
  const points = holdsPoints(cell, scale);
  const held = heldFraction(cell.raw, points);
  if (held === null) return null;
  if (agreesAtPrecision(ratio, held, rule)) return true;
  const decimals =
    (points ? plainDecimals(cell.numberFormat) : percentFormatDecimals(cell.numberFormat)) ??
    settings.rateDecimals;
  // The cell shows its held number as a format does, half up; the rule applies to the exact rate.
  return matchesPublishedRate(ratio, formatRate(ratioFromDecimal(held), decimals), rule);
}

function isNumberCell(cell: SourceCell | undefined): cell is SourceCell {
  return cell !== undefined && typeof cell.raw === "number";
}

/**
 * For a formula cell over a numeric target and an actual that is a numeric cell or a placeholder: a formula
 * that gives the placeholder while the actual is not a number, instead of #VALUE!.
 */
function robustRateFormula(e: Evaluation, settings: CheckSettings, pendingText: string): string | null {
  const { target, actual } = e.period.cells;
  if (!isNumberCell(target) || actual === undefined) return null;
  // A number written as text (`3,437件 ※速報値`) fails ISNUMBER: the formula would show the placeholder
  // where the finding announces a rate.
  if (e.period.actual?.kind === "number" && !isNumberCell(actual)) return null;
  if (directionOf(e.indicator, settings, e.table).direction !== "up") return null;
  // A format shows the formula's exact quotient half up: under another rule the fix writes the rate.
  if (roundingRuleOf(settings) !== "half-up") return null;
  const quoted = pendingText.replace(/"/g, '""');
  const term = rateTerm(actual.address, target.address, rateScaleOf(e.table), settings.rateDecimals);
  return `=IF(ISNUMBER(${actual.address}),${term},"${quoted}")`;
}

export function rateFix(e: Evaluation, cell: SourceCell, settings: CheckSettings): CellFix | null {
  const { rate } = e;
  const text = expectedRate(e, settings);
  if (rate === null || text === null) return null;
  const scale = rateScaleOf(e.table);
  if (cell.formula !== null) {
    const pendingText = rate.kind === "rate" ? settings.bands.pendingLabel : text;
    const formula = robustRateFormula(e, settings, pendingText);
    if (formula !== null) {
      const fix = { sheet: e.table.sheet, address: cell.address, formula, replaceFormula: true };
      if (scale === "text") return fix;
      const numberFormat =
        scale === "points" ? pointsFormat(cell, settings.rateDecimals) : percentFormat(settings.rateDecimals);
      return { ...fix, numberFormat };
    }
  }
  if (rate.kind === "rate") {
    const written = rateConstant(
      rate.ratio,
      scale,
      settings.rateDecimals,
      roundingRuleOf(settings),
      cell,
      percentFormat(settings.rateDecimals),
    );
    return valueFix(e.table.sheet, cell, written.value, written.numberFormat);
  }
  return valueFix(e.table.sheet, cell, text);
}

export function statusFix(e: Evaluation, cell: SourceCell): CellFix | null {
  const label = expectedStatus(e);
  return label === null ? null : valueFix(e.table.sheet, cell, label);
}
