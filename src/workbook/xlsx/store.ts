/**
 * Where the .xlsx adapter keeps its undo history and settings inside the file: a "veryHidden" sheet
 * named `_kpiAddin` (column A: the undo history JSON, column B: the settings JSON, split into cells of
 * at most 30,000 characters because a cell holds at most 32,767). A veryHidden sheet does not appear in
 * Excel's Unhide dialog, survives Excel and ExcelJS round trips unchanged, and ExcelJS 4.4 can neither
 * read nor write custom document properties or custom XML parts, which were the alternatives.
 * `listSheets` and `readSheet` do not show it.
 */
import type ExcelJS from "exceljs";

export const STORE_SHEET = "_kpiAddin";
const CHUNK = 30_000;

export type StoreColumn = "undo" | "settings";
const COLUMNS: Record<StoreColumn, number> = { undo: 1, settings: 2 };

export function readStore(workbook: ExcelJS.Workbook, column: StoreColumn): string | null {
  const sheet = workbook.getWorksheet(STORE_SHEET);
  if (!sheet) return null;
  const parts: string[] = [];
  for (let row = 1; ; row++) {
    const value = sheet.getCell(row, COLUMNS[column]).value;
    if (typeof value !== "string") break;
    parts.push(value);
  }
  return parts.length === 0 ? null : parts.join("");
}

export function writeStore(workbook: ExcelJS.Workbook, column: StoreColumn, serialized: string): void {
  const sheet =
    workbook.getWorksheet(STORE_SHEET) ?? workbook.addWorksheet(STORE_SHEET, { state: "veryHidden" });
  const col = COLUMNS[column];
  for (let row = 1; sheet.getCell(row, col).value !== null; row++) sheet.getCell(row, col).value = null;
  for (let i = 0, row = 1; i < serialized.length; i += CHUNK, row++)
    sheet.getCell(row, col).value = serialized.slice(i, i + CHUNK);
}
