/** Loading and saving .xlsx files by path (Node only). The size is checked before the file is read. */
import { readFile, stat, writeFile } from "node:fs/promises";
import { WorkbookError } from "../errors";
import { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "./limits";
import { XlsxWorkbook } from "./xlsxWorkbook";

/** File-system failures as typed errors: a missing file, a directory, no permission. */
function fileError(path: string, error: unknown): unknown {
  if (error instanceof WorkbookError) return error;
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return new WorkbookError("workbook.fileNotFound", { path });
  if (typeof code === "string") return new WorkbookError("workbook.fileUnreadable", { path, reason: code });
  return error;
}

export async function loadXlsxFile(
  path: string,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): Promise<XlsxWorkbook> {
  let data: Uint8Array;
  try {
    const { size } = await stat(path);
    if (size > limits.maxFileBytes)
      throw new WorkbookError("workbook.fileTooLarge", { size, limit: limits.maxFileBytes });
    data = await readFile(path);
  } catch (error) {
    throw fileError(path, error);
  }
  return XlsxWorkbook.fromBuffer(data, limits);
}

export async function saveXlsxFile(workbook: XlsxWorkbook, path: string): Promise<void> {
  await writeFile(path, await workbook.toBuffer());
}
