/**
 * How a table keeps its published rates (達成率): `fraction` (2.094 shown 209.4% by a percent format, Excel's
 * own way), `points` (209.4 under a header such as `達成率(%)`, often `ROUND(実績/目標*100,1)`, with 結果
 * formulas such as `IF(rate>=100,…)`), or `text` (`"209.4%"` typed). Found per table from the rate cells
 * themselves; checks compare in it and fixes write in it, so a fix never turns 209.4 into 2.094.
 */
import { achievementRate } from "../rate";
import { formatUnit, plainDecimals } from "../number-formats";
import { roundRatio, type Ratio } from "../ratio";
import { displayedDecimal, type Decimal } from "../decimal";
import type { KpiTable, Period, RateScale } from "./model";

const HUNDRED = BigInt(100);
/** A plain number above this is taken as points when no target and actual say which it is (10 = 1000%). */
const POINTS_MAGNITUDE = 10;
const ZERO = BigInt(0);

function roundsTo(ratio: Ratio, held: Decimal): boolean {
  return roundRatio(ratio, held.exponent).coefficient === held.coefficient;
}

/** What one rate cell says about the scale, or `null` when it says nothing. */
function voteOf(period: Period): RateScale | null {
  const cell = period.cells.rate;
  if (cell === undefined) return null;
  if (typeof cell.raw === "string")
    return period.rate?.kind === "number" && period.rate.percent ? "text" : null;
  if (typeof cell.raw !== "number") return null;
  const shown = formatUnit(cell.numberFormat);
  if (shown?.unit === "%") return shown.shownPower === -2 ? "fraction" : "points";
  const held = displayedDecimal(cell.raw);
  if (held === null) return null;
  const rate =
    period.actual !== null && period.target !== null ? achievementRate(period.actual, period.target) : null;
  if (rate?.kind === "rate" && rate.ratio.numerator !== ZERO) {
    const points = { numerator: rate.ratio.numerator * HUNDRED, denominator: rate.ratio.denominator };
    if (roundsTo(points, held)) return "points";
    if (roundsTo(rate.ratio, held)) return "fraction";
  }
  // Without a rate to compare with: a large number, or a plain format with decimals (`0.0`, not a
  // percentage), is points.
  return Math.abs(cell.raw) > POINTS_MAGNITUDE || (plainDecimals(cell.numberFormat) ?? 0) > 0
    ? "points"
    : null;
}

/** The convention most rate cells of the table follow; `fraction` when none says. */
export function detectRateScale(table: Pick<KpiTable, "indicators">): RateScale {
  const votes: Record<RateScale, number> = { fraction: 0, points: 0, text: 0 };
  for (const indicator of table.indicators)
    for (const period of indicator.periods) {
      const vote = voteOf(period);
      if (vote !== null) votes[vote]++;
    }
  if (votes.points > votes.fraction && votes.points >= votes.text) return "points";
  if (votes.text > votes.fraction && votes.text > votes.points) return "text";
  return "fraction";
}

const detected = new WeakMap<KpiTable, RateScale>();

/** The table's scale: as set on the model (detected, or overridden by a face), else detected here once. */
export function rateScaleOf(table: KpiTable): RateScale {
  if (table.rateScale !== undefined) return table.rateScale;
  let scale = detected.get(table);
  if (scale === undefined) {
    scale = detectRateScale(table);
    detected.set(table, scale);
  }
  return scale;
}
