/**
 * Role and period words read by their form and place (tables/words.ts, vocabulary.ts), and words a
 * settings file adds: each case is a label or a small table other than the corpus's.
 */
import { gridFromRows } from "../../../src/core/grid";
import { detectTables } from "../../../src/core/tables";
import { classifyLabel } from "../../../src/core/tables/vocabulary";

test.each([
  ["2016\n(H28)", { kind: "period", fiscalYear: 2016, label: "2016 (H28)" }],
  ["令和2年3月末見込", { kind: "period", fiscalYear: 2020, projected: true }],
  ["令和2年9月30日現在", { kind: "period", fiscalYear: 2020, partial: true }],
  ["3か年目標", { kind: "period-role", role: "target", final: true }],
  ["指標値(令和7年3月まで)", { kind: "period-role", role: "target", fiscalYear: 2025, final: true }],
  ["令和4 (目標値)", { kind: "period-role", role: "target", fiscalYear: 2022 }],
  ["実績額", { kind: "role", role: "actual" }],
  ["計画額\n(累計額)", { kind: "role", role: "target", unit: null }],
  ["12年度", { kind: "period", fiscalYear: null, eraYear: 12 }],
])("%j is read as %j", (text, expected) => {
  const label = classifyLabel(text) as unknown as Record<string, unknown>;
  const flat = { ...label, ...((label.period as Record<string, unknown> | undefined) ?? {}) };
  expect(flat).toMatchObject(expected);
});

test("years without era take the era of a year written nearby (令和 here, not 平成)", () => {
  const model = detectTables(
    gridFromRows("KPI", [
      ["指標名", "目標", "令和9年度", "3年度", "達成率(%)", "4年度", "達成率(%)"],
      ["利用者数", "増加", 1000, 800, 80.0, 900, 90.0],
    ]),
  );
  const periods = model.tables[0].indicators[0].periods;
  expect(periods.map((p) => [p.label, p.fiscalYear])).toEqual([
    ["令和9年度", 2027],
    ["3年度", 2021],
    ["4年度", 2022],
  ]);
  expect(model.tables[0].indicators[0].direction?.direction).toBe("up");
});

test("a settings file adds words: 目標量 / 実績量 are roles only when it says so", () => {
  const rows = [
    ["指標名", "令和5年度目標量", "令和5年度実績量"],
    ["植樹本数", 100, 120],
  ];
  expect(detectTables(gridFromRows("KPI", rows)).tables).toEqual([]);
  const words = { roles: { target: ["目標量"], actual: ["実績量"] } };
  const [table] = detectTables(gridFromRows("KPI", rows), { words }).tables;
  expect(table.indicators[0].periods[0]).toMatchObject({ fiscalYear: 2023, target: { value: 100 } });
});

test.each([["（単位：億円）"], ["[単位] 億円"], ["【単位】億円"]])(
  "a unit line %s above a small block gives its indicator's unit",
  (unitLine) => {
    const model = detectTables(
      gridFromRows("KPI", [
        ["① 市税収入額"],
        [unitLine],
        ["", "令和3年度", "令和4年度"],
        ["目標", 120, 125],
        ["実績", 118, 127],
      ]),
    );
    expect(model.tables[0].indicators[0]).toMatchObject({ name: "市税収入額", unit: "億円" });
  },
);
