/**
 * Parts of the tables with one column per fiscal year (交付金KPI表, 進捗管理表): the title with the plan's
 * period, the header row, and an indicator's target, actual, rate and status year by year.
 */
import { message, type MessageCode } from "../i18n";
import { area, SheetDraft } from "./draft";
import type { FormulaSet } from "./formulas";
import { RATE_FORMAT } from "../number-formats";
import type { ResolvedIndicator, ResolvedParams } from "./types";

/** The rows of an indicator's block that hold its targets, actuals, rates and statuses. */
export interface YearRows {
  readonly target: number;
  readonly actual: number;
  readonly rate: number;
  readonly status: number;
}

/** The cells of one fiscal year of one indicator. */
export interface YearCells {
  readonly period: number;
  readonly target: string;
  readonly actual: string;
  readonly rate: string;
  readonly status: string;
}

/** The title in A1, bold: the template's name and the plan's period (`…（R3〜R7）`). */
export function periodTitle(draft: SheetDraft, params: ResolvedParams, name: MessageCode): void {
  const { yearLabels } = params;
  const period = message("template.period", "ja", {
    from: yearLabels[0],
    to: yearLabels[yearLabels.length - 1],
  });
  draft.value(0, 0, message(name, "ja") + period);
  draft.style(area(0, 0), { bold: true });
}

/** The leading column titles, then one column per fiscal year from `firstYearCol`, in row `row`. */
export function yearHeader(
  draft: SheetDraft,
  params: ResolvedParams,
  row: number,
  leading: readonly MessageCode[],
  firstYearCol: number,
): void {
  leading.forEach((code, col) => draft.value(row, col, message(code, "ja")));
  params.yearLabels.forEach((label, k) => draft.value(row, firstYearCol + k, label));
}

/**
 * An indicator's cells in each fiscal year's column from `firstYearCol`: target and actual as empty inputs,
 * rate and status as formulas, written in the order of their rows.
 */
export function yearCells(
  draft: SheetDraft,
  params: ResolvedParams,
  formulas: FormulaSet,
  indicator: ResolvedIndicator,
  rows: YearRows,
  firstYearCol: number,
): YearCells[] {
  return params.years.map((year, k) => {
    const col = firstYearCol + k;
    const target = draft.format(rows.target, col, indicator.numberFormat);
    const actual = draft.format(rows.actual, col, indicator.numberFormat);
    const writeRate = (): string =>
      draft.formula(rows.rate, col, formulas.rate(actual, target, indicator.direction), RATE_FORMAT);
    const writeStatus = (): string =>
      draft.formula(
        rows.status,
        col,
        formulas.status(actual, target, year === params.projectedYear, indicator.direction),
      );
    if (rows.rate < rows.status) {
      const rate = writeRate();
      return { period: year, target, actual, rate, status: writeStatus() };
    }
    const status = writeStatus();
    return { period: year, target, actual, rate: writeRate(), status };
  });
}
