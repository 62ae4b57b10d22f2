/**
 * An indicator being collected by a layout reader, and its conversion into the model: values parsed by
 * core's `parseValue`, unit taken from the row label or the values, empty periods dropped.
 */
import type { CellValue } from "../grid";
import type { ParsedValue } from "../value-types";
import type { Indicator, Period, Role, SourceCell, StatedDirection } from "./model";
import type { PeriodLabel } from "./vocabulary";
import { normaliseLabel } from "./vocabulary";
import { DEFAULT_WORDS, type WordLists } from "./words";
import { withFormatUnit } from "../number-formats";
import { parseGlued } from "./glued-values";
import { withRaw } from "./grid-cell";
import { splitDated } from "./dated-values";

export interface PeriodDraft {
  readonly period: PeriodLabel;
  projected: boolean;
  readonly cells: Partial<Record<Role, SourceCell>>;
  /** The target a revision row replaced (`cells.target` is then the revision's cell). */
  revisedFrom?: SourceCell;
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

/**
 * A target, actual or baseline: the cell's value with the unit its number format shows (`#,##0"人"`), read
 * also after a name glued before it (`就業相談者数 100 人`).
 */
function valueOf(cell: SourceCell | undefined | null, parser: ValueParser): ParsedValue | null {
  return cell === undefined || cell === null
    ? null
    : withFormatUnit(
        parseGlued(cell.raw, (v) => parser.parse(v)),
        cell.raw,
        cell.numberFormat,
      );
}

/** `(12,000)`, `（12,000）`: a revised figure in parentheses. */
const IN_PARENTHESES = /^\s*[(（]([^()（）]+)[)）]\s*$/;

/** A revision row's target: the figure inside its parentheses (never read as a negative number). */
function revisedValueOf(cell: SourceCell | undefined, parser: ValueParser): ParsedValue | null {
  if (cell === undefined || typeof cell.raw !== "string") return valueOf(cell, parser);
  const inner = IN_PARENTHESES.exec(cell.raw);
  return inner === null ? valueOf(cell, parser) : valueOf(withRaw(cell, inner[1]), parser);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const CUMULATIVE_NAME = /累計|cumulative/i;

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

function periodOf(p: PeriodDraft, parser: ValueParser, finalTarget: SourceCell | null = null): Period {
  const cells =
    finalTarget !== null && p.cells.target === undefined && (p.cells.rate ?? p.cells.status) !== undefined
      ? { ...p.cells, target: finalTarget }
      : p.cells;
  const revised = p.revisedFrom !== undefined && cells.target !== p.revisedFrom;
  const { period: label } = p;
  // Optional keys are set only when they hold (as a spread of `{}` would), without an object per key.
  const period: Mutable<Period> = {
    label: label.label,
    fiscalYear: label.fiscalYear,
    projected: p.projected,
    cumulative: label.cumulative,
    cells,
    target: revised ? revisedValueOf(cells.target, parser) : valueOf(cells.target, parser),
    actual: valueOf(cells.actual, parser),
    rate: cells.rate === undefined ? null : parser.parse(cells.rate.raw),
  };
  if (label.partial === true) period.partial = true;
  if (label.final === true) period.final = true;
  if (label.calendar === true) period.calendar = true;
  if (revised) period.revisedFrom = p.revisedFrom;
  if (label.firstYear !== undefined) period.firstYear = label.firstYear;
  return period;
}

/** The year a cell is dated with (`112人(令和元年度)`), or `null`. */
function dateOf(cell: SourceCell | undefined): PeriodLabel | null {
  if (cell === undefined || typeof cell.raw !== "string") return null;
  const dated = splitDated(cell.raw);
  return dated === null
    ? null
    : { label: dated.label, fiscalYear: dated.fiscalYear, cumulative: false, projected: false };
}

/**
 * A period the header names no year for (`初期値 | 現状値 | 目標値`), whose target and actual are each
 * dated in their cell: the periods the cells name, the actual's and the target's, when no rate or status
 * ties them together (a published rate of the two is read as written, in one period).
 */
function datedPeriods(p: PeriodDraft): PeriodDraft[] {
  const { period, cells } = p;
  if (period.fiscalYear !== null || period.cumulative || period.final === true || period.label !== "")
    return [p];
  if (cells.rate !== undefined || cells.status !== undefined) return [p];
  const targetYear = dateOf(cells.target);
  const actualYear = dateOf(cells.actual);
  if (targetYear === null && actualYear === null) return [p];
  const own = (label: PeriodLabel | null, role: "target" | "actual"): PeriodDraft[] => {
    const cell = cells[role];
    return cell === undefined
      ? []
      : [{ period: label ?? period, projected: p.projected, cells: { [role]: cell } }];
  };
  if (targetYear !== null && actualYear !== null && targetYear.fiscalYear === actualYear.fiscalYear)
    return [{ ...p, period: targetYear }];
  return [...own(actualYear, "actual"), ...own(targetYear, "target")];
}

function isBlankPeriod({ cells }: PeriodDraft): boolean {
  return isBlank(cells.target) && isBlank(cells.actual) && isBlank(cells.rate) && isBlank(cells.status);
}

/** The indicator, or `null` when none of its cells holds anything (a slot: {@link slotOf}). */
export function finishDraft(
  draft: IndicatorDraft,
  parser: ValueParser,
  words: WordLists = DEFAULT_WORDS,
): Indicator | null {
  const periods: Period[] = [];
  const finalTarget = finalTargetOf(draft);
  for (const draftPeriod of draft.periods.values())
    for (const p of datedPeriods(draftPeriod))
      if (!isBlankPeriod(p)) periods.push(periodOf(p, parser, finalTarget));
  return periods.length === 0 ? null : indicatorOf(draft, periods, parser, words);
}

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

/**
 * A slot of a table to fill: an indicator none of whose cells holds anything yet, with every period and
 * its cells, so a face can show where to write. Never evaluated or counted (see `KpiTable.unfilled`).
 */
export function slotOf(draft: IndicatorDraft, parser: ValueParser): Indicator {
  return indicatorOf(
    draft,
    [...draft.periods.values()].map((p) => periodOf(p, parser)),
    parser,
  );
}

const NO_TEXTS: readonly string[] = Object.freeze([]);

/**
 * A list as the model keeps it: as long as its contents (one grown by `push` or made by `filter` keeps
 * spare room, ~100 bytes per indicator and list on a 100,000-indicator sheet), an empty one shared.
 */
function kept<T>(list: readonly T[], empty: readonly T[]): readonly T[] {
  return list.length === 0 ? empty : list.slice();
}

function indicatorOf(
  draft: IndicatorDraft,
  periods: Period[],
  parser: ValueParser,
  words: WordLists = DEFAULT_WORDS,
): Indicator {
  return {
    id: draft.id,
    name: draft.name,
    nameCell: draft.nameCell,
    unit: draft.unitHint ?? unitOf(periods),
    baseline: valueOf(draft.baselineCell, parser),
    baselineCell: draft.baselineCell,
    measureCodes: kept(draft.measureCodes, NO_TEXTS),
    measureNames: kept(draft.measureNames, NO_TEXTS),
    measureKey: draft.measureKey,
    cumulativeSeries: CUMULATIVE_NAME.test(draft.name),
    periods: periods.slice(),
    ...directionOf(draft, periods, words),
  };
}
