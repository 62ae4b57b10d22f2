import fc from "fast-check";
import { DEFAULT_BUDGET, EXCEL_WEB_LIMITS } from "../../src/workbook/office";
import {
  estimateBytes,
  packBatches,
  planRowBlocks,
  READ_BYTES_PER_CELL,
} from "../../src/workbook/office/chunking";

describe("row-block plan", () => {
  test("a full 1,048,576 × 16,384 sheet: every range under 5,000,000 cells, every sync under 5 MB, all rows once", () => {
    const rows = 1_048_576;
    const cols = 16_384;
    const syncs = planRowBlocks(rows, cols, READ_BYTES_PER_CELL, DEFAULT_BUDGET);
    let next = 0;
    let violations = 0;
    for (const blocks of syncs) {
      let cells = 0;
      for (const block of blocks) {
        if (block.row !== next || block.rowCount * cols > EXCEL_WEB_LIMITS.maxCellsPerRange) violations += 1;
        cells += block.rowCount * cols;
        next += block.rowCount;
      }
      if (cells * READ_BYTES_PER_CELL > EXCEL_WEB_LIMITS.maxBytesPerSync) violations += 1;
    }
    expect(violations).toBe(0);
    expect(next).toBe(rows);
  });

  test("any shape and budget: blocks cover the rows in order and respect the cell limit", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 300, max: 100_000 }),
        fc.integer({ min: 1_000, max: 1_000_000 }),
        (rows, cols, maxCells, maxBytes) => {
          const blocks = planRowBlocks(rows, cols, 40, {
            maxCellsPerRange: maxCells,
            maxBytesPerSync: maxBytes,
          }).flat();
          expect(blocks.reduce((sum, b) => sum + b.rowCount, 0)).toBe(rows);
          expect(blocks.every((block) => block.rowCount === 1 || block.rowCount * cols <= maxCells)).toBe(
            true,
          );
        },
      ),
    );
  });
});

test("packing keeps order and stays within the byte budget", () => {
  const items = Array.from({ length: 100 }, (_, i) => i);
  const batches = packBatches(items, () => 30, { maxCellsPerRange: 1, maxBytesPerSync: 100 });
  expect(batches.flat()).toEqual(items);
  for (const batch of batches) expect(batch.length * 30).toBeLessThanOrEqual(100);
});

test("byte estimates count non-ASCII text as escaped", () => {
  expect(estimateBytes("1,600件")).toBe(JSON.stringify("1,600件").length + 5);
});
