import { cleanGrid, cleanRows, COL, gridOf, gridWith, ROW } from "../clean-table";
import { findingsOf, firesAt } from "./firing";

test("a rate without a percent format fires at F11 and is fixed to 0.0%", () => {
  const grid = cleanGrid();
  grid.numberFormats[ROW.rate][COL.R4] = null;
  expect(firesAt(grid, "inconsistent-format", "F11").fix?.[0].numberFormat).toBe("0.0%");
});

test("mixed placeholders in one table: the rarer dash is flagged and fixed to the common one", () => {
  const rows = cleanRows();
  rows.push([2, "相談支援", "来場者数", "目標", 10, 10, 10], [null, null, null, "実績", "-", "-", "ー"]);
  const found = findingsOf(gridOf(rows), "inconsistent-format");
  expect(found.map((f) => [f.cell, f.found, f.expected])).toEqual([["G13", "ー", "-"]]);
});

test("a text rate with another precision is flagged; one decimal is quiet", () => {
  expect(findingsOf(gridWith(ROW.rate, COL.R4, "90%"), "inconsistent-format").map((f) => f.cell)).toEqual([
    "F11",
  ]);
  expect(findingsOf(gridWith(ROW.rate, COL.R4, "90.0%"), "inconsistent-format")).toEqual([]);
});
