/**
 * Splitting work so that every request stays under Excel on the web's limits: a request or response
 * payload of at most 5 MB, and at most 5,000,000 cells per range read (beyond it `values` may come back
 * `null` instead of throwing). Desktop Excel has no payload limit; the same plan is merely conservative there.
 */

/** What the adapter allows itself per range and per `context.sync()`; below the hard limits, with a margin. */
export interface ChunkBudget {
  maxCellsPerRange: number;
  maxBytesPerSync: number;
}

/** Excel on the web's documented limits. */
export const EXCEL_WEB_LIMITS: ChunkBudget = {
  maxCellsPerRange: 5_000_000,
  maxBytesPerSync: 5 * 1024 * 1024,
};

/** The default budget: 80% of the cell limit, ~86% of the payload limit (JSON framing and headers). */
export const DEFAULT_BUDGET: ChunkBudget = { maxCellsPerRange: 4_000_000, maxBytesPerSync: 4_500_000 };

/**
 * Estimated response bytes per cell when reading values, formulas, number formats and value types
 * (e.g. `"1,600件"` twice, `"General"`, `"String"` plus separators). Doubled on each payload-limit retry.
 */
export const READ_BYTES_PER_CELL = 40;

/**
 * Estimated response bytes per cell of `getCellProperties` with fill, font, wrap, alignment and borders
 * (eight edges of style, colour and weight make most of it).
 */
export const FORMAT_READ_BYTES_PER_CELL = 700;

/** Fixed request overhead of one queued operation (object path, method name, ids). */
export const OPERATION_OVERHEAD_BYTES = 200;

/** Rows `[row, row + rowCount)` of a range, relative to its top. */
export interface RowBlock {
  row: number;
  rowCount: number;
}

/**
 * Row blocks of a `rowCount × colCount` range grouped by sync: each block reads at most
 * `maxCellsPerRange` cells and each sync at most `maxBytesPerSync` estimated bytes.
 */
export function planRowBlocks(
  rowCount: number,
  colCount: number,
  bytesPerCell: number,
  budget: ChunkBudget,
): RowBlock[][] {
  const rowsPerRange = Math.max(1, Math.floor(budget.maxCellsPerRange / colCount));
  const rowsPerSync = Math.max(1, Math.floor(budget.maxBytesPerSync / (colCount * bytesPerCell)));
  const syncs: RowBlock[][] = [];
  for (let syncStart = 0; syncStart < rowCount; syncStart += rowsPerSync) {
    const syncEnd = Math.min(rowCount, syncStart + rowsPerSync);
    const blocks: RowBlock[] = [];
    for (let row = syncStart; row < syncEnd; row += rowsPerRange) {
      blocks.push({ row, rowCount: Math.min(rowsPerRange, syncEnd - row) });
    }
    syncs.push(blocks);
  }
  return syncs;
}

/** Splits `items` in order into batches whose summed cost stays within the budget (an oversized item gets its own batch). */
export function packBatches<T>(
  items: readonly T[],
  bytesOf: (item: T) => number,
  budget: ChunkBudget,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const cost = bytesOf(item);
    if (current.length > 0 && bytes + cost > budget.maxBytesPerSync) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += cost;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Upper bound of the UTF-8/JSON size of a value: non-ASCII characters counted as a 6-byte `\uXXXX` escape. */
export function estimateBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 127) bytes += 5;
  return bytes;
}

/** True when Excel refused a request or response for its size; reads can then be retried in smaller chunks. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}
