/**
 * Cells read from a sheet, in row order and each row's in column order, turned into a Grid over their
 * bounding box. Shared by the ExcelJS reader (./worksheetGrid.ts) and the fast read-only reader (./fast),
 * so that both build their grids the same way. A sheet of 5 M cells must fit in memory beside the check,
 * so each row is kept as the grid will hold it as soon as it ends — one array of values sized to the row's
 * cells, formulas and number formats only for a row that has some — and a row without formulas, without
 * number formats or without anything is one shared row of nulls instead of an array of its own; rows of
 * the same number formats share one array.
 */
import { emptyGrid, type CellRange, type CellValue, type Grid } from "../../core/grid";

/** One sheet row's cells from sheet column `first` on; `formulas`/`formats` are null when it has none. */
export interface ReadRow {
  readonly row: number;
  readonly first: number;
  readonly values: CellValue[];
  readonly formulas: (string | null)[] | null;
  readonly formats: (string | null)[] | null;
}

export class ReadCells {
  private readonly done: ReadRow[] = [];
  /** The row being read: its cells from `first` on (`length` of them so far), in reused arrays. */
  private row = -1;
  private first = 0;
  private length = 0;
  private lastCol = -1;
  private hasFormula = false;
  private hasFormat = false;
  private readonly values: CellValue[] = [];
  private readonly formulas: (string | null)[] = [];
  private readonly formats: (string | null)[] = [];

  /**
   * Adds a cell unless it has neither a value, a formula nor a number format (then it is not in the grid).
   * Cells come in row order, each row's in column order.
   */
  push(
    row: number,
    col: number,
    value: CellValue,
    formula: string | null,
    numberFormat: string | null,
  ): void {
    if (value === null && formula === null && numberFormat === null) return;
    if (row !== this.row) {
      if (row < this.row) throw new Error(`cell ${row},${col} read after row ${this.row}`);
      this.endRow();
      this.row = row;
      this.first = col;
    } else if (col <= this.lastCol) throw new Error(`cell ${row},${col} read after column ${this.lastCol}`);
    this.lastCol = col;
    const at = col - this.first;
    for (; this.length < at; this.length++) {
      this.values[this.length] = null;
      this.formulas[this.length] = null;
      this.formats[this.length] = null;
    }
    this.values[at] = value;
    this.formulas[at] = formula;
    this.formats[at] = numberFormat;
    this.length = at + 1;
    if (formula !== null) this.hasFormula = true;
    if (numberFormat !== null) this.hasFormat = true;
  }

  private endRow(): void {
    if (this.length === 0) return;
    const { length } = this;
    this.done.push({
      row: this.row,
      first: this.first,
      values: this.values.slice(0, length),
      formulas: this.hasFormula ? this.formulas.slice(0, length) : null,
      formats: this.hasFormat ? this.formats.slice(0, length) : null,
    });
    this.length = 0;
    this.lastCol = -1;
    this.hasFormula = false;
    this.hasFormat = false;
  }

  /** The rows read, in order, once every cell was pushed (their values and formulas may still be emptied). */
  rows(): readonly ReadRow[] {
    this.endRow();
    return this.done;
  }
}

function isEmptyAt(row: ReadRow, at: number): boolean {
  return (
    row.values[at] === null && (row.formulas?.[at] ?? null) === null && (row.formats?.[at] ?? null) === null
  );
}

/**
 * `cells` (a row's, from sheet column `first`; those from `from` to `to` kept) as a grid row of `colCount`
 * from column `left`: the row's own array when it is exactly that.
 */
function gridRow<T>(
  cells: T[],
  first: number,
  from: number,
  to: number,
  left: number,
  colCount: number,
): T[] {
  if (from === 0 && to === cells.length && first === left && cells.length === colCount) return cells;
  const row = new Array<T | null>(colCount).fill(null);
  for (let i = from; i < to; i++) row[first + i - left] = cells[i];
  return row as T[];
}

/** How many of the last distinct rows of number formats a new one is compared with. */
const RECENT_FORMAT_ROWS = 8;

/**
 * Rows of number formats, one array for rows that hold the same formats (a sheet formats its rows alike:
 * every indicator's rate row, every target row): a row is compared with the last few distinct ones.
 * Each is frozen, as the row of nulls is.
 */
class FormatRows {
  private readonly recent: (string | null)[][] = [];

  share(row: (string | null)[]): (string | null)[] {
    const { recent } = this;
    const same = recent.findIndex(
      (other) => other.length === row.length && other.every((f, c) => f === row[c]),
    );
    if (same >= 0) return recent[same];
    if (recent.unshift(Object.freeze(row) as (string | null)[]) > RECENT_FORMAT_ROWS) recent.pop();
    return row;
  }
}

export function gridFromCells(sheet: string, read: ReadCells, merges: CellRange[]): Grid {
  const rows = read.rows();
  // Each row's kept cells, without the empty ones at either end (merges may have emptied some).
  const from = new Int32Array(rows.length);
  const to = new Int32Array(rows.length);
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  rows.forEach((row, i) => {
    let a = 0;
    let b = row.values.length;
    while (a < b && isEmptyAt(row, a)) a++;
    while (b > a && isEmptyAt(row, b - 1)) b--;
    from[i] = a;
    to[i] = b;
    if (a === b) return;
    if (top < 0) top = row.row;
    bottom = row.row;
    left = Math.min(left, row.first + a);
    right = Math.max(right, row.first + b - 1);
  });
  if (top < 0) return { ...emptyGrid(sheet), merges };
  const rowCount = bottom - top + 1;
  const colCount = right - left + 1;
  // One row of nulls for every row without cells, formulas or formats; frozen, so that a write to it throws
  // instead of changing every row that shares it (the Grid type says mutable, but no reader writes).
  const blank = Object.freeze(new Array<null>(colCount).fill(null)) as null[];
  const values: CellValue[][] = new Array<CellValue[]>(rowCount).fill(blank);
  const formulas: (string | null)[][] = new Array<(string | null)[]>(rowCount).fill(blank);
  const numberFormats: (string | null)[][] = new Array<(string | null)[]>(rowCount).fill(blank);
  const formatRows = new FormatRows();
  rows.forEach((row, i) => {
    const [a, b] = [from[i], to[i]];
    if (a === b) return;
    const r = row.row - top;
    values[r] = gridRow(row.values, row.first, a, b, left, colCount);
    if (row.formulas) formulas[r] = gridRow(row.formulas, row.first, a, b, left, colCount);
    if (row.formats)
      numberFormats[r] = formatRows.share(gridRow(row.formats, row.first, a, b, left, colCount));
  });
  return {
    sheet,
    origin: { row: top, col: left },
    rowCount,
    colCount,
    values,
    formulas,
    numberFormats,
    merges,
  };
}
