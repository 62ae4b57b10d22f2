/**
 * ExcelJS cells ⇄ our CellValue. Two ExcelJS 4.4 traps are handled here:
 * - a formula's cached result of 0 is missing from `cell.value.result`; `cell.result` has it;
 * - a formula written without a cached result reads as value `null` with the formula set ("not
 *   calculated", see `isUncalculated` in core/grid), never as an empty cell.
 * Dates become Excel serial numbers, as Office.js reports them. Merged-away cells (ExcelJS reports the
 * master's value for them) are empty.
 */
import ExcelJS from "exceljs";
import { isCellError, type CellValue } from "../../core/grid";
import { normalizeNumberFormat } from "../changes";
import { dateToSerial } from "./serial";

function scalar(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (isCellError(value)) return { error: value.error };
  if (typeof value === "object" && "richText" in value) {
    return (value as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join("");
  }
  if (typeof value === "object" && "text" in value) return String((value as ExcelJS.CellHyperlinkValue).text);
  return null;
}

export interface ReadCell {
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
}

/** The value, or a formula's cached result; a merged-away cell is empty. */
export function cellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  return scalar(cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value);
}

export function cellFormula(cell: ExcelJS.Cell): string | null {
  return cell.type === ExcelJS.ValueType.Formula ? `=${cell.formula}` : null;
}

export function cellNumberFormat(cell: ExcelJS.Cell): string | null {
  return normalizeNumberFormat(cell.numFmt);
}

export function readCell(cell: ExcelJS.Cell): ReadCell {
  return { value: cellValue(cell), formula: cellFormula(cell), numberFormat: cellNumberFormat(cell) };
}

function excelValue(value: CellValue): ExcelJS.CellValue {
  return isCellError(value) ? ({ error: value.error } as ExcelJS.CellErrorValue) : value;
}

/**
 * Writes content: a constant, or a formula with `value` as its cached result (undo restores the one it
 * had); a new formula has none, and the workbook is marked for full recalculation when Excel opens it.
 */
export function writeContent(cell: ExcelJS.Cell, value: CellValue, formula: string | null): void {
  if (formula === null) {
    cell.value = excelValue(value);
    return;
  }
  const content = { formula: formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  if (value !== null) content.result = excelValue(value) as ExcelJS.CellFormulaValue["result"];
  cell.value = content;
}

/**
 * Changes a cell's style by giving it a new style object: ExcelJS shares one style object between all
 * cells that had the same style in the file, and its `numFmt`/`fill`/`font` setters mutate it in place.
 */
export function restyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...patch };
}
