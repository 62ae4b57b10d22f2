/**
 * Read and write operations: each change becomes a small queued operation with an estimated request size, so
 * that a change set can be packed into as few syncs as the payload limit allows (usually one).
 * Cell changes are grouped into runs of adjacent cells in one row, one range write per run.
 */
import { rangeToA1 } from "../../core/grid";
import type { PlacedChange } from "../changes";
import { toExcelInput } from "./cellInput";
import { estimateBytes, OPERATION_OVERHEAD_BYTES } from "./chunking";
import type { XContext, XRange, XWorksheet } from "./excelApi";

/**
 * One operation queued on a request context; `beforeSync` runs once every operation of its batch is queued
 * (for loads that must see the whole batch), `after` once its sync has completed.
 */
export interface WriteOp {
  bytes: number;
  queue(context: XContext): { ranges: XRange[]; beforeSync?: () => void; after?: () => void };
}

/** One read queued for the before-state sync of a change set; `collect` runs once that sync has completed. */
export interface ReadOp {
  sheet: string;
  bytes: number;
  queue(context: XContext): { collect(): void };
}

/** Adjacent cells of one row in one sheet, written as one range. */
export interface CellRun {
  sheet: string;
  row: number;
  col: number;
  cells: PlacedChange[];
}

function runKey(change: PlacedChange, withSignature: boolean): string {
  const signature = withSignature
    ? `${change.formula !== undefined || change.value !== undefined}${change.numberFormat !== undefined}`
    : "";
  return `${change.sheet}\u0000${change.row}\u0000${signature}`;
}

/**
 * Groups changes into runs. With `withSignature`, a run only holds cells that write the same fields
 * (content and/or number format), so that nothing outside the change set is written. The last change
 * of a cell wins.
 */
export function toRuns(changes: readonly PlacedChange[], withSignature: boolean): CellRun[] {
  const latest = new Map<string, PlacedChange>();
  for (const change of changes) latest.set(`${change.sheet}\u0000${change.row}\u0000${change.col}`, change);
  const sorted = [...latest.values()].sort(
    (a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) || a.row - b.row || a.col - b.col,
  );
  const runs: CellRun[] = [];
  for (const change of sorted) {
    const last = runs[runs.length - 1];
    const extends_ =
      last !== undefined &&
      runKey(last.cells[0], withSignature) === runKey(change, withSignature) &&
      last.col + last.cells.length === change.col;
    if (extends_) last.cells.push(change);
    else runs.push({ sheet: change.sheet, row: change.row, col: change.col, cells: [change] });
  }
  return runs;
}

export function runAddress(run: CellRun): string {
  return rangeToA1({ row: run.row, col: run.col, rowCount: 1, colCount: run.cells.length });
}

export function sheetOf(context: XContext, name: string): XWorksheet {
  return context.workbook.worksheets.getItem(name);
}

/** Writes a run's content (formulas, or values as Excel input) and/or number formats. */
export function cellRunOp(run: CellRun): WriteOp {
  const first = run.cells[0];
  const content =
    first.formula !== undefined || first.value !== undefined
      ? [run.cells.map((cell) => cell.formula ?? toExcelInput(cell.value ?? null))]
      : null;
  const formats =
    first.numberFormat !== undefined ? [run.cells.map((cell) => cell.numberFormat ?? "General")] : null;
  return {
    bytes: OPERATION_OVERHEAD_BYTES + estimateBytes(content) + estimateBytes(formats),
    queue(context) {
      const range = sheetOf(context, run.sheet).getRange(runAddress(run));
      // Number format first, so that text written into a "@" cell is not parsed first.
      if (formats !== null) range.numberFormat = formats;
      if (content !== null) range.formulas = content;
      return { ranges: [range] };
    },
  };
}

export function addSheetOp(name: string): WriteOp {
  return {
    bytes: OPERATION_OVERHEAD_BYTES,
    queue(context) {
      context.workbook.worksheets.add(name);
      return { ranges: [] };
    },
  };
}

export function activateSheetOp(name: string): WriteOp {
  return {
    bytes: OPERATION_OVERHEAD_BYTES,
    queue(context) {
      sheetOf(context, name).activate();
      return { ranges: [] };
    },
  };
}
