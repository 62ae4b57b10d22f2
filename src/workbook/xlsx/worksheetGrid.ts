/** An ExcelJS worksheet's used range as a Grid (cells with content or a number format; merges). */
import type ExcelJS from "exceljs";
import { parseRangeA1, type CellRange, type Grid } from "../../core/grid";
import { cellFormula, cellNumberFormat, cellValue } from "./cells";
import { gridFromCells, ReadCells } from "./cellGrid";

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

export function worksheetGrid(sheet: ExcelJS.Worksheet): Grid {
  const read = new ReadCells();
  eachStoredCell(sheet, (cell, row, col) =>
    read.push(row, col, cellValue(cell), cellFormula(cell), cellNumberFormat(cell)),
  );
  return gridFromCells(sheet.name, read, mergesOf(sheet));
}
