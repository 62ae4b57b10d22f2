/**
 * Years written without their era (`24年度`, `18年度`), placed by the years written with one nearby: the
 * era whose reading lies nearest to a year of the same header row or of the few rows above it
 * (`平成32年` beside `23年度` gives 平成23年度; `令和5年度目標値` above `24年度` gives 平成24年度, not 令和24).
 * With no such year the period keeps `fiscalYear: null`: never a guess.
 */
import { ERAS, parseFiscalYearLabel } from "../era";
import type { SheetReader } from "./sheet-reader";
import type { PeriodLabel } from "./vocabulary";

const ROWS_ABOVE = 8;
/** Plans written before an era changed keep counting in it for a few years (`H32` = 2020). */
const ERA_OVERRUN = 5;

/** Western years written with an era in row `r` (its text cells), or in the rows just above it. */
function contextYears(reader: SheetReader, r: number): number[] {
  for (let row = r; row >= Math.max(0, r - ROWS_ABOVE); row--) {
    const years: number[] = [];
    for (let c = 0; c < reader.colCount; c++) {
      const text = reader.text(row, c);
      if (text === null || text.length > 40) continue;
      const label = reader.label(row, c);
      const period = label.kind === "period" || label.kind === "period-role" ? label.period : null;
      if (period?.fiscalYear != null) years.push(period.fiscalYear);
      else if (label.kind === "other") {
        const parsed = parseFiscalYearLabel(text);
        if (parsed.ok && !/^\d/.test(text)) years.push(parsed.year);
      }
    }
    if (years.length > 0) return years;
  }
  return [];
}

function candidates(eraYear: number): number[] {
  const years: number[] = [];
  for (const era of ERAS) {
    const year = era.firstYear + eraYear - 1;
    if (era.lastYear === null || year <= era.lastYear + ERA_OVERRUN) years.push(year);
  }
  return years;
}

function nearest(eraYear: number, context: readonly number[]): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const year of candidates(eraYear)) {
    for (const known of context) {
      const distance = Math.abs(year - known);
      if (distance < bestDistance) {
        best = year;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/** The periods of header row `r` with era-less years placed (the same objects when there is none). */
export function placeEralessYears<T extends { readonly period: PeriodLabel | null }>(
  reader: SheetReader,
  r: number,
  cells: readonly T[],
): T[] {
  if (!cells.some((cell) => cell.period?.eraYear !== undefined && cell.period.fiscalYear === null))
    return [...cells];
  const context = contextYears(reader, r);
  if (context.length === 0) return [...cells];
  return cells.map((cell) => {
    const period = cell.period;
    if (period?.eraYear === undefined || period.fiscalYear !== null) return cell;
    return { ...cell, period: { ...period, fiscalYear: nearest(period.eraYear, context) } };
  });
}
