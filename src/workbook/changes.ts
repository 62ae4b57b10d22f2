/**
 * Adapter-independent handling of change sets and undo tokens: address checks, formula protection,
 * and the change set that undoes a token. Both adapters use these so that they behave the same.
 */
import { parseA1 } from "../core/grid";
import { WorkbookError } from "./errors";
import type { CellChange, ChangeSet, UndoToken } from "./port";

/** A cell change with its address parsed (0-based sheet coordinates). */
export interface PlacedChange extends CellChange {
  row: number;
  col: number;
}

/** The state of one cell that undo restores. */
export type CellSnapshot = UndoToken["cells"][number];

export function placeChange(change: CellChange): PlacedChange {
  const at = parseA1(change.address);
  if (!at) throw new WorkbookError("workbook.badAddress", { address: change.address });
  // Object.assign, not spread: spreading change sets of mixed shapes is several times slower (the
  // surgical writer places over a hundred thousand cells for one --fix).
  return Object.assign({}, change, at);
}

/** Parses every cell change, rejecting the whole set when one address is bad. */
export function placeChanges(changes: ChangeSet): PlacedChange[] {
  return (changes.cells ?? []).map(placeChange);
}

/** True when the change writes content (a value or a formula), not only a number format. */
export function writesContent(change: CellChange): boolean {
  return change.formula !== undefined || change.value !== undefined;
}

/**
 * Throws when the change would overwrite a formula without saying so. Checked for every cell before
 * anything is written, so a refused change set leaves the workbook untouched.
 */
export function assertMayOverwrite(change: PlacedChange, previousFormula: string | null): void {
  if (previousFormula !== null && writesContent(change) && change.replaceFormula !== true) {
    throw new WorkbookError("workbook.formulaProtected", { sheet: change.sheet, address: change.address });
  }
}

/** The cells of `changes` that live in sheets that already exist, each cell once (in first-seen order). */
export function cellsToSnapshot(changes: PlacedChange[], newSheets: readonly string[]): PlacedChange[] {
  const seen = new Set<string>();
  return changes.filter((change) => {
    const key = `${change.sheet}\u0000${change.address}`;
    if (newSheets.includes(change.sheet) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The cell changes that put every snapshotted cell back as it was (formulas included). */
export function restoringChanges(token: UndoToken): PlacedChange[] {
  return token.cells
    .filter((cell) => !token.newSheets.includes(cell.sheet))
    .map((cell) =>
      placeChange({
        sheet: cell.sheet,
        address: cell.address,
        value: cell.value,
        formula: cell.formula ?? undefined,
        numberFormat: cell.numberFormat ?? "General",
        replaceFormula: true,
      }),
    );
}

let counter = 0;

/** A fresh, empty token; ids are unique within a session and practically unique across sessions. */
export function newUndoToken(changes: ChangeSet, cells: CellSnapshot[]): UndoToken {
  counter += 1;
  return {
    id: `${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    label: changes.label,
    createdAt: new Date().toISOString(),
    newSheets: [...(changes.newSheets ?? [])],
    cells,
    added: [],
  };
}

/** "General" and empty formats are stored as `null` in grids and tokens. */
export function normalizeNumberFormat(format: unknown): string | null {
  return typeof format === "string" && format !== "" && format !== "General" ? format : null;
}
