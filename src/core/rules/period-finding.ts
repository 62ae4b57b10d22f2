/**
 * Findings about one cell of an evaluated period: the message names the indicator, the period and the
 * cell; a mismatch adds what the cell shows and what was expected there.
 */
import type { MessageParams } from "../i18n";
import type { SourceCell } from "../tables/model";
import type { Evaluation } from "./evaluate";
import { finding, shown, where } from "./finding";
import type { Check, CellFix, Finding, Severity } from "./types";

/** What a finding about a period's cell says beyond its indicator, period and cell. */
export interface PeriodCellDetails {
  /** Message parameters besides indicator, period and cell. */
  readonly params?: MessageParams;
  readonly found?: string;
  readonly expected?: string;
  /** The one fix that corrects the cell, `null` or absent when there is none. */
  readonly fix?: CellFix | null;
  readonly severity?: Severity;
  readonly variant?: string;
}

/** A finding of `check` about `cell` of the period `e` evaluates. */
export function periodCellFinding(
  check: Check,
  e: Pick<Evaluation, "table" | "indicator" | "period">,
  cell: SourceCell,
  details: PeriodCellDetails,
): Finding {
  const { params, found, expected, fix, severity, variant } = details;
  return finding(check, {
    sheet: e.table.sheet,
    cell: cell.address,
    severity,
    variant,
    params: { ...where(e.indicator, e.period), cell: cell.address, ...params },
    found,
    expected,
    fix: fix === null || fix === undefined ? undefined : [fix],
  });
}

/** A finding of `check` that `cell` of the period `e` evaluates shows something else than `expected`. */
export function mismatchFinding(
  check: Check,
  e: Pick<Evaluation, "table" | "indicator" | "period">,
  cell: SourceCell,
  expected: string,
  details: Pick<PeriodCellDetails, "fix" | "variant"> = {},
): Finding {
  const found = shown(cell.raw);
  return periodCellFinding(check, e, cell, { ...details, params: { found, expected }, found, expected });
}
