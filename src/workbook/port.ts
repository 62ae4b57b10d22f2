/**
 * The one port between the faces (task pane, CLI) and a workbook. Two adapters implement it:
 * Office.js (batched: one sync to read, one to write) and .xlsx (ExcelJS). No Office or ExcelJS type leaks through.
 * Addresses are A1 strings in the named sheet ("E5", "A3:K40").
 * Failures the user should see are thrown as `WorkbookError` (./errors) with a stable code and ja/en messages.
 */
import type { CellValue, Grid } from "../core/grid";

/**
 * One cell to change. Only the fields given are written; `value: null` clears the cell's content.
 * When both `formula` and `value` are given, `formula` wins.
 */
export interface CellChange {
  sheet: string;
  /** A single cell ("E5"). */
  address: string;
  value?: CellValue;
  /** A formula starting with "=". */
  formula?: string;
  numberFormat?: string;
  /**
   * A cell that holds a formula is never overwritten by `value` or `formula` unless this is true:
   * the change set must say explicitly that it replaces what the user wrote.
   */
  replaceFormula?: boolean;
}

/** Visual formatting of a range (fills, fonts, borders, alignment). */
export interface RangeStyle {
  sheet: string;
  address: string;
  fill?: string; // "#RRGGBB"
  fontColor?: string;
  bold?: boolean;
  wrap?: boolean;
  horizontalAlignment?: "left" | "center" | "right";
  verticalAlignment?: "top" | "center" | "bottom";
  borders?: "thin-all" | "none";
}

/** Conditional formatting: cells whose text equals (or begins with) a label get a fill and font colour. */
export interface ConditionalFormatRule {
  sheet: string;
  address: string;
  kind: "textEquals" | "textBeginsWith" | "cellValue";
  /** For textEquals/textBeginsWith: the text; for cellValue: an operator and a formula. */
  text?: string;
  operator?: "greaterThanOrEqual" | "lessThan" | "between" | "equal";
  formula1?: string;
  formula2?: string;
  fill: string;
  fontColor?: string;
  bold?: boolean;
}

export interface DataValidationRule {
  sheet: string;
  address: string;
  /** A list of allowed entries, or a custom formula (e.g. numbers or pending words). */
  kind: "list" | "custom";
  list?: string[];
  formula?: string;
  inputTitle?: string;
  inputMessage?: string;
  errorMessage?: string;
  /** Stop (reject) or warning (allow after a prompt). */
  errorStyle?: "stop" | "warning";
}

export interface SheetLayout {
  sheet: string;
  columnWidths?: { column: string; width: number }[]; // width in characters
  freeze?: { rows: number; columns: number };
  merges?: string[];
  print?: {
    orientation: "landscape" | "portrait";
    paperSize: "A4";
    fitToWidth?: boolean;
    /** Rows repeated at the top of each printed page, e.g. "$1:$4". */
    titleRows?: string;
  };
  /** Named ranges that mark a generated table for the checker. */
  names?: { name: string; address: string }[];
}

/**
 * A native Excel chart of a range (the task pane's summary: status labels and counts). Office adapter:
 * `worksheet.charts.add(type, range, "Auto")`, the title, then `setPosition(anchor)`; undo deletes it
 * (or it goes with its new sheet). The .xlsx adapter does not write it (ExcelJS 4.4 has no chart API) and
 * lists it in the token's `skipped`.
 */
export interface ChartSpec {
  sheet: string;
  type: "bar" | "column" | "pie";
  /** The data with its header row ("A2:B6"): first column the categories, second the values. */
  source: string;
  title?: string;
  /** Where the chart's top-left corner goes ("D2"). */
  anchor: string;
}

export interface ChangeSet {
  /** What a person would call this action in the undo list ("修正を適用", "書式を設定"). */
  label: string;
  /** Sheets to create before anything else is written; undo deletes them. */
  newSheets?: string[];
  cells?: CellChange[];
  styles?: RangeStyle[];
  conditionalFormats?: ConditionalFormatRule[];
  validations?: DataValidationRule[];
  layouts?: SheetLayout[];
  charts?: ChartSpec[];
}

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
   * Conditional formats / validations added, so undo can remove them. `ref` is adapter-specific:
   * Office: the conditional format's id or the validated address; xlsx: the address.
   */
  added: {
    sheet: string;
    kind: "conditionalFormat" | "validation" | "style" | "layout" | "chart";
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

export interface WorkbookPort {
  listSheets(): Promise<string[]>;
  activeSheet(): Promise<string>;
  /** The used range of a sheet as a grid snapshot: values, formulas, number formats, merges, in one read. */
  readSheet(sheet: string): Promise<Grid>;
  /** Writes the whole change set in one batch and returns what undo needs. */
  apply(changes: ChangeSet): Promise<UndoToken>;
  /** Restores exactly what `apply` changed, and drops the token from the history. */
  undo(token: UndoToken): Promise<void>;
  /** Undo tokens saved in this workbook, newest last (survive a task pane reload). */
  undoHistory(): Promise<UndoToken[]>;
  /** Selects a cell or range so the user sees it. */
  select(sheet: string, address: string): Promise<void>;
  /** Settings stored inside the workbook (document settings or a custom XML part). */
  loadSettings(): Promise<unknown | null>;
  saveSettings(settings: unknown): Promise<void>;
}
