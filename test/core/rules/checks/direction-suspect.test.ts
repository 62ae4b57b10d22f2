import { gridFromRows, type CellValue } from "../../../../src/core/grid";
import { findingsOf, firesAt } from "./firing";

/** One row per indicator: a direction column, the final target under its year, yearly actuals and rates. */
function rows(direction: string, name = "ごみの量"): CellValue[][] {
  return [
    ["指標", "目標", "令和7年度", "令和3年度", "達成率(%)", "令和4年度", "達成率(%)"],
    [name, direction, 580, 581, 100.2, 593, 102.2],
  ];
}

test("a ダウン row whose published rate is actual ÷ target is reported once, as information", () => {
  const f = firesAt(gridFromRows("KPI", rows("ダウン")), "direction-suspect", "E2");
  expect(f.severity).toBe("info");
  expect(findingsOf(gridFromRows("KPI", rows("ダウン")), "direction-suspect")).toHaveLength(1);
});

test("an アップ row gives none, and neither does a ダウン row rated with the lower-is-better setting", () => {
  expect(findingsOf(gridFromRows("KPI", rows("アップ", "利用者数")), "direction-suspect")).toEqual([]);
  const settings = { directions: { ごみの量: { direction: "down" as const } } };
  expect(findingsOf(gridFromRows("KPI", rows("ダウン")), "direction-suspect", settings)).toEqual([]);
});

test("a lower-is-better name (交通事故件数) without a direction column is reported too", () => {
  const grid = gridFromRows("KPI", [
    ["指標", "令和7年度目標", "令和3年度", "達成率(%)"],
    ["交通事故件数", 500, 520, 104.0],
  ]);
  firesAt(grid, "direction-suspect", "D2");
});
