/**
 * A detected table as a reading, so that it can be printed (`kpi-check --print-layout`), corrected and
 * given back. Only a reading that reads the table back exactly is returned: the proposal is built
 * (./build) and compared with the detected table; a table the format cannot express (names in headings,
 * periods with gaps, roles in columns per period) gives `null`.
 */
import { columnName, parseRangeA1, rangeToA1, type CellRange } from "../grid";
import { ROLES, type Indicator, type KpiTable, type Role } from "../tables/model";
import type { SheetReader } from "../tables/sheet-reader";
import { indicatorId } from "../tables/indicator-id";
import { buildTable, idHeaderAt } from "./build";
import { laidOut } from "./geometry";
import type { LayoutCells, LayoutRole, TableLayout } from "./types";

interface Shape {
  readonly starts: number[];
  readonly offsets: Partial<Record<Role, number>>;
  readonly columns: number[];
}

/** Each indicator's role rows as offsets from its first row, the same for every indicator, or `null`. */
function shapeOf(indicators: readonly Indicator[]): Shape | null {
  const starts: number[] = [];
  let offsets: Partial<Record<Role, number>> | null = null;
  const columns = new Set<number>();
  for (const indicator of indicators) {
    const rows: Partial<Record<Role, number>> = {};
    for (const period of indicator.periods)
      for (const role of ROLES) {
        const cell = period.cells[role];
        if (cell === undefined) continue;
        if (rows[role] !== undefined && rows[role] !== cell.row) return null;
        rows[role] = cell.row;
        columns.add(cell.col);
      }
    const start = Math.min(...Object.values(rows));
    const own = Object.fromEntries(Object.entries(rows).map(([role, row]) => [role, row - start]));
    if (offsets !== null && JSON.stringify(offsets) !== JSON.stringify(own)) return null;
    offsets = own;
    starts.push(start);
  }
  if (offsets === null || starts.length === 0) return null;
  return { starts, offsets, columns: [...columns].sort((a, b) => a - b) };
}

/** The block size: the constant step between indicators, or the rows one indicator spans. */
function sizeOf(shape: Shape): number | null {
  const reach = Math.max(...Object.values(shape.offsets)) + 1;
  if (shape.starts.length === 1) return reach;
  const step = shape.starts[1] - shape.starts[0];
  if (step < reach) return null;
  return shape.starts.every((s, k) => k === 0 || s - shape.starts[k - 1] === step) ? step : null;
}

/** The nearest row above the first block whose cells over the period columns all read as periods. */
function headerRow(reader: SheetReader, shape: Shape, top: number): number | null {
  const { origin } = reader;
  for (let row = shape.starts[0] - 1; row >= top; row--) {
    const r = row - origin.row;
    const periods = shape.columns.every((col) => {
      const c = col - origin.col;
      if (typeof reader.mergedValue(r, c) === "number") return true;
      const kind = reader.mergedLabel(r, c).kind;
      return kind === "period" || kind === "period-role";
    });
    if (periods) return row;
  }
  return null;
}

/** The column all indicators' cells of one kind share, as a letter. */
function sharedColumn(cells: readonly ({ col: number } | null)[]): string | null {
  const cols = new Set(cells.map((c) => c?.col ?? -1));
  const [only] = cols;
  return cols.size === 1 && only !== undefined && only >= 0 ? columnName(only) : null;
}

/** The part of a table a report shows and checks read, to compare a rebuilt table with the detected one. */
function fingerprint(table: KpiTable): string {
  const indicator = (i: Indicator) => ({
    id: i.id,
    name: i.name,
    nameCell: i.nameCell?.address ?? null,
    unit: i.unit,
    baseline: i.baselineCell?.address ?? null,
    direction: i.direction === undefined ? null : [i.direction.direction, i.direction.cell.address],
    periods: i.periods.map((p) => ({
      label: p.label,
      fiscalYear: p.fiscalYear,
      cumulative: p.cumulative,
      final: p.final ?? false,
      partial: p.partial ?? false,
      cells: ROLES.map((role) => p.cells[role]?.address ?? null),
    })),
  });
  return JSON.stringify({
    indicators: table.indicators.map(indicator),
    unfilled: (table.unfilled ?? []).map(indicator),
  });
}

function candidates(base: TableLayout, table: KpiTable, unitColumn: string | null): TableLayout[] {
  const units = new Set(table.indicators.map((i) => i.unit));
  const [unit] = units;
  const options: (LayoutCells | undefined)[] = [undefined];
  if (unitColumn !== null) options.push(unitColumn);
  if (units.size === 1 && typeof unit === "string") options.push({ value: unit });
  return options.map((u) => (u === undefined ? base : { ...base, unit: u }));
}

/** The column holding each indicator's unit on one of its rows, if one does. */
function unitColumn(
  reader: SheetReader,
  table: KpiTable,
  shape: Shape,
  size: number,
  left: number,
): string | null {
  const { origin } = reader;
  for (let col = left; col < shape.columns[0]; col++) {
    const all = table.indicators.every((indicator, k) => {
      for (let row = shape.starts[k]; row < shape.starts[k] + size; row++)
        if (reader.display(row - origin.row, col - origin.col) === indicator.unit) return true;
      return false;
    });
    if (all) return columnName(col);
  }
  return null;
}

/**
 * The column holding each indicator's id on one of its rows (`1` under `No.` reads `No.1`), if one does;
 * the rebuilt table's fingerprint then says whether the reading reads the ids exactly.
 */
function idColumn(
  reader: SheetReader,
  table: KpiTable,
  shape: Shape,
  size: number,
  range: CellRange,
): string | null {
  if (table.indicators.every((i) => i.id === null)) return null;
  const { origin } = reader;
  for (let col = range.col; col < shape.columns[0]; col++) {
    const header = idHeaderAt(reader, true, range.row, shape.starts[0], col);
    const all = table.indicators.every((indicator, k) => {
      if (indicator.id === null) return true;
      for (let row = shape.starts[k]; row < shape.starts[k] + size; row++) {
        const shown = reader.display(row - origin.row, col - origin.col)?.trim();
        if (shown !== undefined && shown !== "" && indicatorId(shown, header) === indicator.id) return true;
      }
      return false;
    });
    if (all) return columnName(col);
  }
  return null;
}

/** A reading that reads `table` back exactly from `reader`'s sheet, or `null` when there is none. */
export function layoutOfTable(reader: SheetReader, table: KpiTable): TableLayout | null {
  if (table.given !== undefined) return table.given;
  if (table.indicators.length === 0) return null;
  const shape = shapeOf(table.indicators);
  const size = shape === null ? null : sizeOf(shape);
  if (shape === null || size === null) return null;
  const columns = shape.columns;
  if (columns.some((c, k) => k > 0 && c !== columns[k - 1] + 1)) return null;
  const range = parseRangeA1(table.range);
  const header = range === null ? null : headerRow(reader, shape, range.row);
  if (header === null) return null;
  const periods = rangeToA1({ row: header, col: columns[0], rowCount: 1, colCount: columns.length });
  const roles = shape.offsets as Partial<Record<LayoutRole, number>>;
  const name = sharedColumn(table.indicators.map((i) => i.nameCell));
  const baseline = sharedColumn(table.indicators.map((i) => i.baselineCell));
  const left = range?.col ?? reader.origin.col;
  const id = range === null ? null : idColumn(reader, table, shape, size, range);
  const base: TableLayout = {
    sheet: table.sheet,
    range: table.range,
    periods,
    blocks: { first: shape.starts[0] + 1, size, roles },
    ...(id === null ? {} : { id }),
    ...(name === null ? {} : { name }),
    ...(baseline === null ? {} : { baseline }),
  };
  const wanted = fingerprint(table);
  const unitCol = unitColumn(reader, table, shape, size, left);
  for (const layout of candidates(base, table, unitCol))
    if (fingerprint(buildTable(reader, laidOut(layout))) === wanted) return layout;
  return null;
}
