/** How a cell and a planned change read in a before → after preview: as the sheet shows them. */
import { displayValue } from "../../../core";
import { parseA1, type CellValue, type Grid } from "../../../core/grid";
import type { CellChange } from "../../../workbook/port";

/** A value as the sheet shows it without a number format (`#VALUE!`, text as is, numbers in General). */
export function valueText(value: CellValue | undefined): string {
  return displayValue(value ?? null);
}

interface CellRead {
  readonly value: CellValue;
  readonly formula: string | null;
  readonly numberFormat: string | null;
}

function readCell(grids: readonly Grid[], sheet: string, address: string): CellRead | null {
  const grid = grids.find((g) => g.sheet === sheet);
  const at = parseA1(address);
  if (!grid || !at) return null;
  const r = at.row - grid.origin.row;
  const c = at.col - grid.origin.col;
  if (r < 0 || c < 0 || r >= grid.rowCount || c >= grid.colCount) return null;
  return { value: grid.values[r][c], formula: grid.formulas[r][c], numberFormat: grid.numberFormats[r][c] };
}

/** The cell as shown: its formula, or its value under its number format; "" when outside the grid or empty. */
export function cellText(grids: readonly Grid[], sheet: string, address: string): string {
  const cell = readCell(grids, sheet, address);
  if (cell === null) return "";
  return cell.formula ?? displayValue(cell.value, cell.numberFormat);
}

/** What the cell will show after the change: a new formula, else its (new) value under its (new) format. */
function changeText(change: CellChange, cell: CellRead | null): string {
  if (change.formula !== undefined) return change.formula;
  if (change.value === undefined && cell?.formula) return cell.formula;
  const value = change.value !== undefined ? change.value : (cell?.value ?? null);
  return displayValue(value, change.numberFormat ?? cell?.numberFormat ?? null);
}

export interface PreviewRow {
  key: string;
  cell: string;
  before: string;
  after: string;
  /** Text that becomes a number showing the same (`1,600件` → 1600 under `#,##0"件"`). */
  toNumber: boolean;
}

/**
 * One row per changed cell (the first change of a cell wins), in the order given. With `lookOnly` (the
 * table look), a cell whose format changes but that will show the same text is left out: a reader sees no change.
 */
export function previewRows(
  changes: readonly CellChange[],
  grids: readonly Grid[],
  lookOnly = false,
): PreviewRow[] {
  const seen = new Set<string>();
  const rows: PreviewRow[] = [];
  for (const change of changes) {
    const key = `${change.sheet}!${change.address}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const cell = readCell(grids, change.sheet, change.address);
    const before = cell === null ? "" : (cell.formula ?? displayValue(cell.value, cell.numberFormat));
    const after = changeText(change, cell);
    const toNumber = typeof cell?.value === "string" && typeof change.value === "number";
    const unseen = before === after && change.value === undefined && change.formula === undefined;
    if (!lookOnly || !unseen) rows.push({ key, cell: key, before, after, toNumber });
  }
  return rows;
}
