/**
 * 提出用に確定: KPI.* formulas become their values, in place (replacing the formula, undoable) or in a
 * new copy of the sheet (every cell copied, KPI.* formulas as values). Then a scan for error values.
 */
import { isCellError, toA1, type Grid } from "../../../core";
import type { CellChange, ChangeSet } from "../../../workbook/port";

/** A formula that calls one of our custom functions (`=KPI.RATE(…)`, `=IFERROR(KPI.STATUS(…),"")`). */
export function callsKpi(formula: string): boolean {
  return /(^=|[^A-Za-z0-9_.])KPI\./i.test(formula);
}

function cellsOf(grid: Grid) {
  const out: { address: string; r: number; c: number }[] = [];
  for (let r = 0; r < grid.rowCount; r++)
    for (let c = 0; c < grid.colCount; c++)
      out.push({ address: toA1(grid.origin.row + r, grid.origin.col + c), r, c });
  return out;
}

/** Addresses of the KPI.* formula cells of the grid. */
export function kpiFormulaCells(grid: Grid): string[] {
  return cellsOf(grid)
    .filter(({ r, c }) => callsKpi(grid.formulas[r][c] ?? ""))
    .map((cell) => cell.address);
}

export function finalizeInPlace(grid: Grid, label: string): ChangeSet {
  const cells: CellChange[] = cellsOf(grid)
    .filter(({ r, c }) => callsKpi(grid.formulas[r][c] ?? ""))
    .map(({ address, r, c }) => ({
      sheet: grid.sheet,
      address,
      value: grid.values[r][c],
      replaceFormula: true,
    }));
  return { label, cells };
}

export function finalizeToCopy(grid: Grid, copy: string, label: string): ChangeSet {
  const cells: CellChange[] = [];
  for (const { address, r, c } of cellsOf(grid)) {
    const formula = grid.formulas[r][c];
    const value = grid.values[r][c];
    const numberFormat = grid.numberFormats[r][c] ?? undefined;
    if (formula === null && value === null && numberFormat === undefined) continue;
    const content = formula !== null && !callsKpi(formula) ? { formula } : { value };
    cells.push({ sheet: copy, address, ...content, ...(numberFormat ? { numberFormat } : {}) });
  }
  return { label, newSheets: [copy], cells };
}

const SUBMISSION_ERRORS = ["#NAME?", "#VALUE!"];

/** Cells still showing #NAME? or #VALUE! (what a recipient without the add-in would see). */
export function remainingErrors(grid: Grid): string[] {
  return cellsOf(grid)
    .filter(({ r, c }) => {
      const v = grid.values[r][c];
      return isCellError(v) && SUBMISSION_ERRORS.includes(v.error);
    })
    .map((cell) => cell.address);
}
