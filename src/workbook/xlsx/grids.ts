/**
 * The grids of an .xlsx file for a read-only check (Node only): the file is read and inspected by the
 * guard, then read by the fast reader (./fast), which reads the sheet parts in pieces as they inflate
 * (memory grows with the cells kept, not with the XML); a file it does not vouch for is loaded by
 * ExcelJS, which is imported only then (and inspected by the guard whole). The grids are the same either way (test/workbook/fastReader.test.ts).
 */
import type { Grid } from "../../core/grid";
import { WorkbookError } from "../errors";
import type { WorkbookPort } from "../port";
import { readFastWorkbook, type FastWorkbook } from "./fast/fastWorkbook";
import { readXlsxBytes } from "./fileBytes";
import { inspectXlsx } from "./guard";
import { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "./limits";

type SheetSource = Pick<WorkbookPort, "listSheets" | "readSheet">;

/** `sheets` (each once: a sheet named twice would have its tables reported twice), or every listed sheet. */
export async function readSheetGrids(source: SheetSource, sheets: readonly string[]): Promise<Grid[]> {
  const names = sheets.length > 0 ? [...new Set(sheets)] : await source.listSheets();
  const grids = [];
  for (const name of names) grids.push(await source.readSheet(name));
  return grids;
}

/** The fast reader's workbook as the port lists and reads it: the store sheet cannot be read. */
function fastSource({ sheets, grids }: FastWorkbook): SheetSource {
  return {
    listSheets: async () => [...sheets],
    readSheet: async (sheet) => {
      const grid = sheets.includes(sheet) ? grids.get(sheet) : undefined;
      if (!grid) throw new WorkbookError("workbook.sheetNotFound", { sheet });
      return grid;
    },
  };
}

export async function readXlsxGrids(
  path: string,
  sheets: readonly string[],
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): Promise<Grid[]> {
  return readGridsOfBytes(await readXlsxBytes(path, limits), sheets, limits);
}

/** The grids of a file already read (`--fix` keeps its bytes for the surgical writer). */
export async function readGridsOfBytes(
  data: Uint8Array,
  sheets: readonly string[],
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): Promise<Grid[]> {
  const inflated = new Map<string, Uint8Array>();
  const save = (name: string, bytes: Uint8Array) => inflated.set(name, bytes);
  const { inflatedBytes } = inspectXlsx(data, limits, save, { readsSheets: false });
  const fast = await readFastWorkbook(data, limits, inflated, inflatedBytes);
  inflated.clear();
  if (fast !== null) return readSheetGrids(fastSource(fast), sheets);
  const { XlsxWorkbook } = await import("./xlsxWorkbook");
  return readSheetGrids(await XlsxWorkbook.fromBuffer(data, limits), sheets);
}
