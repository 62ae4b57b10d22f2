/**
 * Every period evaluated once, by core's arithmetic: the exact rate (achievementRate, or cumulativeRate
 * for a 累計 column), the status it gives (classifyStatus) and the published status read back
 * (parseStatus). The checks compare; they never recompute.
 */
import { parseFiscalYear } from "../era";
import type { CellValue } from "../grid";
import { achievementRate, cumulativeRate } from "../rate";
import type { RateOptions, RateResult } from "../rate-types";
import {
  classifyStatus,
  DEFAULT_BANDS,
  parseStatus,
  type ParsedStatus,
  type StatusBands,
  type StatusResult,
} from "../status";
import type { Indicator, KpiTable, Period } from "../tables/model";
import { roundingRuleOf, type CheckSettings, type IndicatorDirection } from "./settings";
import { changedYearsOf } from "./changed-years";
import { givenBands, givenDirection, givenRounding } from "./given";

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

/** Whether the settings name any indicator's direction, asked once per settings object. */
const namesDirections = new WeakMap<CheckSettings, boolean>();

function hasNamedDirections(settings: CheckSettings): boolean {
  let named = namesDirections.get(settings);
  if (named === undefined) {
    named = Object.keys(settings.directions).length > 0;
    namesDirections.set(settings, named);
  }
  return named;
}

/**
 * The direction an indicator is rated in: the one its table's given reading states (for the table, or in
 * its direction column), else the settings' for its id or name, else the settings' default.
 */
export function directionOf(
  indicator: Indicator,
  settings: CheckSettings,
  table?: KpiTable,
): IndicatorDirection {
  const given = table === undefined ? null : givenDirection(table, indicator);
  if (given !== null) return { ...directionByName(indicator, settings), direction: given };
  return directionByName(indicator, settings);
}

function directionByName(indicator: Indicator, settings: CheckSettings): IndicatorDirection {
  if (!hasNamedDirections(settings)) return settings.defaultDirection;
  return (
    (indicator.id !== null ? settings.directions[indicator.id] : undefined) ??
    settings.directions[indicator.name] ??
    settings.defaultDirection
  );
}

function rateOptions(indicator: Indicator, settings: CheckSettings, table: KpiTable): RateOptions {
  const d = directionOf(indicator, settings, table);
  return {
    direction: d.direction,
    method: d.method,
    keep: d.keep,
    tolerance: d.tolerance,
    negativeTarget: d.negativeTarget,
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

/** Key of a period column within a table: its fiscal year, or its label for a 累計. */
function columnKey(period: Period): number | string {
  return period.fiscalYear ?? period.label;
}

const legendBands = new WeakMap<KpiTable, StatusBands>();

/**
 * The bands a table is judged by: those its given reading states; else the settings' bands, unless the
 * settings keep the defaults and the sheet states its own in a legend (`B+ … 80%以上100%未満`): then the legend's labels and thresholds.
 */
export function tableBands(table: KpiTable, settings: CheckSettings): StatusBands {
  if (table.given?.bands !== undefined) return givenBands(table, settings);
  if (table.legend === undefined || settings.bands !== DEFAULT_BANDS) return settings.bands;
  let bands = legendBands.get(table);
  if (bands === undefined) {
    bands = { ...DEFAULT_BANDS, labels: table.legend.labels, thresholds: table.legend.thresholds ?? [] };
    legendBands.set(table, bands);
  }
  return bands;
}

/** Core's `parseStatus` once per distinct label: a table repeats a handful of labels thousands of times. */
type StatusReader = (raw: CellValue) => ParsedStatus | null;

function statusReader(bands: StatusBands): StatusReader {
  const byText = new Map<string, ParsedStatus | null>();
  return (raw) => {
    if (typeof raw !== "string") return parseStatus(raw, bands);
    let parsed = byText.get(raw);
    if (parsed === undefined) {
      parsed = parseStatus(raw, bands);
      byText.set(raw, parsed);
    }
    return parsed;
  };
}

/** Every published status of a table read back once, in the order of its indicators' periods. */
function publishedStatuses(table: KpiTable, read: StatusReader): (ParsedStatus | null)[] {
  const published: (ParsedStatus | null)[] = [];
  for (const indicator of table.indicators) {
    for (const period of indicator.periods) {
      const cell = period.cells.status;
      published.push(cell === undefined ? null : read(cell.raw));
    }
  }
  return published;
}

/**
 * Period columns of a table whose published statuses mostly carry 見込み (more than half of those with a
 * band). Only asked when no header, note or setting names a projected period: then the table's own labels
 * say which period is projected, and a cell that lacks the suffix there (or has it elsewhere) is the odd one out.
 */
function projectedByStatuses(
  table: KpiTable,
  published: readonly (ParsedStatus | null)[],
  years: ReadonlySet<number>,
): Set<number | string> {
  const stated = table.indicators.some((i) =>
    i.periods.some((p) => p.projected || (p.fiscalYear !== null && years.has(p.fiscalYear))),
  );
  if (stated) return new Set();
  const tally = new Map<number | string, { projected: number; final: number }>();
  let k = 0;
  for (const indicator of table.indicators) {
    for (const period of indicator.periods) {
      const parsed = published[k++];
      if (parsed?.kind !== "band") continue;
      const key = columnKey(period);
      const counts = tally.get(key) ?? { projected: 0, final: 0 };
      if (parsed.projected) counts.projected++;
      else counts.final++;
      tally.set(key, counts);
    }
  }
  return new Set([...tally].filter(([, c]) => c.projected > c.final).map(([key]) => key));
}

/**
 * Every period of every table evaluated once. A period is projected when the sheet says so (a header such
 * as `R5見込`, a note such as `R5は見込値`), when the settings name it, or, when neither names any period
 * of the table, when most of its published statuses carry 見込み.
 */
export function evaluateModel(tables: readonly KpiTable[], settings: CheckSettings): Evaluation[] {
  const years = projectedYears(settings);
  const readers = new Map<StatusBands, StatusReader>();
  const evaluations: Evaluation[] = [];
  for (const table of tables) {
    const bands = tableBands(table, settings);
    const rule = roundingRuleOf(givenRounding(table, settings));
    let readStatus = readers.get(bands);
    if (readStatus === undefined) {
      readStatus = statusReader(bands);
      readers.set(bands, readStatus);
    }
    const statuses = publishedStatuses(table, readStatus);
    const byStatuses = projectedByStatuses(table, statuses, years);
    let k = 0;
    for (const indicator of table.indicators) {
      const changed = changedYearsOf(indicator).length >= 2;
      const options = rateOptions(indicator, settings, table);
      for (const period of indicator.periods) {
        const projected =
          period.projected ||
          (period.fiscalYear !== null && years.has(period.fiscalYear)) ||
          byStatuses.has(columnKey(period));
        const rate = rateOf(indicator, period, options);
        const status =
          rate === null ? null : classifyStatus(rate, { projected, bands, basis: settings.banding, rule });
        const published = statuses[k++];
        evaluations.push({ table, indicator, period, projected, rate, status, published, changed });
      }
    }
  }
  return evaluations;
}
