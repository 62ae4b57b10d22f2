/**
 * Per-cell formats of the fake: what range format writes (`format.fill.color`, `format.borders[EdgeTop].style`…)
 * do to each cell, and what `getCellProperties`/`setCellProperties` read and write. A cell with Excel's
 * default format is not stored, so a sheet whose formats were put back compares equal to the original.
 */
import type { CellRange } from "../../core/grid";
import type { XCellBorder, XCellFormat } from "../office/excelApi";
import { FakeSheet } from "./state";

export type FakeEdge = "top" | "bottom" | "left" | "right";

export interface FakeCellFormat {
  /** `null` is "No Fill" (gridlines show), distinct from a white fill although Excel reports both as #FFFFFF. */
  fill: { color: string | null };
  font: { bold: boolean; color: string };
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  borders: Record<FakeEdge, Required<XCellBorder>>;
}

const NO_BORDER: Required<XCellBorder> = { style: "None", color: "#000000", weight: "Thin" };

/** The format of a cell nobody formatted. */
export function defaultCellFormat(): FakeCellFormat {
  return {
    fill: { color: null },
    font: { bold: false, color: "#000000" },
    wrapText: false,
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    borders: {
      top: { ...NO_BORDER },
      bottom: { ...NO_BORDER },
      left: { ...NO_BORDER },
      right: { ...NO_BORDER },
    },
  };
}

const DEFAULT_JSON = JSON.stringify(defaultCellFormat());

export function cellFormatOf(sheet: FakeSheet, row: number, col: number): FakeCellFormat {
  const stored = sheet.cellFormats.get(FakeSheet.key(row, col));
  return stored ? (JSON.parse(JSON.stringify(stored)) as FakeCellFormat) : defaultCellFormat();
}

function store(sheet: FakeSheet, row: number, col: number, format: FakeCellFormat): void {
  const key = FakeSheet.key(row, col);
  if (JSON.stringify(format) === DEFAULT_JSON) sheet.cellFormats.delete(key);
  else sheet.cellFormats.set(key, format);
}

/**
 * What `getCellProperties` reports for a cell: "No Fill" reads as `#FFFFFF`, exactly like a white fill
 * (office-js issues 6218 and 4900: `getCellProperties` and `format.fill.color` return #FFFFFF for No Fill),
 * and a border without a line still reports the colour #000000 (office-js issue 2349).
 */
export function reportedCellFormat(sheet: FakeSheet, row: number, col: number): XCellFormat {
  const format = cellFormatOf(sheet, row, col);
  return { ...format, fill: { color: format.fill.color ?? "#FFFFFF" } };
}

/** A settable cell format; a fill colour of `null` is No Fill (what `fill.clear()` sets). */
type FakeFormatPatch = Omit<XCellFormat, "fill"> & { fill?: { color?: string | null } };

/** Deep-merges `patch` (a settable cell format) into the cell's format. */
export function patchCellFormat(sheet: FakeSheet, row: number, col: number, patch: FakeFormatPatch): void {
  const format = cellFormatOf(sheet, row, col);
  if (patch.fill) Object.assign(format.fill, patch.fill);
  if (patch.font) Object.assign(format.font, patch.font);
  if (patch.wrapText !== undefined) format.wrapText = patch.wrapText;
  if (patch.horizontalAlignment !== undefined) format.horizontalAlignment = patch.horizontalAlignment;
  if (patch.verticalAlignment !== undefined) format.verticalAlignment = patch.verticalAlignment;
  for (const edge of ["top", "bottom", "left", "right"] as const)
    if (patch.borders?.[edge]) Object.assign(format.borders[edge], patch.borders[edge]);
  store(sheet, row, col, format);
}

/** The cells of `area` whose `edge` a range border index sets (Excel's edges and inside lines). */
function bordered(index: string, area: CellRange, r: number, c: number): FakeEdge[] {
  const last = { row: area.rowCount - 1, col: area.colCount - 1 };
  switch (index) {
    case "EdgeTop":
      return r === 0 ? ["top"] : [];
    case "EdgeBottom":
      return r === last.row ? ["bottom"] : [];
    case "EdgeLeft":
      return c === 0 ? ["left"] : [];
    case "EdgeRight":
      return c === last.col ? ["right"] : [];
    case "InsideVertical":
      return [...(c > 0 ? (["left"] as const) : []), ...(c < last.col ? (["right"] as const) : [])];
    case "InsideHorizontal":
      return [...(r > 0 ? (["top"] as const) : []), ...(r < last.row ? (["bottom"] as const) : [])];
    default:
      return [];
  }
}

/**
 * Applies a range format write ("format.fill.color", "format.borders[EdgeTop].style", "format.columnWidth")
 * to the cells (or columns) of `area`.
 */
export function applyRangeFormat(sheet: FakeSheet, area: CellRange, path: string, value: unknown): void {
  if (path === "format.columnWidth") {
    for (let c = 0; c < area.colCount; c++) sheet.columnWidths.set(area.col + c, Number(value));
    return;
  }
  const border = /^format\.borders\[(\w+)\]\.(style|color|weight)$/.exec(path);
  for (let r = 0; r < area.rowCount; r++) {
    for (let c = 0; c < area.colCount; c++) {
      const row = area.row + r;
      const col = area.col + c;
      if (border) {
        const edges = bordered(border[1], area, r, c);
        if (edges.length > 0)
          patchCellFormat(sheet, row, col, {
            borders: Object.fromEntries(edges.map((edge) => [edge, { [border[2]]: String(value) }])),
          });
      } else if (path === "format.fill.clear()")
        // RangeFill.clear(): "Resets the range background" to No Fill (learn.microsoft.com/javascript/api/excel/excel.rangefill).
        patchCellFormat(sheet, row, col, { fill: { color: null } });
      else if (path === "format.fill.color")
        patchCellFormat(sheet, row, col, { fill: { color: String(value) } });
      else if (path === "format.font.color")
        patchCellFormat(sheet, row, col, { font: { color: String(value) } });
      else if (path === "format.font.bold")
        patchCellFormat(sheet, row, col, { font: { bold: value === true } });
      else if (path === "format.wrapText") patchCellFormat(sheet, row, col, { wrapText: value === true });
      else if (path === "format.horizontalAlignment")
        patchCellFormat(sheet, row, col, { horizontalAlignment: String(value) });
      else if (path === "format.verticalAlignment")
        patchCellFormat(sheet, row, col, { verticalAlignment: String(value) });
    }
  }
}

/** Excel's default column width: 8.43 characters of the default font, 64 px. */
export const DEFAULT_COLUMN_WIDTH = 48;
