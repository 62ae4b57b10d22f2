/** Page setup and names shared by the templates. */
import type { SheetLayout } from "../changes";
import type { TemplateId } from "./types";

/** A4 landscape, one page wide, the table's header row repeated on every page. `headerRow` is 0-based. */
export function printSetup(headerRow: number): NonNullable<SheetLayout["print"]> {
  return {
    orientation: "landscape",
    paperSize: "A4",
    fitToWidth: true,
    titleRows: `$${headerRow + 1}:$${headerRow + 1}`,
  };
}

/**
 * The workbook-level name marking a template's table: `KPI_PROGRESS_進捗管理表`. The sheet is part of it so
 * that two generated sheets in one workbook do not collide; characters a name cannot hold become `_`.
 */
export function tableName(id: TemplateId, sheet: string): string {
  return `KPI_${id.toUpperCase().replace(/-/g, "_")}_${sheet.replace(/[^\p{L}\p{N}_]/gu, "_")}`;
}
