/**
 * The grids of .xlsx bytes in a browser (the preview's workbook, the pane's returned files): ExcelJS,
 * loaded on demand in its own chunk, and the adapter's grid reader, so a browser sees what the CLI sees.
 * The file never leaves the machine. (The CLI's fast reader needs Node's zlib.)
 */
import type { Grid } from "../../core/grid";
import { WorkbookError } from "../errors";
import { DEFAULT_XLSX_LIMITS } from "./limits";

export async function gridsOfXlsxBytes(data: ArrayBuffer): Promise<Grid[]> {
  if (data.byteLength > DEFAULT_XLSX_LIMITS.maxFileBytes)
    throw new WorkbookError("workbook.fileTooLarge", {
      size: data.byteLength,
      limit: DEFAULT_XLSX_LIMITS.maxFileBytes,
    });
  const [{ default: ExcelJS }, { worksheetGrid }] = await Promise.all([
    import(/* webpackChunkName: "exceljs" */ "exceljs"),
    import(/* webpackChunkName: "exceljs" */ "./worksheetGrid"),
  ]);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    // ExcelJS says only that the zip or a part could not be read; the user needs to know it is no workbook.
    throw new WorkbookError("workbook.notXlsx");
  }
  return workbook.worksheets.map(worksheetGrid);
}
