import { gridFromRows, type CellValue } from "../../../../src/core/grid";
import { findingsOf, firesAt } from "./firing";

/** A status count table: a total column, three statuses, a total row; every row and column adds up. */
function countRows(): CellValue[][] {
  return [
    ["分野", "指標数", "順調", "やや遅れ", "大幅遅れ"],
    ["Ⅰ 福祉", 10, 6, 3, 1],
    ["Ⅱ 教育", 8, 4, "-", 4],
    ["合計", 18, 10, 3, 5],
  ];
}

const grid = (rows: CellValue[][]) => gridFromRows("集計", rows);

test("a count table that adds up gives no finding", () => {
  expect(findingsOf(grid(countRows()), "summary-table-mismatch")).toEqual([]);
});

test("a row whose counts do not sum to its total fires at the total (a dash counts as none)", () => {
  const rows = countRows();
  rows[2][1] = 9;
  rows[3][1] = 19;
  const f = firesAt(grid(rows), "summary-table-mismatch", "B3");
  expect(f).toMatchObject({ severity: "error", found: "9", expected: "8" });
});

test("a total row that is not the sum of the rows fires at the column's total", () => {
  const rows = countRows();
  rows[3][3] = 4;
  rows[3][1] = 19;
  const findings = findingsOf(grid(rows), "summary-table-mismatch");
  expect(findings.map((f) => f.cell).sort()).toEqual(["B4", "D4"].sort());
});

test("a share that is not count ÷ total at the table's rounding is an error; 99.9% by rounding is info", () => {
  const rows: CellValue[][] = [
    ["対象取組数", "順調", "やや遅れ", "大幅遅れ"],
    [3, 1, 1, 1],
    ["(割合)", "33.3%", "33.3%", "33.3%"],
  ];
  const info = findingsOf(grid(rows), "summary-table-mismatch");
  expect(info).toHaveLength(1);
  expect(info[0]).toMatchObject({ severity: "info", cell: "B3", found: "99.9%" });
  rows[2][2] = "35.0%";
  const wrong = findingsOf(grid(rows), "summary-table-mismatch").filter((f) => f.severity === "error");
  expect(wrong.map((f) => [f.cell, f.expected])).toEqual([["C3", "33.3%"]]);
});
