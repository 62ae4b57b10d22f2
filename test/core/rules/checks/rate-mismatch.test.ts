import { gridFromRows, type CellValue } from "../../../../src/core/grid";
import { checkModel, detectTables, type KpiLayout } from "../../../../src/core";
import { readLayout } from "../../../../src/core/layout";
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

describe("a rule stated: half to even", () => {
  /** 17 ÷ 16 = 106.25%: a tie at 0.1 point (106.3% half up, 106.2% half to even); 23 ÷ 80 = 28.75% is 28.8% both ways. */
  const grid = (tie: CellValue, other: CellValue = "28.8%") =>
    gridFromRows("KPI", [
      ["指標名", "令和3年度目標", "令和3年度実績", "令和3年度達成率"],
      ["指標1", 16, 17, tie],
      ["指標2", 80, 23, other],
    ]);
  const halfEven = { rounding: "half-even" } as const;

  test("the tie published half to even agrees; published half up it is an error naming the rule, fixed to 106.2%", () => {
    expect(findingsOf(grid("106.2%"), "rate-mismatch", halfEven)).toEqual([]);
    const [f, ...rest] = findingsOf(grid("106.3%"), "rate-mismatch", halfEven);
    expect(rest).toEqual([]);
    expect([f.cell, f.code, f.expected, f.fix?.[0].value]).toEqual([
      "D2",
      "rules.rate-mismatch.half-even",
      "106.2%",
      "106.2%",
    ]);
    expect(f.message.ja).toContain("偶数丸め");
    expect(f.message.en).toContain("half to even");
    // Half up, the same tie published half to even is the error.
    expect(findingsOf(grid("106.2%"), "rate-mismatch", { rounding: "half-up" }).map((x) => x.cell)).toEqual([
      "D2",
    ]);
  });

  test("a number cell: the exact quotient is right, a typed 1.063 (106.3%) is not, and the fix writes 1.062", () => {
    const exact = grid(1.0625, 0.2875);
    exact.numberFormats[1][3] = "0.0%";
    exact.numberFormats[2][3] = "0.0%";
    expect(findingsOf(exact, "rate-mismatch", halfEven)).toEqual([]);
    const typed = grid(1.063, 0.288);
    typed.numberFormats[1][3] = "0.0%";
    typed.numberFormats[2][3] = "0.0%";
    const found = findingsOf(typed, "rate-mismatch", halfEven);
    expect(found.map((f) => [f.cell, f.fix?.[0].value, f.fix?.[0].numberFormat])).toEqual([
      ["D2", 1.062, "0.0%"],
    ]);
  });

  test("stated in a table's reading, it wins over the settings and holds only that table", () => {
    const sheet = grid("106.2%");
    const table = {
      sheet: "KPI",
      range: "A1:D3",
      columns: { target: "B", actual: "C", rate: "D" },
      period: "令和3年度",
      name: "A",
    };
    const reading = readLayout({ version: 1, tables: [{ ...table, rounding: "half-even" }] });
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    const rule = (layout?: KpiLayout) =>
      checkModel(detectTables(sheet, layout === undefined ? {} : { layout }), { rounding: "half-up" })
        .findings.filter((f) => f.rule === "rate-mismatch")
        .map((f) => f.cell);
    expect(rule()).toEqual(["D2"]);
    expect(rule(reading.layout)).toEqual([]);
    const halfUp = readLayout({ version: 1, tables: [{ ...table, rounding: "half-up" }] });
    expect(halfUp.ok && rule(halfUp.layout)).toEqual(["D2"]);
  });
});
