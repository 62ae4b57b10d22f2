/**
 * A reading applied to a sheet: the table it describes as the same `KpiTable` detection builds (indicator
 * drafts finished by tables/indicator-draft.ts), so every check, fix and report works on it unchanged.
 * The reading must fit the sheet (./parse's `layoutProblems`); cells outside the grid read as empty.
 */
import { parseFiscalYearLabel } from "../era";
import { newDraft, periodAt, type IndicatorDraft } from "../tables/indicator-draft";
import { indicatorId } from "../tables/indicator-id";
import type { KpiTable, LayoutId, Role } from "../tables/model";
import type { SheetReader } from "../tables/sheet-reader";
import { splitDrafts, unfilledField } from "../tables/tables-to-fill";
import { yearNumberLabel, type PeriodLabel } from "../tables/vocabulary";
import { lastLine, type CellsAt, type LaidTable, type Place } from "./geometry";
import type { LayoutRole } from "./types";

const CUMULATIVE: Partial<Record<LayoutRole, Role>> = {
  cumulativeTarget: "target",
  cumulativeActual: "actual",
};
const PERIOD_ROLES: readonly Role[] = ["target", "actual", "rate", "status"];

/** Reads sheet coordinates through the grid's reader (grid coordinates are offset by its origin). */
class Cells {
  constructor(readonly reader: SheetReader) {}
  r(row: number): number {
    return row - this.reader.origin.row;
  }
  c(col: number): number {
    return col - this.reader.origin.col;
  }
  source(p: Place) {
    return this.reader.source(this.r(p.row), this.c(p.col));
  }
  isEmpty(p: Place): boolean {
    return this.reader.isEmpty(this.r(p.row), this.c(p.col));
  }
  /** The cell as Excel displays it under its number format (`001`, `1`). */
  display(p: Place): string | null {
    return this.reader.display(this.r(p.row), this.c(p.col));
  }
  /** Text shown at a cell, a merged area's from any of its cells. */
  shown(p: Place): string | null {
    const v = this.reader.mergedValue(this.r(p.row), this.c(p.col));
    if (typeof v === "number") return String(v);
    return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
  }
}

/** A period header as the vocabulary reads it, or as written (with its fiscal year when it is one). */
function periodLabel(cells: Cells, p: Place): PeriodLabel {
  const { reader } = cells;
  const value = reader.mergedValue(cells.r(p.row), cells.c(p.col));
  if (typeof value === "number") {
    const label = yearNumberLabel(value);
    if (label.kind === "period") return label.period;
  }
  return labelOfText(reader, cells.shown(p) ?? "");
}

/** A header text (or a `columns` table's fixed period) as the vocabulary reads it, else as written. */
function labelOfText(reader: SheetReader, text: string): PeriodLabel {
  const label = text === "" ? null : reader.vocabulary.classify(text);
  if (label?.kind === "period" || label?.kind === "period-role") return label.period;
  const year = parseFiscalYearLabel(text);
  return { label: text, fiscalYear: year.ok ? year.year : null, cumulative: false, projected: false };
}

/** A place along a block: `line` is the row (periods across) or column (periods down), `at` the other. */
const placeOf = (table: LaidTable, line: number, at: number): Place =>
  table.across ? { row: line, col: at } : { row: at, col: line };

/** The first non-empty cell of a name or unit within the block's lines. */
function textIn(
  cells: Cells,
  table: LaidTable,
  at: CellsAt,
  lines: readonly number[],
): { text: string; place: Place } | null {
  if (at === null || "value" in at) return null;
  for (const line of lines) {
    const place = placeOf(table, line, at.line);
    const text = cells.shown(place);
    if (text !== null) return { text, place };
  }
  return null;
}

/** The period's coordinate across the block: a column (periods across) or a row (periods down). */
const lineAcross = (table: LaidTable, p: Place) => (table.across ? p.col : p.row);

/**
 * The header of an id column (row when periods run down): its nearest text above (left of) line `first`,
 * from `start` on. `at` is the id's column (row).
 */
export function idHeaderAt(
  reader: SheetReader,
  across: boolean,
  start: number,
  first: number,
  at: number,
): string | null {
  const cells = new Cells(reader);
  for (let line = first - 1; line >= start; line--) {
    const text = cells.shown(across ? { row: line, col: at } : { row: at, col: line });
    if (text !== null) return text;
  }
  return null;
}

function idHeader(cells: Cells, table: LaidTable): string | null {
  if (table.id === null || !("line" in table.id)) return null;
  const start = table.across ? table.range.row : table.range.col;
  return idHeaderAt(cells.reader, table.across, start, table.first, table.id.line);
}

/** The block's id: the first id cell displayed within its lines, read as detection reads ids. */
function idIn(
  cells: Cells,
  table: LaidTable,
  lines: readonly number[],
  header: string | null,
): string | null {
  if (table.id === null || !("line" in table.id)) return null;
  for (const line of lines) {
    const shown = cells.display(placeOf(table, line, table.id.line));
    if (shown !== null && shown.trim() !== "") return indicatorId(shown.trim(), header);
  }
  return null;
}

function blockDrafts(
  cells: Cells,
  table: LaidTable,
  start: number,
  labels: readonly PeriodLabel[],
  header: string | null,
): IndicatorDraft[] {
  const lines = Array.from({ length: table.size }, (_, k) => start + k);
  const draft = newDraft();
  draft.id = idIn(cells, table, lines, header);
  const name = textIn(cells, table, table.name, lines);
  if (name !== null) {
    draft.name = name.text;
    draft.nameCell = cells.source(name.place);
  }
  draft.unitHint =
    table.unit !== null && "value" in table.unit
      ? table.unit.value
      : (textIn(cells, table, table.unit, lines)?.text ?? null);
  const baseline = textIn(cells, table, table.baseline, lines);
  if (baseline !== null) draft.baselineCell = cells.source(baseline.place);
  if (table.direction !== null) {
    const word = textIn(cells, table, { line: table.direction }, lines);
    if (word !== null) draft.directionCell = cells.source(word.place);
  }
  // Running totals are an indicator of their own, named so that its values read as a stock (累計).
  const running = newDraft();
  running.name = draft.name === "" ? "累計" : `${draft.name}（累計）`;
  running.nameCell = draft.nameCell;
  running.unitHint = draft.unitHint;
  for (const [role, offset] of Object.entries(table.roles) as [LayoutRole, number][]) {
    const line = table.byColumns ? start : start + offset;
    const places = table.byColumns
      ? [{ row: start, col: offset }]
      : table.periods.map((p) => placeOf(table, line, lineAcross(table, p)));
    if (role === "baseline") {
      const found = places.find((p) => !cells.isEmpty(p));
      if (found !== undefined) draft.baselineCell = cells.source(found);
      continue;
    }
    const cumulative = CUMULATIVE[role];
    const target = cumulative === undefined ? draft : running;
    const modelRole = cumulative ?? (role as Role);
    if (!PERIOD_ROLES.includes(modelRole)) continue;
    places.forEach((place, k) => {
      const key = table.byColumns ? 0 : lineAcross(table, table.periods[k]);
      periodAt(target, key, labels[table.byColumns ? 0 : k]).cells[modelRole] = cells.source(place);
    });
  }
  return running.periods.size > 0 ? [draft, running] : [draft];
}

function layoutIdOf(table: LaidTable): LayoutId {
  if (table.byColumns) return "column-roles";
  if (table.roles.baseline !== undefined || table.baseline !== null) return "indicator-rows";
  return table.name !== null && !("value" in table.name) ? "measure-rows" : "value-rows";
}

/** The table a reading describes in this sheet. */
export function buildTable(reader: SheetReader, table: LaidTable): KpiTable {
  const cells = new Cells(reader);
  const labels = table.byColumns
    ? [labelOfText(reader, table.layout.period ?? "")]
    : table.periods.map((p) => periodLabel(cells, p));
  const drafts: IndicatorDraft[] = [];
  const end = lastLine(table);
  const reach = Math.max(0, ...Object.values(table.roles).map((o) => (table.byColumns ? 0 : o)));
  const header = idHeader(cells, table);
  for (let start = table.first; start + reach <= end; start += table.size)
    drafts.push(...blockDrafts(cells, table, start, labels, header));
  const { indicators, unfilled } = splitDrafts(drafts, reader, reader.vocabulary.words);
  return {
    sheet: reader.sheet,
    range: table.layout.range,
    layout: layoutIdOf(table),
    confidence: 1,
    indicators,
    ...unfilledField(unfilled),
    ...(table.layout.rateScale === undefined ? {} : { rateScale: table.layout.rateScale }),
    given: table.layout,
  };
}
