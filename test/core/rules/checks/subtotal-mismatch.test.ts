import { gridFromRows, type CellValue } from "../../../../src/core/grid";
import { findingsOf, firesAt } from "./firing";

function rows(total: number): CellValue[][] {
  return [
    ["指標名", "令和3年度目標", "令和3年度実績"],
    ["相談件数（窓口）", 100, 90],
    ["相談件数（電話）", 50, 70],
    ["合計", 150, total],
  ];
}

test("a 合計 row equal to the sum of the rows above gives no finding", () => {
  expect(findingsOf(gridFromRows("KPI", rows(160)), "subtotal-mismatch")).toEqual([]);
});

test("a 合計 row that is not the sum fires at its cell with the sum expected", () => {
  const f = firesAt(gridFromRows("KPI", rows(150)), "subtotal-mismatch", "C4");
  expect(f).toMatchObject({ severity: "error", found: "150", expected: "160" });
});
