/** `context.sync()` for batches that name sheets: Excel's ItemNotFound becomes `workbook.sheetNotFound`. */
import { WorkbookError } from "../errors";
import type { XContext } from "./excelApi";

/**
 * Syncs; when a named sheet does not exist, throws `workbook.sheetNotFound` naming it. With several
 * sheets, one extra round trip (on that error only) finds which one is missing.
 */
export async function syncNamingSheets(context: XContext, sheets: readonly string[]): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ItemNotFound") throw error;
    let missing = sheets[0];
    if (sheets.length > 1) {
      const collection = context.workbook.worksheets;
      collection.load("items/name");
      await context.sync();
      const existing = new Set(collection.items.map((sheet) => sheet.name));
      missing = sheets.find((name) => !existing.has(name)) ?? sheets.join(", ");
    }
    throw new WorkbookError("workbook.sheetNotFound", { sheet: missing });
  }
}
