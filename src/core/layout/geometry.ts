/**
 * A reading's table in sheet coordinates (0-based): its range, period cells, the axis its blocks repeat
 * along, role offsets and the rows or columns of names, units and directions. Built once from a valid
 * `TableLayout` (./parse), read by the check against the sheet and by the builder.
 */
import { parseA1, parseRangeA1, type CellRange } from "../grid";
import type { LayoutCells, LayoutRole, TableLayout } from "./types";

export interface Place {
  readonly row: number;
  readonly col: number;
}

/** A name or unit: at a column (periods across) or row (periods down), or one text for every indicator. */
export type CellsAt = { readonly line: number } | { readonly value: string } | null;

export interface LaidTable {
  readonly layout: TableLayout;
  readonly range: CellRange;
  /** Periods across columns (blocks of rows), or down a column (blocks of columns). */
  readonly across: boolean;
  readonly periods: readonly Place[];
  /** The first block's row (across) or column (down), and every block's size. */
  readonly first: number;
  readonly size: number;
  /** Offsets inside a block (blocks), or columns (a `columns` table: one indicator per row). */
  readonly roles: Readonly<Partial<Record<LayoutRole, number>>>;
  readonly byColumns: boolean;
  /** Each block's id: a column (periods across) or row (periods down). */
  readonly id: CellsAt;
  readonly name: CellsAt;
  readonly unit: CellsAt;
  readonly baseline: CellsAt;
  /** A per-indicator direction column (row when periods run down). */
  readonly direction: number | null;
}

/** "B" → 1; `null` unless it is a column letter. */
export function columnIndex(letter: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letter)) return null;
  return parseA1(`${letter}1`)?.col ?? null;
}

/** A single row or column of cells, `null` otherwise. */
export function lineOf(address: string): Place[] | null {
  const range = parseRangeA1(address);
  if (range === null || (range.rowCount > 1 && range.colCount > 1)) return null;
  const places: Place[] = [];
  for (let r = 0; r < range.rowCount; r++)
    for (let c = 0; c < range.colCount; c++) places.push({ row: range.row + r, col: range.col + c });
  return places;
}

/** A block's `first`: a 1-based row number or a column letter, 0-based. */
export function firstIndex(first: number | string): number | null {
  if (typeof first === "number") return Number.isInteger(first) && first >= 1 ? first - 1 : null;
  return columnIndex(first);
}

function cellsAt(given: LayoutCells | undefined): CellsAt {
  if (given === undefined) return null;
  if (typeof given === "object") return { value: given.value };
  const line = firstIndex(given);
  return line === null ? null : { line };
}

/** The table in sheet coordinates; the layout is valid (./parse has read it). */
export function laidOut(layout: TableLayout): LaidTable {
  const range = parseRangeA1(layout.range) as CellRange;
  const periods = layout.periods === undefined ? [] : (lineOf(layout.periods) ?? []);
  const across = periods.length < 2 || periods[0].row === periods[1].row;
  const direction = typeof layout.direction === "object" ? firstIndex(layout.direction.column) : null;
  const common = {
    layout,
    range,
    across,
    periods,
    id: cellsAt(layout.id),
    name: cellsAt(layout.name),
    unit: cellsAt(layout.unit),
    baseline: cellsAt(layout.baseline),
  };
  if (layout.columns !== undefined) {
    const roles: Partial<Record<LayoutRole, number>> = {};
    for (const [role, letter] of Object.entries(layout.columns))
      roles[role as LayoutRole] = columnIndex(letter as string) as number;
    const first = layout.first === undefined ? range.row + 1 : layout.first - 1;
    return { ...common, across: true, first, size: 1, roles, byColumns: true, direction };
  }
  const blocks = layout.blocks as NonNullable<TableLayout["blocks"]>;
  return {
    ...common,
    first: firstIndex(blocks.first) as number,
    size: blocks.size,
    roles: blocks.roles,
    byColumns: false,
    direction,
  };
}

/** The last row (across) or column (down) of the range: blocks repeat up to it. */
export function lastLine(table: LaidTable): number {
  const { range, across } = table;
  return across ? range.row + range.rowCount - 1 : range.col + range.colCount - 1;
}
