/** How a cell and a planned change read in a before → after preview. */
import { isCellError, parseA1, type CellValue, type Grid } from "../../../core/grid";
import type { CellChange } from "../../../workbook/port";

export function valueText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (isCellError(value)) return value.error;
  return String(value);
}

/** The cell's formula, or its value, as the grid read it; "" when outside the grid or empty. */
export function cellText(grids: readonly Grid[], sheet: string, address: string): string {
  const grid = grids.find((g) => g.sheet === sheet);
  const at = parseA1(address);
  if (!grid || !at) return "";
  const r = at.row - grid.origin.row;
  const c = at.col - grid.origin.col;
  if (r < 0 || c < 0 || r >= grid.rowCount || c >= grid.colCount) return "";
  return grid.formulas[r][c] ?? valueText(grid.values[r][c]);
}

/** What the cell will hold after the change: its formula, else its value, with a new number format appended. */
function changeText(change: CellChange, before: string): string {
  const content =
    change.formula !== undefined
      ? change.formula
      : change.value !== undefined
        ? valueText(change.value)
        : before;
  return change.numberFormat !== undefined ? `${content} [${change.numberFormat}]` : content;
}

export interface PreviewRow {
  key: string;
  cell: string;
  before: string;
  after: string;
}

/** One row per changed cell (the first change of a cell wins), in the order given. */
export function previewRows(changes: readonly CellChange[], grids: readonly Grid[]): PreviewRow[] {
  const seen = new Set<string>();
  const rows: PreviewRow[] = [];
  for (const change of changes) {
    const key = `${change.sheet}!${change.address}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const before = cellText(grids, change.sheet, change.address);
    rows.push({ key, cell: key, before, after: changeText(change, before) });
  }
  return rows;
}
