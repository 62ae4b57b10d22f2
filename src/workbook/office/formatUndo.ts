/**
 * Undo of styles and layouts on Office: the reads that save what a change set's styles and layouts will
 * overwrite (queued in the same sync as the before-state of its cells), and the writes that put it back
 * (queued in the undo's one write sync). Per-cell formats use `getCellProperties`/`setCellProperties`
 * (ExcelApi 1.9), split in row blocks under the payload budget; column widths are points as Excel reports
 * them; freeze panes the frozen range's address (or null: unfreeze); print setup the page layout's
 * orientation, paper size, zoom and title rows. Areas the change set merged are unmerged.
 */
import { parseRangeA1, rangeToA1, type CellRange } from "../../core/grid";
import { packCells, unpackCells, type FormatTargets } from "../formatSnapshot";
import { WorkbookError } from "../errors";
import type { FormatSnapshot, Json } from "../port";
import {
  estimateBytes,
  FORMAT_READ_BYTES_PER_CELL,
  OPERATION_OVERHEAD_BYTES,
  planRowBlocks,
  type ChunkBudget,
} from "./chunking";
import type { XCellProperties, XCellPropertiesLoad, XPageZoom, XRange } from "./excelApi";
import { sheetOf, type ReadOp, type WriteOp } from "./writeOps";

const CELL_FORMAT: XCellPropertiesLoad = {
  format: {
    fill: { color: true },
    font: { bold: true, color: true },
    wrapText: true,
    horizontalAlignment: true,
    verticalAlignment: true,
    borders: { style: true, color: true, weight: true },
  },
};

interface PrintBefore {
  orientation: string;
  paperSize: string;
  zoom: XPageZoom;
  titleRows: string | null;
}

/** "Sheet1!$A$1:$B$2" → "$A$1:$B$2". */
function local(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

/** A null object's address, or null. */
function addressOrNull(range: XRange): string | null {
  return range.isNullObject ? null : local(range.address);
}

function cellReads(sheet: string, address: string, budget: ChunkBudget, out: FormatSnapshot[]): ReadOp[] {
  const area = parseRangeA1(address);
  if (!area) throw new WorkbookError("workbook.badAddress", { address });
  const blocks = planRowBlocks(area.rowCount, area.colCount, FORMAT_READ_BYTES_PER_CELL, {
    maxCellsPerRange: budget.maxCellsPerRange,
    // Each block must fit one response on its own.
    maxBytesPerSync: budget.maxBytesPerSync - OPERATION_OVERHEAD_BYTES,
  }).flat();
  return blocks.map((block) => {
    const part = rangeToA1({ ...area, row: area.row + block.row, rowCount: block.rowCount });
    return {
      sheet,
      bytes: OPERATION_OVERHEAD_BYTES + block.rowCount * area.colCount * FORMAT_READ_BYTES_PER_CELL,
      queue(context) {
        const range = sheetOf(context, sheet).getRange(part);
        const result = range.getCellProperties(CELL_FORMAT);
        return {
          collect: () => {
            out.push({ sheet, part: "cells", address: part, before: packCells(result.value as Json[][]) });
            range.untrack();
          },
        };
      },
    };
  });
}

/** Reads that push the before-state of every target into `out` (ExcelApi 1.9). */
export function formatReadOps(targets: FormatTargets, budget: ChunkBudget, out: FormatSnapshot[]): ReadOp[] {
  const small = (sheet: string, queue: ReadOp["queue"]): ReadOp => ({
    sheet,
    bytes: OPERATION_OVERHEAD_BYTES * 2,
    queue,
  });
  return [
    ...targets.cells.flatMap(({ sheet, address }) => cellReads(sheet, address, budget, out)),
    ...targets.columns.map(({ sheet, column }) =>
      small(sheet, (context) => {
        const range = sheetOf(context, sheet).getRange(`${column}:${column}`);
        range.format.load("columnWidth");
        return {
          collect: () => {
            out.push({ sheet, part: "columnWidth", address: column, before: range.format.columnWidth });
            range.untrack();
          },
        };
      }),
    ),
    ...targets.freeze.map((sheet) =>
      small(sheet, (context) => {
        const frozen = sheetOf(context, sheet).freezePanes.getLocationOrNullObject();
        frozen.load("address");
        return {
          collect: () => out.push({ sheet, part: "freeze", address: "", before: addressOrNull(frozen) }),
        };
      }),
    ),
    ...targets.print.map((sheet) =>
      small(sheet, (context) => {
        const page = sheetOf(context, sheet).pageLayout;
        page.load("orientation,paperSize,zoom");
        const titles = page.getPrintTitleRowsOrNullObject();
        titles.load("address");
        return {
          collect: () => {
            const before: PrintBefore = {
              orientation: page.orientation,
              paperSize: page.paperSize,
              zoom: page.zoom,
              titleRows: addressOrNull(titles),
            };
            out.push({ sheet, part: "print", address: "", before: before as unknown as Json });
          },
        };
      }),
    ),
  ];
}

function op(payload: unknown, queue: WriteOp["queue"]): WriteOp {
  return { bytes: OPERATION_OVERHEAD_BYTES + estimateBytes(payload), queue };
}

/** Unmerges what the change set merged; queued before the cells' content is written back. */
export function unmergeOps(formats: readonly FormatSnapshot[]): WriteOp[] {
  return formats
    .filter((snapshot) => snapshot.part === "merge")
    .map((snapshot) =>
      op(snapshot.address, (context) => {
        const range = sheetOf(context, snapshot.sheet).getRange(snapshot.address);
        range.unmerge();
        return { ranges: [range] };
      }),
    );
}

/**
 * Excel reports "No Fill" as #FFFFFF (office-js issues 6218, 4900), so a saved white fill is taken for No Fill:
 * writing #FFFFFF back would paint the cells white and hide their gridlines. A cell filled white on purpose
 * comes back as No Fill, which looks the same but for the gridlines.
 */
const REPORTED_NO_FILL = "#FFFFFF";

type CellFormat = NonNullable<XCellProperties["format"]>;

/** A saved cell format as `setCellProperties` should write it: no fill left out (cleared instead), and an edge
 * without a line written as style "None" only (its reported colour #000000 is not a line's colour, issue 2349). */
function settable(format: CellFormat): { format: CellFormat; noFill: boolean } {
  const noFill = (format.fill?.color ?? "").toUpperCase() === REPORTED_NO_FILL;
  const { fill, borders, ...rest } = format;
  const edges = borders
    ? Object.fromEntries(
        Object.entries(borders).map(([edge, line]) => [
          edge,
          line?.style === "None" ? { style: "None" } : line,
        ]),
      )
    : undefined;
  return {
    format: { ...rest, ...(fill && !noFill ? { fill } : {}), ...(edges ? { borders: edges } : {}) },
    noFill,
  };
}

/** Rectangles (relative to the range) covering the flagged cells: runs per row, stacked where rows repeat. */
function rectangles(flags: boolean[][]): CellRange[] {
  const done: CellRange[] = [];
  let open: CellRange[] = [];
  flags.forEach((line, row) => {
    const runs: CellRange[] = [];
    for (let col = 0; col < line.length; col++) {
      if (!line[col]) continue;
      const last = runs[runs.length - 1];
      if (last && last.col + last.colCount === col) last.colCount += 1;
      else runs.push({ row, col, rowCount: 1, colCount: 1 });
    }
    const next: CellRange[] = [];
    for (const run of runs) {
      const above = open.find((r) => r.col === run.col && r.colCount === run.colCount);
      if (above) {
        above.rowCount += 1;
        next.push(above);
      } else next.push(run);
    }
    done.push(...open.filter((r) => !next.includes(r)));
    open = next;
  });
  return [...done, ...open];
}

/** Writes back a range's cell formats; sized by the unpacked properties, which is what the request carries. */
function restoreCellsOp(snapshot: FormatSnapshot): WriteOp {
  const area = parseRangeA1(snapshot.address);
  if (!area) throw new WorkbookError("workbook.badAddress", { address: snapshot.address });
  const written = (unpackCells(snapshot.before) as XCellProperties[][]).map((row) =>
    row.map((cell) => (cell.format ? settable(cell.format) : { format: undefined, noFill: false })),
  );
  const properties: XCellProperties[][] = written.map((row) =>
    row.map(({ format }) => (format ? { format } : {})),
  );
  const cleared = rectangles(written.map((row) => row.map(({ noFill }) => noFill))).map((part) =>
    rangeToA1({ ...part, row: area.row + part.row, col: area.col + part.col }),
  );
  return op([properties, cleared], (context) => {
    const sheet = sheetOf(context, snapshot.sheet);
    const range = sheet.getRange(snapshot.address);
    range.setCellProperties(properties);
    const clears = cleared.map((address) => {
      const part = sheet.getRange(address);
      part.format.fill.clear();
      return part;
    });
    return { ranges: [range, ...clears] };
  });
}

function restoreLayoutOp(snapshot: FormatSnapshot): WriteOp {
  return op(snapshot.before, (context) => {
    const sheet = sheetOf(context, snapshot.sheet);
    if (snapshot.part === "columnWidth") {
      const range = sheet.getRange(`${snapshot.address}:${snapshot.address}`);
      range.format.columnWidth = snapshot.before as number;
      return { ranges: [range] };
    }
    if (snapshot.part === "freeze") {
      if (snapshot.before === null) sheet.freezePanes.unfreeze();
      else sheet.freezePanes.freezeAt(snapshot.before as string);
      return { ranges: [] };
    }
    const before = snapshot.before as unknown as PrintBefore;
    sheet.pageLayout.orientation = before.orientation;
    sheet.pageLayout.paperSize = before.paperSize;
    sheet.pageLayout.zoom = before.zoom;
    return { ranges: [] };
  });
}

/**
 * The print title rows put back, one operation per sheet, for undo to run last and on their own: no title rows
 * before is restored as `setPrintTitleRows("")` (as VBA's `PrintTitleRows = ""`), which the API reference does
 * not document, so a host that refuses it must not undo the rest (../../README.md, compatibility).
 */
export function printTitleOps(
  formats: readonly FormatSnapshot[],
): { sheet: string; rows: string; op: WriteOp }[] {
  return formats
    .filter((snapshot) => snapshot.part === "print")
    .map((snapshot) => {
      const rows = (snapshot.before as unknown as PrintBefore).titleRows ?? "";
      return {
        sheet: snapshot.sheet,
        rows,
        op: op(rows, (context) => {
          sheetOf(context, snapshot.sheet).pageLayout.setPrintTitleRows(rows);
          return { ranges: [] };
        }),
      };
    });
}

/** Writes back the saved cell formats, column widths, freeze panes and print setup. */
export function restoreFormatOps(formats: readonly FormatSnapshot[]): WriteOp[] {
  return formats
    .filter((snapshot) => snapshot.part !== "merge")
    .map((snapshot) => (snapshot.part === "cells" ? restoreCellsOp(snapshot) : restoreLayoutOp(snapshot)));
}
