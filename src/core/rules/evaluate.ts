/**
 * Every period evaluated once, by core's arithmetic: the exact rate (achievementRate, or cumulativeRate
 * for a 累計 column), the status it gives (classifyStatus) and the published status read back
 * (parseStatus). The checks compare; they never recompute.
 */
import { parseFiscalYear } from "../era";
import { achievementRate, cumulativeRate } from "../rate";
import type { RateOptions, RateResult } from "../rate-types";
import { classifyStatus, parseStatus, type ParsedStatus, type StatusResult } from "../status";
import type { Indicator, KpiTable, Period } from "../tables/model";
import type { CheckSettings, IndicatorDirection } from "./settings";
import { changedYears } from "./changed-years";

export interface Evaluation {
  readonly table: KpiTable;
  readonly indicator: Indicator;
  readonly period: Period;
  /** Projected by the sheet or by the settings. */
  readonly projected: boolean;
  /** `null` when the period has no target or no actual cell. */
  readonly rate: RateResult | null;
  readonly status: StatusResult | null;
  /** The published status read back; `null` when there is none or it is no known label. */
  readonly published: ParsedStatus | null;
  /** The indicator's definition changes between periods (004 No.12): not comparable with other periods. */
  readonly changed: boolean;
}

export function directionOf(indicator: Indicator, settings: CheckSettings): IndicatorDirection {
  return (
    (indicator.id !== null ? settings.directions[indicator.id] : undefined) ??
    settings.directions[indicator.name] ??
    settings.defaultDirection
  );
}

function rateOptions(indicator: Indicator, settings: CheckSettings): RateOptions {
  const d = directionOf(indicator, settings);
  return {
    direction: d.direction,
    method: d.method,
    keep: d.keep,
    tolerance: d.tolerance,
    baseline: indicator.baseline ?? undefined,
  };
}

function rateOf(indicator: Indicator, period: Period, options: RateOptions): RateResult | null {
  if (period.target === null || period.actual === null) return null;
  if (period.cumulative && !indicator.cumulativeSeries) {
    const yearly = indicator.periods.filter((p) => !p.cumulative);
    return cumulativeRate(
      yearly.map((p) => p.actual ?? undefined),
      yearly.map((p) => p.target ?? undefined),
    );
  }
  return achievementRate(period.actual, period.target, options);
}

function projectedYears(settings: CheckSettings): Set<number> {
  const years = new Set<number>();
  for (const label of settings.projectedPeriods) {
    const year = parseFiscalYear(label);
    if (year.ok) years.add(year.year);
  }
  return years;
}

export function evaluateModel(tables: readonly KpiTable[], settings: CheckSettings): Evaluation[] {
  const years = projectedYears(settings);
  const evaluations: Evaluation[] = [];
  for (const table of tables) {
    for (const indicator of table.indicators) {
      const changed = changedYears(indicator.name).length >= 2;
      const options = rateOptions(indicator, settings);
      for (const period of indicator.periods) {
        const projected = period.projected || (period.fiscalYear !== null && years.has(period.fiscalYear));
        const rate = rateOf(indicator, period, options);
        const status =
          rate === null
            ? null
            : classifyStatus(rate, { projected, bands: settings.bands, basis: settings.banding });
        const cell = period.cells.status;
        const published = cell === undefined ? null : parseStatus(cell.raw, settings.bands);
        evaluations.push({ table, indicator, period, projected, rate, status, published, changed });
      }
    }
  }
  return evaluations;
}
