/** Writing change sets to a new .xlsx file and reading shown values back, through the .xlsx adapter. */
import { parseA1, type CellValue } from "../../../src/core";
import type { ChangeSet } from "../../../src/workbook/port";
import { loadXlsxFile, saveXlsxFile, XlsxWorkbook } from "../../../src/workbook/xlsx";

export async function writeWorkbook(file: string, changeSets: readonly ChangeSet[]): Promise<void> {
  const workbook = XlsxWorkbook.create([]);
  for (const changes of changeSets) await workbook.apply(changes);
  await saveXlsxFile(workbook, file);
}

/** The shown value of each cell (a formula's result), read as the checker reads it: through `readSheet`. */
export async function readValues(
  file: string,
  sheet: string,
  addresses: readonly string[],
): Promise<Map<string, CellValue>> {
  const grid = await (await loadXlsxFile(file)).readSheet(sheet);
  const values = new Map<string, CellValue>();
  for (const address of addresses) {
    const at = parseA1(address);
    if (at === null) throw new Error(`bad address ${address}`);
    const [r, c] = [at.row - grid.origin.row, at.col - grid.origin.col];
    values.set(
      address,
      r < grid.rowCount && c < grid.colCount && r >= 0 && c >= 0 ? grid.values[r][c] : null,
    );
  }
  return values;
}
