/** An ExcelJS worksheet's used range as a Grid (cells with content or a number format; merges). */
import type ExcelJS from "exceljs";
import { emptyGrid, matrix, parseRangeA1, type CellRange, type CellValue, type Grid } from "../../core/grid";
import { cellFormula, cellNumberFormat, cellValue } from "./cells";

/** ExcelJS keeps merges in a private map keyed by the master cell; it has no public accessor. */
function mergesOf(sheet: ExcelJS.Worksheet): CellRange[] {
  const merges = (sheet as unknown as { _merges: Record<string, { range: string } | undefined> })._merges;
  return Object.values(merges)
    .map((merge) => (merge ? parseRangeA1(merge.range) : null))
    .filter((range): range is CellRange => range !== null);
}

/**
 * Every cell ExcelJS holds, including styled cells without a value (which `eachCell` skips and
 * `includeEmpty` would create by the thousand): its private sparse arrays of rows and cells.
 */
function eachStoredCell(
  sheet: ExcelJS.Worksheet,
  visit: (cell: ExcelJS.Cell, row: number, col: number) => void,
): void {
  const rows = (sheet as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows;
  rows.forEach((row, r) => {
    const cells = (row as unknown as { _cells: (ExcelJS.Cell | undefined)[] } | undefined)?._cells ?? [];
    cells.forEach((cell, c) => {
      if (cell) visit(cell, r, c);
    });
  });
}

/** The cells read, in parallel arrays: no object per cell (10,000 indicators are ~480,000 cells). */
interface ReadCells {
  readonly rows: number[];
  readonly cols: number[];
  readonly values: CellValue[];
  readonly formulas: (string | null)[];
  readonly numberFormats: (string | null)[];
}

export function readGrid(sheet: ExcelJS.Worksheet): Grid {
  const read: ReadCells = { rows: [], cols: [], values: [], formulas: [], numberFormats: [] };
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  eachStoredCell(sheet, (cell, row, col) => {
    const value = cellValue(cell);
    const formula = cellFormula(cell);
    const numberFormat = cellNumberFormat(cell);
    if (value === null && formula === null && numberFormat === null) return;
    read.rows.push(row);
    read.cols.push(col);
    read.values.push(value);
    read.formulas.push(formula);
    read.numberFormats.push(numberFormat);
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (col < left) left = col;
    if (col > right) right = col;
  });
  const merges = mergesOf(sheet);
  if (bottom < 0) return { ...emptyGrid(sheet.name), merges };
  const rowCount = bottom - top + 1;
  const colCount = right - left + 1;
  const grid: Grid = {
    sheet: sheet.name,
    origin: { row: top, col: left },
    rowCount,
    colCount,
    values: matrix(rowCount, colCount, () => null),
    formulas: matrix(rowCount, colCount, () => null),
    numberFormats: matrix(rowCount, colCount, () => null),
    merges,
  };
  for (let i = 0; i < read.rows.length; i++) {
    const r = read.rows[i] - top;
    const c = read.cols[i] - left;
    grid.values[r][c] = read.values[i];
    grid.formulas[r][c] = read.formulas[i];
    grid.numberFormats[r][c] = read.numberFormats[i];
  }
  return grid;
}
