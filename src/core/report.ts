/**
 * The serialisable report of a check, the part both faces share: tables → indicators → periods with the
 * values as written, core's exact rate and computed status and the cells, from the model and the
 * evaluations `checkModel` made (each period evaluated once). The CLI adds its findings' messages, the
 * status summary and streaming (src/cli/report.ts); the task pane adds what its views need
 * (src/taskpane/checking/report.ts).
 */
import { parseA1, parseRangeA1 } from "./grid";
import type { Evaluation } from "./rules/evaluate";
import type { Indicator, LayoutId, Period } from "./tables/model";
import type { ParsedValue } from "./value-types";

export interface PeriodReport {
  readonly label: string;
  readonly fiscalYear: number | null;
  readonly projected: boolean;
  readonly cumulative: boolean;
  /** The number in the unit as written (`1600` for `1,600件`, `130000` for `130,000千円`); `null` when none. */
  readonly target: number | null;
  readonly actual: number | null;
  /** The exact rate as a ratio (2.09375 for 209.375%); `null` when pending or not computable. */
  readonly rate: number | null;
  /** The status core computes (`達成`, `概ね達成見込み`, `集計中`…); `null` without target or actual cell. */
  readonly status: string | null;
  readonly cells: {
    readonly target: string | null;
    readonly actual: string | null;
    readonly status: string | null;
    readonly rate: string | null;
  };
}

export interface IndicatorReport {
  readonly id: string | null;
  /** `false` for a slot of a table to fill: nothing written in yet, its periods show where (no rate or status). */
  readonly filled: boolean;
  readonly name: string;
  readonly unit: string | null;
  readonly periods: readonly PeriodReport[];
}

export interface TableReport<Indicators = readonly IndicatorReport[]> {
  readonly sheet: string;
  readonly range: string;
  readonly layout: LayoutId;
  readonly indicators: Indicators;
}

/** Core's evaluation of each period (its rate and status), as `checkModel` returned them. */
export type EvaluationsByPeriod = ReadonlyMap<Period, Evaluation>;

export function evaluationsByPeriod(evaluations: readonly Evaluation[]): EvaluationsByPeriod {
  return new Map(evaluations.map((e) => [e.period, e]));
}

const numberOf = (value: ParsedValue | null) => (value?.kind === "number" ? value.value : null);

const addressOf = (cell: { readonly address: string } | undefined) => cell?.address ?? null;

/** A period with core's evaluation, or a slot's period (no evaluation: nothing to rate yet). */
export function periodReport(period: Period, evaluation: Evaluation | undefined): PeriodReport {
  const rate = evaluation?.rate;
  const { cells } = period;
  return {
    label: period.label,
    fiscalYear: period.fiscalYear,
    projected: evaluation?.projected ?? period.projected,
    cumulative: period.cumulative,
    target: numberOf(period.target),
    actual: numberOf(period.actual),
    rate: rate?.kind === "rate" ? rate.value : null,
    status: evaluation?.status?.label ?? null,
    cells: {
      target: addressOf(cells.target),
      actual: addressOf(cells.actual),
      status: addressOf(cells.status),
      rate: addressOf(cells.rate),
    },
  };
}

/** An indicator's report: every evaluated period (a slot to fill: every period, showing where). */
export function indicatorReport(
  indicator: Indicator,
  filled: boolean,
  evaluations: EvaluationsByPeriod,
): IndicatorReport {
  const periods: PeriodReport[] = [];
  for (const period of indicator.periods) {
    const evaluation = evaluations.get(period);
    if (evaluation !== undefined || !filled) periods.push(periodReport(period, evaluation));
  }
  return { id: indicator.id, filled, name: indicator.name, unit: indicator.unit, periods };
}

/** The first of `tables` on `sheet` whose range holds `cell` (the table a finding belongs to), or `null`. */
export function tableHolding<T extends { readonly sheet: string; readonly range: string }>(
  tables: readonly T[],
  sheet: string,
  cell: string,
): T | null {
  const at = parseA1(cell);
  if (at === null) return null;
  for (const table of tables) {
    const range = table.sheet === sheet ? parseRangeA1(table.range) : null;
    if (
      range !== null &&
      at.row >= range.row &&
      at.row < range.row + range.rowCount &&
      at.col >= range.col &&
      at.col < range.col + range.colCount
    )
      return table;
  }
  return null;
}
