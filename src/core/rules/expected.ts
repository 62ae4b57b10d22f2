/**
 * What a rate or status cell should hold, from an evaluation, and the fix that writes it. A pending actual
 * gives its placeholder (集計中, or `-` for a dash: 004's abolished measure); a rate is written as a number
 * with a percent format, or as a formula that survives a pending actual when the cell already held a formula.
 */
import { formatRate } from "../rounding";
import { ratioToNumber } from "../ratio";
import type { SourceCell } from "../tables/model";
import { directionOf, type Evaluation } from "./evaluate";
import { valueFix } from "./finding";
import type { CheckSettings } from "./settings";
import type { CellFix } from "./types";

export function percentFormat(settings: CheckSettings): string {
  return settings.rateDecimals > 0 ? `0.${"0".repeat(settings.rateDecimals)}%` : "0%";
}

/** The status label the period should show; `null` without target and actual. */
export function expectedStatus(e: Evaluation): string | null {
  return e.status === null ? null : e.status.label;
}

/** The rate as it should read (`209.4%`, `集計中`, `-`); `null` without target and actual. */
export function expectedRate(e: Evaluation, settings: CheckSettings): string | null {
  const { rate, status } = e;
  if (rate === null || status === null) return null;
  if (rate.kind === "rate") return formatRate(rate.ratio, settings.rateDecimals);
  if (rate.kind === "pending" && settings.pendingRate === "empty") return "";
  return status.label;
}

function isNumberCell(cell: SourceCell | undefined): cell is SourceCell {
  return cell !== undefined && typeof cell.raw === "number";
}

/**
 * For a formula cell over numeric target and actual cells: a formula that gives the placeholder while the
 * actual is not a number, instead of #VALUE!.
 */
function robustRateFormula(e: Evaluation, settings: CheckSettings, pendingText: string): string | null {
  const { target, actual } = e.period.cells;
  if (!isNumberCell(target) || actual === undefined) return null;
  if (directionOf(e.indicator, settings).direction !== "up") return null;
  const quoted = pendingText.replace(/"/g, '""');
  return `=IF(ISNUMBER(${actual.address}),${actual.address}/${target.address},"${quoted}")`;
}

export function rateFix(e: Evaluation, cell: SourceCell, settings: CheckSettings): CellFix | null {
  const { rate } = e;
  const text = expectedRate(e, settings);
  if (rate === null || text === null) return null;
  if (cell.formula !== null) {
    const pendingText = rate.kind === "rate" ? settings.bands.pendingLabel : text;
    const formula = robustRateFormula(e, settings, pendingText);
    if (formula !== null)
      return {
        sheet: e.table.sheet,
        address: cell.address,
        formula,
        numberFormat: percentFormat(settings),
        replaceFormula: true,
      };
  }
  if (rate.kind === "rate")
    return valueFix(e.table.sheet, cell, ratioToNumber(rate.ratio), percentFormat(settings));
  return valueFix(e.table.sheet, cell, text);
}

export function statusFix(e: Evaluation, cell: SourceCell): CellFix | null {
  const label = expectedStatus(e);
  return label === null ? null : valueFix(e.table.sheet, cell, label);
}
