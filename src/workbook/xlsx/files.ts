/** Loading and saving .xlsx files by path (Node only). At most the size limit is ever read. */
import { readXlsxBytes } from "./fileBytes";
import { writeFileSafely } from "./safeWrite";
import { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "./limits";
import { XlsxWorkbook } from "./xlsxWorkbook";

export async function loadXlsxFile(
  path: string,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await readXlsxBytes(path, limits), limits);
}

/** Writes the workbook at `path`, replacing a file there, through a temporary file (./safeWrite.ts). */
export async function saveXlsxFile(workbook: XlsxWorkbook, path: string): Promise<void> {
  await writeFileSafely(path, await workbook.toBuffer(), { force: true });
}
