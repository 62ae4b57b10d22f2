/**
 * Undo of styles and layouts on an ExcelJS workbook: what `apply` saves before its styles and layouts
 * write (each cell's whole style, column widths in characters, the sheet views that hold freeze panes, the
 * page setup fields the add-in sets), and putting it back. Areas the change set merged are unmerged.
 */
import type ExcelJS from "exceljs";
import { parseRangeA1 } from "../../core/grid";
import { WorkbookError } from "../errors";
import { packCells, unpackCells, type FormatTargets } from "../formatSnapshot";
import type { FormatSnapshot, Json } from "../port";

/** The page setup fields `applyLayout` writes. */
const PRINT_FIELDS = [
  "orientation",
  "paperSize",
  "fitToPage",
  "fitToWidth",
  "fitToHeight",
  "printTitlesRow",
] as const;

function json(value: unknown): Json {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Json);
}

function cellMatrix<T>(address: string, at: (row: number, col: number) => T): T[][] {
  const area = parseRangeA1(address);
  if (!area) throw new WorkbookError("workbook.badAddress", { address });
  return Array.from({ length: area.rowCount }, (_, r) =>
    Array.from({ length: area.colCount }, (_, c) => at(area.row + r + 1, area.col + c + 1)),
  );
}

export function snapshotFormats(
  sheetOf: (name: string) => ExcelJS.Worksheet,
  targets: FormatTargets,
): FormatSnapshot[] {
  const pageSetup = (sheet: string) => {
    const setup = sheetOf(sheet).pageSetup as Record<string, unknown>;
    return Object.fromEntries(PRINT_FIELDS.map((field) => [field, json(setup[field])]));
  };
  return [
    ...targets.cells.map(({ sheet, address }): FormatSnapshot => {
      const target = sheetOf(sheet);
      const styles = cellMatrix(address, (row, col) => json(target.getCell(row, col).style));
      return { sheet, part: "cells", address, before: packCells(styles) };
    }),
    ...targets.columns.map(({ sheet, column }): FormatSnapshot => ({
      sheet,
      part: "columnWidth",
      address: column,
      before: json(sheetOf(sheet).getColumn(column).width),
    })),
    ...targets.freeze.map((sheet): FormatSnapshot => ({
      sheet,
      part: "freeze",
      address: "",
      before: json(sheetOf(sheet).views),
    })),
    ...targets.print.map((sheet): FormatSnapshot => ({
      sheet,
      part: "print",
      address: "",
      before: pageSetup(sheet),
    })),
    ...targets.merges.map(({ sheet, address }): FormatSnapshot => ({
      sheet,
      part: "merge",
      address,
      before: null,
    })),
  ];
}

/** Unmerges what the change set merged; done before the cells' content is written back. */
export function unmerge(
  sheetOf: (name: string) => ExcelJS.Worksheet,
  formats: readonly FormatSnapshot[],
): void {
  for (const { sheet, part, address } of formats) if (part === "merge") sheetOf(sheet).unMergeCells(address);
}

export function restoreFormats(
  sheetOf: (name: string) => ExcelJS.Worksheet,
  formats: readonly FormatSnapshot[],
): void {
  for (const { sheet: name, part, address, before } of formats) {
    const sheet = sheetOf(name);
    if (part === "cells") {
      const styles = unpackCells(before);
      // Each cell gets its own copy: ExcelJS's style setters mutate a style object in place.
      cellMatrix(address, (row, col) => [row, col]).forEach((cells, r) =>
        cells.forEach(([row, col], c) => {
          sheet.getCell(row, col).style = json(styles[r][c]) as Partial<ExcelJS.Style>;
        }),
      );
    } else if (part === "columnWidth") {
      sheet.getColumn(address).width = before === null ? undefined : Number(before);
    } else if (part === "freeze") {
      sheet.views = (before ?? []) as unknown as ExcelJS.WorksheetView[];
    } else if (part === "print") {
      const setup = sheet.pageSetup as Record<string, unknown>;
      for (const [field, value] of Object.entries(before as Record<string, Json>)) {
        if (value === null) delete setup[field];
        else setup[field] = value;
      }
    }
  }
}
