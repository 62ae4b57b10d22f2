/**
 * One part of a split master as a new workbook (ExcelJS writes new files only): the master's package loaded
 * again, every other sheet removed, and on the table's sheet the kept rows (header, this part's blocks,
 * rows below the table) moved up in order — values, styles, row heights and validations copied, formulas
 * moved with their rows (relative references shifted as Excel moves them) — and the rest removed. A
 * veryHidden sheet records where each block came from (sheet, rows, indicator id).
 */
import ExcelJS from "exceljs";
import type { SplitPart, SplitPlan } from "../core";
import { shiftFormula } from "../workbook/xlsx/surgical/a1Shift";

/** The veryHidden sheet of a split part: sheet, source rows (1-based), indicator. */
export const SPLIT_RECORD_SHEET = "_kpi_split";

function keptRows(plan: SplitPlan, part: SplitPart, lastRow: number): number[] {
  const rows: number[] = [];
  for (let r = 1; r <= plan.headerRows; r++) rows.push(r);
  for (const block of part.blocks) for (let r = block.first + 1; r <= block.last + 1; r++) rows.push(r);
  for (let r = plan.tableEnd + 2; r <= lastRow; r++) rows.push(r);
  return rows;
}

function copyRow(sheet: ExcelJS.Worksheet, from: number, to: number): void {
  const source = sheet.getRow(from);
  const target = sheet.getRow(to);
  target.height = source.height;
  for (let c = 1; c <= sheet.columnCount; c++) {
    const cell = source.getCell(c);
    const out = target.getCell(c);
    const formula = cell.formula;
    out.value =
      typeof formula === "string" && formula !== ""
        ? { formula: shiftFormula(formula, to - from, 0), result: cell.result }
        : cell.value;
    out.style = { ...cell.style };
    out.dataValidation = cell.dataValidation;
  }
}

/** The part's workbook as bytes. */
export async function splitWorkbook(
  master: Uint8Array,
  plan: SplitPlan,
  part: SplitPart,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  // ExcelJS declares its own `Buffer` (an ArrayBuffer); at runtime it takes a Node Buffer.
  await book.xlsx.load(
    Buffer.from(master.buffer, master.byteOffset, master.byteLength) as unknown as ArrayBuffer,
  );
  for (const other of book.worksheets.filter((w) => w.name !== plan.sheet)) book.removeWorksheet(other.id);
  const sheet = book.getWorksheet(plan.sheet);
  if (sheet === undefined) throw new Error(`sheet ${plan.sheet}`);
  const lastRow = sheet.rowCount;
  const rows = keptRows(plan, part, lastRow);
  rows.forEach((from, i) => {
    if (from !== i + 1) copyRow(sheet, from, i + 1);
  });
  // One row at a time from the bottom: ExcelJS's spliceRows(start, count) leaves rows when they reach the end.
  for (let r = lastRow; r > rows.length; r--) sheet.spliceRows(r, 1);
  const record = book.addWorksheet(SPLIT_RECORD_SHEET, { state: "veryHidden" });
  record.addRow(["sheet", "rows", "indicator"]);
  for (const block of part.blocks)
    record.addRow([plan.sheet, `${block.first + 1}:${block.last + 1}`, block.indicator]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
