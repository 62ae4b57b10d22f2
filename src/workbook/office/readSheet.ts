/**
 * Reading a sheet's used range as a Grid. Everything is queued before one `context.sync()`: the used
 * range's address and contents (values, formulas, number formats, value types) and the sheet's merged
 * areas. Only when Excel on the web refuses that response for its size (> 5 MB), or leaves `values` null
 * (> 5,000,000 cells), does the read fall back to row blocks: one sync for the used range's size, then
 * as few syncs as the payload limit allows, each queuing all of its blocks before syncing.
 */
import { emptyGrid, matrix, parseRangeA1, rangeToA1, type CellRange, type Grid } from "../../core/grid";
import { normalizeNumberFormat } from "../changes";
import { WorkbookError } from "../errors";
import { CELL_PROPERTIES as CONTENT, fromExcel } from "./cellInput";
import { isPayloadLimitError, planRowBlocks, READ_BYTES_PER_CELL, type ChunkBudget } from "./chunking";
import type { XContext, XRange, XRangeAreas, XWorksheet } from "./excelApi";
import { syncNamingSheets } from "./sync";

const MAX_READ_ATTEMPTS = 4;

export interface ReadOptions {
  budget: ChunkBudget;
  /** `Range.getMergedAreasOrNullObject` exists (ExcelApi 1.13); older hosts report no merges. */
  mergedAreas: boolean;
}

interface Contents {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

/** "Sheet1!B2:F10" or "'My sheet'!B2" → the range part, parsed. */
function parseQualified(address: string): CellRange | null {
  return parseRangeA1(address.slice(address.lastIndexOf("!") + 1));
}

/** A RangeAreas address: comma-separated, commas inside quoted sheet names excepted. */
function parseAreas(address: string): CellRange[] {
  return address
    .split(/,(?=(?:[^']*'[^']*')*[^']*$)/)
    .map((area) => parseQualified(area.trim()))
    .filter((area): area is CellRange => area !== null);
}

function contentsOf(range: XRange): Contents {
  return {
    values: range.values,
    formulas: range.formulas,
    numberFormat: range.numberFormat,
    valueTypes: range.valueTypes,
  };
}

function toGrid(sheet: string, area: CellRange, contents: Contents, merges: CellRange[]): Grid {
  const cells = matrix(area.rowCount, area.colCount, (r, c) =>
    fromExcel(contents.values[r][c], contents.formulas[r][c], contents.valueTypes[r][c]),
  );
  return {
    sheet,
    origin: { row: area.row, col: area.col },
    rowCount: area.rowCount,
    colCount: area.colCount,
    values: cells.map((row) => row.map((cell) => cell.value)),
    formulas: cells.map((row) => row.map((cell) => cell.formula)),
    numberFormats: matrix(area.rowCount, area.colCount, (r, c) =>
      normalizeNumberFormat(contents.numberFormat[r][c]),
    ),
    merges,
  };
}

function queueMerges(sheet: XWorksheet, options: ReadOptions): XRangeAreas | null {
  if (!options.mergedAreas) return null;
  // The whole sheet: one request for the usual sheet; more than 512 areas make it fail (readMergesInBlocks).
  const merged = sheet.getRange().getMergedAreasOrNullObject();
  merged.load("address");
  return merged;
}

function mergesOf(merged: XRangeAreas | null): CellRange[] {
  return merged === null || merged.isNullObject ? [] : parseAreas(merged.address);
}

/** Rows per merged-areas request on the first retry, halved on each further one. */
const MERGE_BLOCK_ROWS = 256;
const MERGE_READ_ATTEMPTS = 5;

/**
 * The merged areas of `area` read in row blocks, all queued in one sync: for sheets with more than 512
 * merged areas (Excel方眼紙 forms have thousands), which one request refuses. A block still over the limit
 * halves the block size for the next attempt; when even small blocks fail, the grid has no merge
 * information (tables are still detected, only merged labels are not spread). Each merged area is reported
 * by the block holding its top-left cell (office-js issue 3611), so none is counted twice.
 */
async function readMergesInBlocks(
  context: XContext,
  sheet: XWorksheet,
  area: CellRange,
  options: ReadOptions,
): Promise<CellRange[]> {
  if (!options.mergedAreas) return [];
  for (let attempt = 0, rows = MERGE_BLOCK_ROWS; attempt < MERGE_READ_ATTEMPTS; attempt++, rows /= 2) {
    const blocks: XRangeAreas[] = [];
    for (let row = 0; row < area.rowCount; row += rows) {
      const part = { ...area, row: area.row + row, rowCount: Math.min(rows, area.rowCount - row) };
      const merged = sheet.getRange(rangeToA1(part)).getMergedAreasOrNullObject();
      merged.load("address");
      blocks.push(merged);
    }
    try {
      await context.sync();
      return blocks.flatMap((merged) => mergesOf(merged));
    } catch (error) {
      if ((error as { code?: unknown }).code === "ItemNotFound") throw error;
    }
  }
  return [];
}

/** Reads `area` in row blocks, each sync queuing all of its blocks first. */
async function readBlocks(
  context: XContext,
  sheet: XWorksheet,
  area: CellRange,
  options: ReadOptions,
): Promise<Contents> {
  for (
    let attempt = 0, bytesPerCell = READ_BYTES_PER_CELL;
    attempt < MAX_READ_ATTEMPTS;
    attempt++, bytesPerCell *= 2
  ) {
    const contents: Contents = { values: [], formulas: [], numberFormat: [], valueTypes: [] };
    try {
      for (const blocks of planRowBlocks(area.rowCount, area.colCount, bytesPerCell, options.budget)) {
        const ranges = blocks.map((block) => {
          const range = sheet.getRange(
            rangeToA1({ ...area, row: area.row + block.row, rowCount: block.rowCount }),
          );
          range.load(CONTENT);
          return range;
        });
        await context.sync();
        for (const range of ranges) {
          const part = contentsOf(range);
          contents.values.push(...part.values);
          contents.formulas.push(...part.formulas);
          contents.numberFormat.push(...part.numberFormat);
          contents.valueTypes.push(...part.valueTypes);
          range.untrack();
        }
      }
      return contents;
    } catch (error) {
      if (!isPayloadLimitError(error)) throw error;
    }
  }
  throw new WorkbookError("workbook.payloadTooLarge", { sheet: sheet.name });
}

export async function readSheet(context: XContext, sheetName: string, options: ReadOptions): Promise<Grid> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.load("name");
  let used = sheet.getUsedRangeOrNullObject();
  used.load(`address,rowCount,columnCount,${CONTENT}`);
  let merged = queueMerges(sheet, options);
  let whole = true;
  try {
    await syncNamingSheets(context, [sheetName]);
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    // The whole range did not fit in one response (learn its size with the merged areas, then read it in
    // blocks), or the sheet has too many merged areas for one request (read its contents without them).
    const payload = isPayloadLimitError(error);
    const probe = async (withMerges: boolean) => {
      used = sheet.getUsedRangeOrNullObject();
      used.load(payload ? "address,rowCount,columnCount" : `address,rowCount,columnCount,${CONTENT}`);
      merged = withMerges ? queueMerges(sheet, options) : null;
      await syncNamingSheets(context, [sheetName]);
    };
    if (!payload) await probe(false);
    else
      await probe(true).catch(async (second: unknown) => {
        if (second instanceof WorkbookError) throw second;
        await probe(false);
      });
    whole = !payload;
  }
  if (used.isNullObject) return emptyGrid(sheet.name);
  const area = parseQualified(used.address);
  if (area === null) throw new WorkbookError("workbook.badAddress", { address: used.address });
  const merges = merged !== null ? mergesOf(merged) : await readMergesInBlocks(context, sheet, area, options);
  // Beyond 5,000,000 cells Excel on the web answers `values: null` rather than failing.
  const contents =
    whole && used.values !== null ? contentsOf(used) : await readBlocks(context, sheet, area, options);
  used.untrack();
  return toGrid(sheet.name, area, contents, merges);
}
