/**
 * Cells read from a sheet, in parallel arrays (no object per cell: 10,000 indicators are ~480,000 cells),
 * turned into a Grid over their bounding box. Shared by the ExcelJS reader (./worksheetGrid.ts) and the fast
 * read-only reader (./fast), so that both build their grids the same way.
 */
import { emptyGrid, matrix, type CellRange, type CellValue, type Grid } from "../../core/grid";

export interface ReadCells {
  readonly rows: number[];
  readonly cols: number[];
  readonly values: CellValue[];
  readonly formulas: (string | null)[];
  readonly numberFormats: (string | null)[];
}

export function newReadCells(): ReadCells {
  return { rows: [], cols: [], values: [], formulas: [], numberFormats: [] };
}

/** Adds a cell unless it has neither a value, a formula nor a number format (then it is not in the grid). */
export function pushCell(
  read: ReadCells,
  row: number,
  col: number,
  value: CellValue,
  formula: string | null,
  numberFormat: string | null,
): void {
  if (value === null && formula === null && numberFormat === null) return;
  read.rows.push(row);
  read.cols.push(col);
  read.values.push(value);
  read.formulas.push(formula);
  read.numberFormats.push(numberFormat);
}

export function gridFromCells(sheet: string, read: ReadCells, merges: CellRange[]): Grid {
  if (read.rows.length === 0) return { ...emptyGrid(sheet), merges };
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let i = 0; i < read.rows.length; i++) {
    const row = read.rows[i];
    const col = read.cols[i];
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (col < left) left = col;
    if (col > right) right = col;
  }
  const rowCount = bottom - top + 1;
  const colCount = right - left + 1;
  const grid: Grid = {
    sheet,
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
