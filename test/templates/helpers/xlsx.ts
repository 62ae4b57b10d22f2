/**
 * Writes change sets to a new .xlsx file and reads cell results back, with ExcelJS directly: only what a
 * recalculation needs (values, formulas, number formats). Stands in until the .xlsx adapter lands.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../../../src/core";
import type { ChangeSet } from "../../../src/workbook/port";

export async function writeWorkbook(file: string, changeSets: readonly ChangeSet[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const changes of changeSets) {
    for (const sheet of changes.newSheets ?? []) workbook.addWorksheet(sheet);
    for (const change of changes.cells ?? []) {
      const sheet = workbook.getWorksheet(change.sheet);
      if (sheet === undefined) throw new Error(`no sheet ${change.sheet}`);
      const cell = sheet.getCell(change.address);
      if (change.formula !== undefined) cell.value = { formula: change.formula.slice(1) };
      else if (change.value !== undefined)
        cell.value = typeof change.value === "object" && change.value !== null ? null : change.value;
      if (change.numberFormat !== undefined) cell.numFmt = change.numberFormat;
    }
  }
  await workbook.xlsx.writeFile(file);
}

/** The shown value of each cell: a formula's cached result (`cell.result`, which keeps a 0), else the constant. */
export async function readValues(
  file: string,
  sheet: string,
  addresses: readonly string[],
): Promise<Map<string, CellValue>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const worksheet = workbook.getWorksheet(sheet);
  if (worksheet === undefined) throw new Error(`no sheet ${sheet} in ${file}`);
  const values = new Map<string, CellValue>();
  for (const address of addresses) {
    const cell = worksheet.getCell(address);
    const raw: unknown = cell.formula !== undefined && cell.formula !== null ? cell.result : cell.value;
    values.set(address, shown(raw));
  }
  return values;
}

function shown(raw: unknown): CellValue {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  if (typeof raw === "object" && "error" in raw) return { error: String((raw as { error: unknown }).error) };
  throw new Error(`unexpected cell content ${JSON.stringify(raw)}`);
}
