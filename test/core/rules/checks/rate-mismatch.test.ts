import { gridFromRows } from "../../../../src/core/grid";
import { COL, gridWith, ROW } from "../clean-table";
import { findingsOf, firesAt } from "./firing";

test("a published rate of 130.0% for 120 / 100 fires at E11 and is fixed to 120.0%", () => {
  const f = firesAt(gridWith(ROW.rate, COL.R3, 1.3), "rate-mismatch", "E11");
  expect([f.expected, f.fix?.[0].value, f.fix?.[0].numberFormat]).toEqual(["120.0%", 1.2, "0.0%"]);
});

test("a computable rate formula that disagrees is replaced by a formula that still says 集計中 while the actual is pending", () => {
  const grid = gridWith(ROW.rate, COL.R3, 1.3);
  grid.formulas[ROW.rate][COL.R3] = "=E9/E8+0.1";
  const fix = findingsOf(grid, "rate-mismatch")[0]?.fix?.[0];
  expect(fix?.formula).toBe('=IF(ISNUMBER(E9),E9/E8,"集計中")');
});

test("a lower-is-better indicator set in the settings is rated target ÷ actual", () => {
  const grid = gridFromRows("down", [
    ["No.", "成果指標", "年度", "R3"],
    [1, "火災件数", "目標", 80],
    [null, null, "実績", 100],
    [null, null, "達成率", 0.8],
    [null, null, "結果", "概ね達成"],
  ]);
  grid.numberFormats[3][3] = "0.0%";
  expect(findingsOf(grid, "rate-mismatch")).toHaveLength(1);
  expect(findingsOf(grid, "rate-mismatch", { directions: { 火災件数: { direction: "down" } } })).toEqual([]);
});

describe("the table's own rounding", () => {
  /** One row per indicator: 2 ÷ 3 = 66.666…% published as `rates[k]` (66.7% half up, 66.6% truncated). */
  const grid = (rates: readonly string[]) =>
    gridFromRows("KPI", [
      ["指標名", "令和3年度目標", "令和3年度実績", "令和3年度達成率"],
      ...rates.map((rate, k) => [`指標${k + 1}`, 3, 2, rate]),
    ]);

  test("a table whose every rate is truncated is right as published", () => {
    expect(findingsOf(grid(["66.6%", "66.6%", "66.6%"]), "rate-mismatch")).toEqual([]);
  });

  test("a table mixing truncated and rounded rates is told once, as information", () => {
    const findings = findingsOf(grid(["66.7%", "66.6%", "66.6%", "66.7%"]), "rate-mismatch");
    expect(findings.map((f) => [f.severity, f.cell])).toEqual([["info", "D3"]]);
  });

  test("a single truncated rate among rounded ones is an error, and so is any truncation under half-up", () => {
    expect(findingsOf(grid(["66.7%", "66.6%", "66.7%"]), "rate-mismatch").map((f) => f.severity)).toEqual([
      "error",
    ]);
    const halfUp = findingsOf(grid(["66.6%", "66.6%"]), "rate-mismatch", { rounding: "half-up" });
    expect(halfUp.map((f) => f.severity)).toEqual(["error", "error"]);
  });
});
