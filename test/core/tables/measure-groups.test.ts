import { gridFromRows, type CellRange } from "../../../src/core/grid";
import { detectTables } from "../../../src/core/tables";

const span = (row: number, col: number, colCount: number): CellRange => ({ row, col, rowCount: 1, colCount });

describe("role groups over several measures", () => {
  const rows = [
    ["施策", "計画", null, "実績", null],
    [null, "事業数", "事業費(千円)", "事業数", "事業費(千円)"],
    ["観光振興", 5, 12000, 5, 11400],
    ["農業振興", 6, 18000, 6, 18900],
  ];

  test("each row gives one indicator per measure, with the measure's unit", () => {
    const grid = { ...gridFromRows("s", rows), merges: [span(0, 1, 2), span(0, 3, 2)] };
    const [table] = detectTables(grid).tables;
    expect(table.indicators.map((i) => [i.name, i.unit])).toEqual([
      ["観光振興 事業数", null],
      ["観光振興 事業費", "千円"],
      ["農業振興 事業数", null],
      ["農業振興 事業費", "千円"],
    ]);
    const cost = table.indicators[1].periods[0];
    expect([cost.cells.target?.address, cost.cells.actual?.address]).toEqual(["C3", "E3"]);
  });

  test("role headers not merged over several columns head no measures", () => {
    const tables = detectTables(gridFromRows("s", rows)).tables;
    expect(tables.flatMap((t) => t.indicators.map((i) => i.name))).not.toContain("観光振興 事業数");
  });
});
