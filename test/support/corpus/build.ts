/**
 * Builds a corpus table into an .xlsx as staff keep it: the published grid at A1 of the first sheet,
 * each related grid of the same page on a sheet of its own, merged ranges merged, two-line cells
 * wrapped, and every cell typed as a person types it into Excel: `1,683` and `66.7` become numbers
 * (`#,##0`, `0.00` keeping the published decimals), `81.8%` becomes 0.818 shown as `0.0%`, and
 * everything else (`1,007人`, `7\n(31.8%)`, `28人以下`, `H17`) stays text as published.
 */
import ExcelJS from "exceljs";
import type { CorpusGrid, CorpusTable } from "./cases";

const PERCENT = /^(-?\d+(?:\.(\d+))?)%$/;
const GROUPED = /^-?\d{1,3}(,\d{3})+$/;
const PLAIN = /^-?\d+(?:\.(\d+))?$/;

/** A typed text as Excel stores it. */
export function typed(text: string): { value: string | number | null; numFmt?: string } {
  if (text === "") return { value: null };
  const percent = PERCENT.exec(text);
  if (percent !== null) {
    const decimals = percent[2]?.length ?? 0;
    return {
      value: Number(`${percent[1]}e-2`),
      numFmt: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%",
    };
  }
  if (GROUPED.test(text)) return { value: Number(text.replace(/,/g, "")), numFmt: "#,##0" };
  const plain = PLAIN.exec(text);
  if (plain !== null) {
    const decimals = plain[1]?.length ?? 0;
    return decimals > 0
      ? { value: Number(text), numFmt: `0.${"0".repeat(decimals)}` }
      : { value: Number(text) };
  }
  return { value: text };
}

function writeGrid(sheet: ExcelJS.Worksheet, source: CorpusGrid): void {
  source.grid.forEach((row, r) =>
    row.forEach((text, c) => {
      const { value, numFmt } = typed(text);
      if (value === null) return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = value;
      if (numFmt !== undefined) cell.numFmt = numFmt;
      if (typeof value === "string" && value.includes("\n"))
        cell.alignment = { wrapText: true, vertical: "top" };
    }),
  );
  for (const range of source.merges ?? []) sheet.mergeCells(range);
  const widest = Math.max(0, ...source.grid.map((row) => row.length));
  for (let c = 1; c <= widest; c++) sheet.getColumn(c).width = c === 1 ? 36 : 14;
}

/** The sheets of a case: `表1` for the published grid, `表2`… for its related grids. */
export function sheetNames(table: CorpusTable): string[] {
  return [table, ...(table.related_grids ?? [])].map((_, k) => `表${k + 1}`);
}

/** The workbook of one corpus table, as bytes of an .xlsx file. */
export async function buildCorpusXlsx(table: CorpusTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "KPI評価アドイン corpus";
  workbook.created = new Date("2024-04-01T00:00:00Z");
  workbook.modified = workbook.created;
  const names = sheetNames(table);
  [table, ...(table.related_grids ?? [])].forEach((grid, k) =>
    writeGrid(workbook.addWorksheet(names[k]), grid),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
