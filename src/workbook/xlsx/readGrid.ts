/** An ExcelJS worksheet's used range as a Grid (cells with content or a number format; merges). */
import type ExcelJS from "exceljs";
import { emptyGrid, matrix, parseRangeA1, type CellRange, type Grid } from "../../core/grid";
import { readCell, type ReadCell } from "./cells";

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

export function readGrid(sheet: ExcelJS.Worksheet): Grid {
  const found: { row: number; col: number; cell: ReadCell }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  eachStoredCell(sheet, (cell, row, col) => {
    const read = readCell(cell);
    if (read.value === null && read.formula === null && read.numberFormat === null) return;
    found.push({ row, col, cell: read });
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
  for (const { row, col, cell } of found) {
    grid.values[row - top][col - left] = cell.value;
    grid.formulas[row - top][col - left] = cell.formula;
    grid.numberFormats[row - top][col - left] = cell.numberFormat;
  }
  return grid;
}
