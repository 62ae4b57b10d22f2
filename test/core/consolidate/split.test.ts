import fc from "fast-check";
import { moveRange, partRows, type SplitPlan } from "../../../src/core";

const PLAN: SplitPlan = {
  sheet: "進捗管理表",
  headerRows: 1,
  tableEnd: 12,
  parts: [
    {
      value: "観光課",
      blocks: [
        { indicator: "No.2", first: 5, last: 8 },
        { indicator: "No.3", first: 9, last: 12 },
      ],
    },
  ],
};

describe("partRows", () => {
  test("header, the part's blocks and the rows below the table move up in order", () => {
    expect([...partRows(PLAN, PLAN.parts[0], 14)]).toEqual([
      [0, 0],
      [5, 1],
      [6, 2],
      [7, 3],
      [8, 4],
      [9, 5],
      [10, 6],
      [11, 7],
      [12, 8],
      [13, 9],
      [14, 10],
    ]);
  });
});

describe("moveRange", () => {
  const rows = partRows(PLAN, PLAN.parts[0], 14);
  test("a range inside a kept block moves with it", () => {
    expect(moveRange({ row: 5, col: 0, rowCount: 4, colCount: 1 }, rows)).toEqual([
      { range: { row: 1, col: 0, rowCount: 4, colCount: 1 }, from: 5 },
    ]);
  });
  test("a range over kept and dropped rows keeps its kept rows, one piece where they land together", () => {
    expect(moveRange({ row: 0, col: 4, rowCount: 15, colCount: 2 }, rows)).toEqual([
      { range: { row: 0, col: 4, rowCount: 11, colCount: 2 }, from: 0 },
    ]);
    expect(moveRange({ row: 0, col: 4, rowCount: 1, colCount: 2 }, rows)).toEqual([
      { range: { row: 0, col: 4, rowCount: 1, colCount: 2 }, from: 0 },
    ]);
  });
  test("a range in dropped rows is gone", () => {
    expect(moveRange({ row: 1, col: 0, rowCount: 4, colCount: 3 }, rows)).toEqual([]);
  });
  test("the pieces cover exactly where the range's kept rows land, apart and in order", () => {
    const blocks = fc
      .uniqueArray(fc.integer({ min: 0, max: 9 }), { maxLength: 10 })
      .map((ids) =>
        ids.sort((a, b) => a - b).map((i) => ({ indicator: `No.${i}`, first: 2 + 3 * i, last: 4 + 3 * i })),
      );
    fc.assert(
      fc.property(
        blocks,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        (kept, row, count) => {
          const plan: SplitPlan = {
            sheet: "s",
            headerRows: 2,
            tableEnd: 31,
            parts: [{ value: "v", blocks: kept }],
          };
          const map = partRows(plan, plan.parts[0], 35);
          const pieces = moveRange({ row, col: 0, rowCount: count, colCount: 1 }, map);
          const covered = pieces.flatMap((p) =>
            Array.from({ length: p.range.rowCount }, (_, i) => p.range.row + i),
          );
          const landed = [...map].filter(([from]) => from >= row && from < row + count);
          expect(covered).toEqual(landed.map(([, to]) => to));
          // Each piece names the row its first row came from; pieces never touch (they would be one).
          for (const p of pieces) expect(map.get(p.from)).toBe(p.range.row);
          pieces.slice(1).forEach((p, i) => {
            const before = pieces[i].range;
            expect(p.range.row).toBeGreaterThan(before.row + before.rowCount);
          });
        },
      ),
    );
  });
});
