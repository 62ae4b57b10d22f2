/**
 * Findings about one cell of an evaluated period: the message names the indicator, the period and the
 * cell; a mismatch adds what the cell shows and what was expected there.
 */
import type { MessageParams } from "../i18n";
import type { Indicator, KpiTable, Period, SourceCell } from "../tables/model";
import type { ParsedValue } from "../value-types";
import type { Evaluation } from "./evaluate";
import { BASELINE_LABEL, finding, shown, where } from "./finding";
import type { Check, CellFix, Finding, Severity } from "./types";

/** What a finding about a period's cell says beyond its indicator, period and cell. */
export interface PeriodCellDetails<Code extends string = string> {
  /** The message: one of the check's own codes. */
  readonly code: Code;
  /** Message parameters besides indicator, period and cell. */
  readonly params?: MessageParams;
  readonly found?: string;
  readonly expected?: string;
  /** The one fix that corrects the cell, `null` or absent when there is none. */
  readonly fix?: CellFix | null;
  readonly severity?: Severity;
  /** Cells whose problem this finding explains (see `Finding.covers`). */
  readonly covers?: readonly string[];
}

/** A finding of `check` about `cell` of the period `e` evaluates. */
export function periodCellFinding<Code extends string>(
  check: Check<Code>,
  e: Pick<Evaluation, "table" | "indicator" | "period">,
  cell: SourceCell,
  details: PeriodCellDetails<NoInfer<Code>>,
): Finding {
  const { code, params, found, expected, fix, severity, covers } = details;
  return finding(check, {
    code,
    sheet: e.table.sheet,
    cell: cell.address,
    severity,
    params: { ...where(e.indicator, e.period), cell: cell.address, ...params },
    found,
    expected,
    fix: fix === null || fix === undefined ? undefined : [fix],
    covers,
  });
}

/** A finding of `check` that `cell` of the period `e` evaluates shows something else than `expected`. */
export function mismatchFinding<Code extends string>(
  check: Check<Code>,
  e: Pick<Evaluation, "table" | "indicator" | "period">,
  cell: SourceCell,
  expected: string,
  details: Pick<PeriodCellDetails<NoInfer<Code>>, "code" | "fix">,
): Finding {
  const found = shown(cell);
  return periodCellFinding(check, e, cell, { ...details, params: { found, expected }, found, expected });
}

/** A finding of `check` about a value cell (a target, an actual or a baseline) that shows what it holds. */
export function valueCellFinding<Code extends string>(
  check: Check<Code>,
  sheet: string,
  indicator: Indicator,
  period: Period | string,
  cell: SourceCell,
  code: NoInfer<Code>,
  params: MessageParams = {},
): Finding {
  const found = shown(cell);
  return finding(check, {
    sheet,
    cell: cell.address,
    code,
    params: { ...where(indicator, period), cell: cell.address, found, ...params },
    found,
  });
}

/** A target, actual or baseline cell of an indicator, with the value read from it. */
export type ValueCell = {
  readonly indicator: Indicator;
  readonly value: ParsedValue | null;
  readonly cell: SourceCell;
} & (
  | { readonly role: "target" | "actual"; readonly period: Period }
  | { readonly role: "baseline"; readonly period: typeof BASELINE_LABEL }
);

/** Every value cell of a table's indicators: each period's target and actual, then the baseline. */
export function valueCellsOf(table: KpiTable): ValueCell[] {
  const cells: ValueCell[] = [];
  for (const indicator of table.indicators) {
    for (const period of indicator.periods) {
      const { target, actual } = period.cells;
      if (target) cells.push({ indicator, period, role: "target", value: period.target, cell: target });
      if (actual) cells.push({ indicator, period, role: "actual", value: period.actual, cell: actual });
    }
    const cell = indicator.baselineCell;
    if (cell)
      cells.push({ indicator, period: BASELINE_LABEL, role: "baseline", value: indicator.baseline, cell });
  }
  return cells;
}
