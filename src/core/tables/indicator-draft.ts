/**
 * An indicator being collected by a layout reader, and its conversion into the model: values parsed by
 * core's `parseValue` with the unit a numeric cell's number format shows, unit taken from the row label or
 * the values, empty periods dropped.
 */
import type { CellValue } from "../grid";
import type { ParsedValue } from "../value-types";
import type { Indicator, Period, Role, SourceCell } from "./model";
import type { PeriodLabel } from "./vocabulary";
import { withFormatUnit } from "../number-formats";

export interface PeriodDraft {
  readonly period: PeriodLabel;
  projected: boolean;
  readonly cells: Partial<Record<Role, SourceCell>>;
}

export interface IndicatorDraft {
  id: string | null;
  name: string;
  nameCell: SourceCell | null;
  /** A unit written in a row label or a heading (`目標 (人)`, `単位：人`). */
  unitHint: string | null;
  baselineCell: SourceCell | null;
  measureCodes: string[];
  measureNames: string[];
  measureKey: string | null;
  /** Periods in header order, keyed by the header column. */
  readonly periods: Map<number, PeriodDraft>;
}

export function newDraft(): IndicatorDraft {
  return {
    id: null,
    name: "",
    nameCell: null,
    unitHint: null,
    baselineCell: null,
    measureCodes: [],
    measureNames: [],
    measureKey: null,
    periods: new Map(),
  };
}

/** The draft's period for a header column, created on first use. */
export function periodAt(draft: IndicatorDraft, col: number, label: PeriodLabel): PeriodDraft {
  let period = draft.periods.get(col);
  if (period === undefined) {
    period = { period: label, projected: label.projected, cells: {} };
    draft.periods.set(col, period);
  }
  return period;
}

function isBlank(cell: SourceCell | undefined): boolean {
  return cell === undefined || cell.raw === null || (typeof cell.raw === "string" && cell.raw.trim() === "");
}

/** Reads a cell value (core's `parseValue`, possibly cached by the reader). */
export interface ValueParser {
  parse(value: CellValue): ParsedValue;
}

/** The unit most of the values are in (the first met on a tie): one odd cell does not name the indicator's unit. */
function unitOf(periods: readonly Period[]): string | null {
  const counts = new Map<string, number>();
  for (const p of periods) {
    for (const v of [p.target, p.actual])
      if (v?.kind === "number" && v.unit !== "") counts.set(v.unit, (counts.get(v.unit) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [unit, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = unit;
  return best;
}

const CUMULATIVE_NAME = /累計|cumulative/i;

/** The indicator, or `null` when none of its cells holds anything. */
export function finishDraft(draft: IndicatorDraft, parser: ValueParser): Indicator | null {
  const parsedOf = (cell: SourceCell | undefined | null) =>
    cell === undefined || cell === null
      ? null
      : withFormatUnit(parser.parse(cell.raw), cell.raw, cell.numberFormat);
  const periods: Period[] = [];
  for (const p of draft.periods.values()) {
    const { cells } = p;
    if (isBlank(cells.target) && isBlank(cells.actual) && isBlank(cells.rate) && isBlank(cells.status))
      continue;
    periods.push({
      label: p.period.label,
      fiscalYear: p.period.fiscalYear,
      projected: p.projected,
      cumulative: p.period.cumulative,
      cells,
      target: parsedOf(cells.target),
      actual: parsedOf(cells.actual),
      rate: cells.rate === undefined ? null : parser.parse(cells.rate.raw),
    });
  }
  if (periods.length === 0) return null;
  return {
    id: draft.id,
    name: draft.name,
    nameCell: draft.nameCell,
    unit: draft.unitHint ?? unitOf(periods),
    baseline: parsedOf(draft.baselineCell),
    baselineCell: draft.baselineCell,
    measureCodes: draft.measureCodes,
    measureNames: draft.measureNames,
    measureKey: draft.measureKey,
    cumulativeSeries: CUMULATIVE_NAME.test(draft.name),
    periods,
  };
}
