/** Loading and saving .xlsx files by path (Node only). The size is checked before the file is read. */
import { writeFile } from "node:fs/promises";
import { readXlsxBytes } from "./fileBytes";
import { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "./limits";
import { XlsxWorkbook } from "./xlsxWorkbook";

export async function loadXlsxFile(
  path: string,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await readXlsxBytes(path, limits), limits);
}

export async function saveXlsxFile(workbook: XlsxWorkbook, path: string): Promise<void> {
  await writeFile(path, await workbook.toBuffer());
}
