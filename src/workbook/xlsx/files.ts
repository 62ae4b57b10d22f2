/** Loading and saving .xlsx files by path (Node only). The size is checked before the file is read. */
import { readFile, stat, writeFile } from "node:fs/promises";
import { WorkbookError } from "../errors";
import { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "./limits";
import { XlsxWorkbook } from "./xlsxWorkbook";

export async function loadXlsxFile(
  path: string,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): Promise<XlsxWorkbook> {
  const { size } = await stat(path);
  if (size > limits.maxFileBytes)
    throw new WorkbookError("workbook.fileTooLarge", { size, limit: limits.maxFileBytes });
  return XlsxWorkbook.fromBuffer(await readFile(path), limits);
}

export async function saveXlsxFile(workbook: XlsxWorkbook, path: string): Promise<void> {
  await writeFile(path, await workbook.toBuffer());
}
