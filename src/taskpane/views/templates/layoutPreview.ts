/** The top-left corner of a template's sheet, as text, for the layout preview. */
import { parseA1 } from "../../../core";
import type { ChangeSet } from "../../../workbook/port";
import { valueText } from "../common/cellText";

export interface LayoutPreview {
  rows: string[][];
  /** Cells holding a formula ("r,c"), shown differently. */
  formulas: Set<string>;
}

export function layoutPreview(
  changes: ChangeSet,
  sheet: string,
  maxRows: number,
  maxCols: number,
): LayoutPreview {
  const rows = Array.from({ length: maxRows }, () => Array.from({ length: maxCols }, () => ""));
  const formulas = new Set<string>();
  let usedRows = 0;
  let usedCols = 0;
  for (const change of changes.cells ?? []) {
    const at = change.sheet === sheet ? parseA1(change.address) : null;
    if (!at || at.row >= maxRows || at.col >= maxCols) continue;
    const text = change.formula ?? valueText(change.value);
    if (text === "") continue;
    rows[at.row][at.col] = text;
    if (change.formula !== undefined) formulas.add(`${at.row},${at.col}`);
    usedRows = Math.max(usedRows, at.row + 1);
    usedCols = Math.max(usedCols, at.col + 1);
  }
  return { rows: rows.slice(0, usedRows).map((r) => r.slice(0, usedCols)), formulas };
}
