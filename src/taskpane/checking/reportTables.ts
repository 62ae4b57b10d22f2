/**
 * Core's detected tables as the pane's report tables: core's period report (the status core computed
 * with the user's bands, directions and banding basis) cut to what the views show, and the pane's extras:
 * a table id, the layout's name in the user's language, the heading rows and the cells the format view needs.
 */
import {
  parseRangeA1,
  periodReport,
  type EvaluationsByPeriod,
  type Indicator,
  type KpiTable,
  type Lang,
  type SourceCell,
  type TableReading,
} from "../../core";
import { message } from "../../core/i18n";
import { readingLine } from "./readingLine";
import type { PaneIndicator, PaneTable } from "./report";

function indicatorKey(indicator: Indicator): string {
  return indicator.id ?? indicator.name;
}

/** An indicator with, per period, the label, projection and status of core's period report. */
function reportIndicator(indicator: Indicator, evaluations: EvaluationsByPeriod): PaneIndicator {
  return {
    id: indicatorKey(indicator),
    name: indicator.name,
    periods: indicator.periods.map((period) => {
      const { label, projected, status, actual } = periodReport(period, evaluations.get(period));
      return { label, projected, status, actual };
    }),
  };
}

function cellsOf(table: KpiTable): SourceCell[] {
  return table.indicators.flatMap((i) => [
    ...(i.nameCell ? [i.nameCell] : []),
    ...(i.baselineCell ? [i.baselineCell] : []),
    ...i.periods.flatMap((p) => Object.values(p.cells).filter((c): c is SourceCell => c !== undefined)),
  ]);
}

/** Rows of the range above the first row that holds an indicator's cell: the table's headings. */
function headerRows(table: KpiTable, cells: SourceCell[]): number[] {
  const range = parseRangeA1(table.range);
  if (!range || cells.length === 0) return [];
  const firstData = cells.reduce((min, c) => Math.min(min, c.row), Infinity);
  return Array.from({ length: Math.max(0, firstData - range.row) }, (_, i) => range.row + i);
}

function legendOf(table: KpiTable): Pick<PaneTable, "legend"> {
  const thresholds = table.legend?.thresholds;
  return table.legend === undefined || thresholds == null
    ? {}
    : { legend: { thresholds, labels: table.legend.labels } };
}

const textOf = (cell: SourceCell) => (typeof cell.raw === "string" ? cell.raw : null);

export function reportTable(
  table: KpiTable,
  evaluations: EvaluationsByPeriod,
  lang: Lang,
  reading: TableReading,
): PaneTable {
  const numberCells = table.indicators.flatMap((i) => [
    ...(i.baselineCell ? [i.baselineCell] : []),
    ...i.periods.flatMap((p) =>
      [p.cells.target, p.cells.actual].filter((c): c is SourceCell => c !== undefined),
    ),
  ]);
  const periods = table.indicators.flatMap((i) => i.periods);
  return {
    id: `${table.sheet}!${table.range}`,
    sheet: table.sheet,
    range: table.range,
    layout: message(`ui.layout.${table.layout}`, lang),
    reading: readingLine(reading, lang),
    ...legendOf(table),
    indicators: table.indicators.map((i) => reportIndicator(i, evaluations)),
    unfilled: table.unfilled?.length ?? 0,
    headerRows: headerRows(table, cellsOf(table)),
    cells: {
      numbers: numberCells.flatMap((c) => {
        const text = textOf(c);
        return text === null ? [] : [{ address: c.address, text }];
      }),
      rates: periods.flatMap((p) =>
        p.cells.rate ? [{ address: p.cells.rate.address, text: textOf(p.cells.rate) }] : [],
      ),
      statuses: periods.flatMap((p) => (p.cells.status ? [p.cells.status.address] : [])),
    },
  };
}
