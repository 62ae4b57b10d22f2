/**
 * The plain grid every face hands to the engine: one sheet's used range, read in one go.
 * Nothing here knows whether it came from Office.js or from an .xlsx file.
 */

/** An Excel error as it sits in a cell (`#VALUE!`, `#DIV/0!`, `#N/A`, `#REF!`, `#NAME?`, `#NUM!`, `#NULL!`, …). */
export interface CellError {
  readonly error: string;
}

/** What a cell shows: a number, text, a boolean, an Excel error, or nothing. Formula cells hold their cached result. */
export type CellValue = number | string | boolean | CellError | null;

/** A rectangle in sheet coordinates, 0-based. */
export interface CellRange {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export interface Grid {
  sheet: string;
  /** Sheet coordinates (0-based) of the grid's top-left cell: the used range's origin. */
  origin: { row: number; col: number };
  rowCount: number;
  colCount: number;
  /**
   * `values[r][c]` relative to `origin`; formula cells hold their cached result.
   * A formula cell whose file stored no cached result has `values[r][c] === null` with `formulas[r][c]` set:
   * "not calculated", never "empty" (see `isUncalculated`).
   */
  values: CellValue[][];
  /** Formula text (`=A1/B1`) or `null` for constants; the same shape as `values`. */
  formulas: (string | null)[][];
  /** Number format (`0.0%`, `#,##0"件"`) or `null` for General; the same shape as `values`. */
  numberFormats: (string | null)[][];
  /** Merged areas in sheet coordinates. */
  merges: CellRange[];
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && typeof (value as CellError).error === "string";
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** Column letters of Excel's columns (A … XFD), made once per column: detection writes millions of addresses. */
const EXCEL_COLUMNS = 16_384;
const columnNames: string[] = [];

/** Sheet coordinates (0-based) → "E5". */
export function toA1(row: number, col: number): string {
  let name = columnNames[col];
  if (name === undefined) {
    name = columnName(col);
    if (col >= 0 && col < EXCEL_COLUMNS) columnNames[col] = name;
  }
  return `${name}${row + 1}`;
}

/** "E5" (or "$E$5") → 0-based sheet coordinates; `null` when it is not a single-cell address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** A range in sheet coordinates → "A3:K40" (or "E5" for one cell). */
export function rangeToA1(range: CellRange): string {
  const first = toA1(range.row, range.col);
  if (range.rowCount === 1 && range.colCount === 1) return first;
  return `${first}:${toA1(range.row + range.rowCount - 1, range.col + range.colCount - 1)}`;
}

/** "A3:K40" or "E5" → a range; `null` when malformed. */
/** Whether two ranges share at least one cell. */
export function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.col < b.col + b.colCount &&
    b.col < a.col + a.colCount
  );
}

export function parseRangeA1(address: string): CellRange | null {
  const [a, b] = address.split(":");
  const start = parseA1(a);
  const end = b === undefined ? start : parseA1(b);
  if (!start || !end) return null;
  const row = Math.min(start.row, end.row);
  const col = Math.min(start.col, end.col);
  return {
    row,
    col,
    rowCount: Math.abs(end.row - start.row) + 1,
    colCount: Math.abs(end.col - start.col) + 1,
  };
}

/** An empty grid for `sheet` of the given size at the sheet's top-left, handy for building test grids. */
export function gridFromRows(sheet: string, rows: CellValue[][], origin = { row: 0, col: 0 }): Grid {
  const colCount = rows.reduce((max, r) => Math.max(max, r.length), 0);
  const values = rows.map((r) =>
    Array.from({ length: colCount }, (_, c) => (r[c] === undefined ? null : r[c])),
  );
  return {
    sheet,
    origin,
    rowCount: rows.length,
    colCount,
    values,
    formulas: values.map((r) => r.map(() => null)),
    numberFormats: values.map((r) => r.map(() => null)),
    merges: [],
  };
}

/**
 * True when the cell holds a formula whose result was never stored (files written by generators):
 * the value is unknown, not empty. A face must recompute it or say so.
 */
export function isUncalculated(grid: Grid, r: number, c: number): boolean {
  return grid.values[r][c] === null && grid.formulas[r][c] !== null;
}

/** A sheet with nothing in it: the grid of an empty used range. */
export function emptyGrid(sheet: string): Grid {
  return {
    sheet,
    origin: { row: 0, col: 0 },
    rowCount: 0,
    colCount: 0,
    values: [],
    formulas: [],
    numberFormats: [],
    merges: [],
  };
}

/** Builds a `rowCount × colCount` matrix, calling `cell(r, c)` for every element. */
export function matrix<T>(rowCount: number, colCount: number, cell: (r: number, c: number) => T): T[][] {
  const rows: T[][] = new Array(rowCount);
  for (let r = 0; r < rowCount; r++) {
    const row: T[] = new Array(colCount);
    for (let c = 0; c < colCount; c++) row[c] = cell(r, c);
    rows[r] = row;
  }
  return rows;
}
