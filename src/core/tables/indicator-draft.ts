/**
 * An indicator being collected by a layout reader, and its conversion into the model: values parsed by
 * core's `parseValue`, unit taken from the row label or the values, empty periods dropped.
 */
import type { CellValue } from "../grid";
import type { ParsedValue } from "../value-types";
import type { Indicator, Period, Role, SourceCell, StatedDirection } from "./model";
import { normaliseLabel } from "./vocabulary";
import { DEFAULT_WORDS, type WordLists } from "./words";
import type { PeriodLabel } from "./vocabulary";
import { parseGlued } from "./glued-values";

export interface PeriodDraft {
  readonly period: PeriodLabel;
  projected: boolean;
  /** The rate is headed in points (`達成率(%)`): a plain number in it is a percentage. */
  ratePoints?: boolean;
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
  /** A direction column's cell for this row (`アップ` / `ダウン`). */
  directionCell?: SourceCell;
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

function unitOf(periods: readonly Period[]): string | null {
  for (const p of periods) {
    for (const v of [p.target, p.actual]) if (v?.kind === "number" && v.unit !== "") return v.unit;
  }
  return null;
}

const CUMULATIVE_NAME = /累計|cumulative/i;

/** The direction the sheet states: the row's direction word, else a bound ending its targets (`28人以下`). */
function directionOf(
  draft: IndicatorDraft,
  periods: readonly Period[],
  words: WordLists,
): { direction?: StatedDirection } {
  const cell = draft.directionCell;
  if (cell !== undefined && typeof cell.raw === "string") {
    const word = normaliseLabel(cell.raw);
    if (words.directionUp.includes(word)) return { direction: { direction: "up", cell } };
    if (words.directionDown.includes(word)) return { direction: { direction: "down", cell } };
  }
  for (const p of periods) {
    const target = p.cells.target;
    if (target === undefined || typeof target.raw !== "string") continue;
    const text = target.raw.trim();
    if (words.ceilings.some((w) => text.endsWith(w)))
      return { direction: { direction: "down", cell: target } };
    if (words.floors.some((w) => text.endsWith(w))) return { direction: { direction: "up", cell: target } };
  }
  return {};
}

/** Decimals a number format shows (`0.0` → 1), `0` for General. */
function formatDecimals(format: string | null): number {
  const point = format?.indexOf(".") ?? -1;
  if (format === null || point < 0) return 0;
  let zeros = 0;
  while (format[point + 1 + zeros] === "0") zeros++;
  return zeros;
}

/** A rate cell under a `(%)` header: a plain number (66.7, shown `0.0`) reads as the percentage it shows. */
function pointsOf(cell: SourceCell | undefined, parser: ValueParser): ParsedValue | null {
  if (cell === undefined) return null;
  if (typeof cell.raw !== "number" || cell.numberFormat?.includes("%") === true)
    return parser.parse(cell.raw);
  return parser.parse(`${cell.raw.toFixed(formatDecimals(cell.numberFormat))}%`);
}

/**
 * The plan's final target when the indicator has exactly one period with a target and no actual
 * (`目標 平成32年`, `KPI(平成32年3月まで)`): a period that publishes a rate but has no target of its own
 * is rated against it, as such tables do (first-year actual ÷ five-year target).
 */
function finalTargetOf(draft: IndicatorDraft): SourceCell | null {
  let found: SourceCell | null = null;
  for (const p of draft.periods.values()) {
    if (p.cells.target === undefined || !isBlank(p.cells.actual)) continue;
    if (found !== null) return null;
    found = p.cells.target;
  }
  return found;
}

/** The indicator, or `null` when none of its cells holds anything. */
export function finishDraft(
  draft: IndicatorDraft,
  parser: ValueParser,
  words: WordLists = DEFAULT_WORDS,
): Indicator | null {
  const parsedOf = (cell: SourceCell | undefined) =>
    cell === undefined ? null : parseGlued(cell.raw, (v) => parser.parse(v));
  const periods: Period[] = [];
  const finalTarget = finalTargetOf(draft);
  for (const p of draft.periods.values()) {
    const cells =
      finalTarget !== null && p.cells.target === undefined && (p.cells.rate ?? p.cells.status) !== undefined
        ? { ...p.cells, target: finalTarget }
        : p.cells;
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
      rate: p.ratePoints === true ? pointsOf(cells.rate, parser) : parsedOf(cells.rate),
      ...(p.period.partial === true ? { partial: true } : {}),
      ...(p.period.final === true ? { final: true } : {}),
    });
  }
  if (periods.length === 0) return null;
  return {
    id: draft.id,
    name: draft.name,
    nameCell: draft.nameCell,
    unit: draft.unitHint ?? unitOf(periods),
    baseline: draft.baselineCell === null ? null : parser.parse(draft.baselineCell.raw),
    baselineCell: draft.baselineCell,
    measureCodes: draft.measureCodes,
    measureNames: draft.measureNames,
    measureKey: draft.measureKey,
    cumulativeSeries: CUMULATIVE_NAME.test(draft.name),
    periods,
    ...directionOf(draft, periods, words),
  };
}
