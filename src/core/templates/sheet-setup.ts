/** Page setup and names shared by the templates. */
import type { SheetLayout } from "../../workbook/port";
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

/** The workbook name marking a template's table for the checker: `KPI_PROGRESS_TABLE`. */
export function tableName(id: TemplateId): string {
  return `KPI_${id.toUpperCase().replace(/-/g, "_")}_TABLE`;
}
