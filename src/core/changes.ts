/**
 * The change vocabulary: what a template, a fix or a formatting action asks a workbook to write, as data in
 * A1 addresses ("E5", "A3:K40") of a named sheet. Core builds these; the workbook port (src/workbook/port.ts)
 * applies them through an adapter. No Office or ExcelJS type appears here.
 */
import type { CellValue } from "./grid";

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
