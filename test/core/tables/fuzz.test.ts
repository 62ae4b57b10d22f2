import fc from "fast-check";
import { gridFromRows, type CellValue } from "../../../src/core/grid";
import { runChecks } from "../../../src/core/rules";
import { detectTables } from "../../../src/core/tables";

/** Cells drawn from KPI vocabulary as well as noise, so that random grids do form partial tables. */
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "目標",
    "実績",
    "達成率",
    "結果",
    "R3",
    "R5",
    "令和4年度実績",
    "累計",
    "集計中",
    "-",
    "達成見込み",
    "1,600件",
    "13,0000",
    "指標名",
    "No.",
    "プラン全体",
    "FY2023 Target",
  ),
  fc.double({ noNaN: false }),
  fc.integer({ min: 1990, max: 2100 }),
  fc.constantFrom<CellValue>({ error: "#VALUE!" }, { error: "#DIV/0!" }, true),
);

const grid = fc
  .record({
    rows: fc.integer({ min: 0, max: 200 }),
    cols: fc.integer({ min: 0, max: 50 }),
    seed: fc.array(cellValue, { minLength: 1, maxLength: 400 }),
    merges: fc.array(
      fc.record({
        row: fc.integer({ min: -2, max: 210 }),
        col: fc.integer({ min: -2, max: 55 }),
        rowCount: fc.integer({ min: 0, max: 300 }),
        colCount: fc.integer({ min: 0, max: 60 }),
      }),
      { maxLength: 5 },
    ),
  })
  .map(({ rows, cols, seed, merges }) => {
    const values = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => seed[(r * 31 + c * 7) % seed.length]),
    );
    const g = gridFromRows("fuzz", values);
    g.merges.push(...merges);
    return g;
  });

test("random grids never throw and every finding names a cell", () => {
  fc.assert(
    fc.property(grid, (g) => {
      const model = detectTables(g);
      for (const f of runChecks(model)) expect(typeof f.cell).toBe("string");
    }),
    { numRuns: 200 },
  );
});

test("a grid with ragged rows and missing formulas, formats, origin and merges is still read", () => {
  const g = gridFromRows("ragged", [
    ["", "R3", "R4"],
    ["目標", 10, 20],
    ["実績", 12, 18],
  ]);
  g.values[2] = ["実績", 12];
  (g as { formulas: unknown }).formulas = [];
  (g as { numberFormats: unknown }).numberFormats = undefined;
  (g as { origin: unknown }).origin = undefined;
  (g as { merges: unknown }).merges = undefined;
  const model = detectTables(g);
  expect(model.tables[0].indicators[0].periods.map((p) => p.actual?.kind)).toEqual(["number", "pending"]);
  expect(runChecks(model)).toEqual([]);
});
