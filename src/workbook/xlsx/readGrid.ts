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
  const cells = new Map<string, ReadCell>();
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  eachStoredCell(sheet, (cell, row, col) => {
    const read = readCell(cell);
    if (read.value === null && read.formula === null && read.numberFormat === null) return;
    cells.set(`${row},${col}`, read);
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    left = Math.min(left, col);
    right = Math.max(right, col);
  });
  const merges = mergesOf(sheet);
  if (bottom < 0) return { ...emptyGrid(sheet.name), merges };
  const rowCount = bottom - top + 1;
  const colCount = right - left + 1;
  const at = (r: number, c: number) => cells.get(`${top + r},${left + c}`);
  return {
    sheet: sheet.name,
    origin: { row: top, col: left },
    rowCount,
    colCount,
    values: matrix(rowCount, colCount, (r, c) => at(r, c)?.value ?? null),
    formulas: matrix(rowCount, colCount, (r, c) => at(r, c)?.formula ?? null),
    numberFormats: matrix(rowCount, colCount, (r, c) => at(r, c)?.numberFormat ?? null),
    merges,
  };
}
