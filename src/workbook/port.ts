/**
 * The one port between the faces (task pane, CLI) and a workbook. Two adapters implement it:
 * Office.js (batched: one sync to read, one to write) and .xlsx (ExcelJS). No Office or ExcelJS type leaks through.
 * Addresses are A1 strings in the named sheet ("E5", "A3:K40").
 * Failures the user should see are thrown as `WorkbookError` (./errors) with a stable code and ja/en messages.
 */
import type { CellValue, Grid } from "../core/grid";
import type { ChangeSet } from "../core/changes";

/** The change vocabulary is core's (`ChangeSet`, `CellChange`, styles, rules, layouts, charts). */
export type * from "../core/changes";

/**
 * What `apply` saved so that `undo` can restore it exactly. Serializable (persisted inside the workbook).
 * Undo restores the cells' values, formulas and number formats, the styles, column widths, freeze panes and
 * print setup the change set wrote (`formats`), unmerges what it merged, deletes `newSheets`, and removes
 * the added conditional formats and data validations.
 */
export interface UndoToken {
  id: string;
  label: string;
  createdAt: string;
  newSheets: string[];
  /** Previous state of every cell the change set touched. */
  cells: {
    sheet: string;
    address: string;
    value: CellValue;
    formula: string | null;
    numberFormat: string | null;
  }[];
  /**
   * Conditional formats / validations / charts / names added, so undo can remove them. `ref` is
   * adapter-specific: Office: the conditional format's priority id with its type and range (JSON, see
   * office/removeAdded.ts; a bare id in older tokens), the validated address, the chart's name, the
   * sheet-scoped name; xlsx: the address.
   */
  added: {
    sheet: string;
    kind: "conditionalFormat" | "validation" | "style" | "layout" | "chart" | "name";
    ref: string;
  }[];
  /** Previous formatting of what styles and layouts changed. Absent in tokens saved before it existed. */
  formats?: FormatSnapshot[];
  /**
   * Parts of the change set this adapter could not write, so that a face can say so: the .xlsx adapter
   * cannot write charts (`ref`: the chart's source range). Absent when everything was written.
   */
  skipped?: { sheet: string; kind: "chart"; ref: string }[];
}

/** A JSON value, as a token carries it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The state of one formatting part before a change set wrote it. `before` is adapter-specific JSON, like
 * `added.ref`: the Office adapter keeps Office's own shapes (cell properties, a column width in points, the
 * frozen range's address, page layout properties), the .xlsx adapter ExcelJS's (cell styles, widths in
 * characters, sheet views, page setup). Per-cell parts are packed (./formatSnapshot) so a uniform table
 * costs a few entries, not one per cell.
 */
export interface FormatSnapshot {
  sheet: string;
  /** cells: a range's cell formats; columnWidth: one column ("C"); freeze/print: the sheet ("");
   * merge: an area the change set merged, unmerged on undo (`before` is null). */
  part: "cells" | "columnWidth" | "freeze" | "print" | "merge";
  address: string;
  before: Json;
}

/** What an undo could not restore: `kind` as in `UndoToken.added`, or "sheet" / "printTitles" / "cells". */
export interface UndoReport {
  notRestored: { sheet: string; kind: string; ref: string }[];
}

export interface WorkbookPort {
  listSheets(): Promise<string[]>;
  activeSheet(): Promise<string>;
  /** The used range of a sheet as a grid snapshot: values, formulas, number formats, merges, in one read. */
  readSheet(sheet: string): Promise<Grid>;
  /** Writes the whole change set in one batch and returns what undo needs. */
  apply(changes: ChangeSet): Promise<UndoToken>;
  /**
   * Restores what `apply` changed and drops the token from the history. What can no longer be restored (a
   * sheet, chart or conditional format the user deleted or replaced since) is skipped and listed in the
   * report instead of failing the rest.
   */
  undo(token: UndoToken): Promise<UndoReport>;
  /** Undo tokens saved in this workbook, newest last (survive a task pane reload). */
  undoHistory(): Promise<UndoToken[]>;
  /** Selects a cell or range so the user sees it. */
  select(sheet: string, address: string): Promise<void>;
  /** The range the user has selected (the 読み方 view assigns roles to it). */
  selection(): Promise<{ sheet: string; address: string }>;
  /** Settings stored inside the workbook (document settings or a custom XML part). */
  loadSettings(): Promise<unknown | null>;
  saveSettings(settings: unknown): Promise<void>;
  /**
   * The reading saved in the workbook (core/layout's reading file, as JSON text) from its custom XML part
   * `<kpiLayout xmlns="urn:kpi-evaluation-addin:layout:1">`, or `null` when there is none.
   */
  loadLayout(): Promise<string | null>;
  /** Saves the reading (JSON text) in that part, replacing the one saved before. */
  saveLayout(json: string): Promise<void>;
  /** Removes the saved reading: the workbook's tables are detected again (元に戻す). */
  removeLayout(): Promise<void>;
}
