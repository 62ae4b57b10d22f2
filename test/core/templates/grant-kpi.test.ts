import { planTemplate } from "../../../src/core/templates";
import { asShown, cellAt, formulaAt, valueAt } from "./helpers";

const plan = planTemplate("grant-kpi", {
  from: "H28",
  years: 5,
  indicators: [
    { name: "労働生産性２倍以上達成企業数", unit: "社" },
    { name: "産業用ロボット導入に関する金融機関等融資額", unit: "千円" },
  ],
});
const { changes } = plan;

describe("交付金KPI表 (grant-kpi)", () => {
  it("has the plan's fiscal years and a 累計 column, and rows 目標値 / 実績値 / 達成率 / 結果 per KPI", () => {
    expect(["E4", "F4", "G4", "H4", "I4", "J4"].map((a) => valueAt(changes, a))).toEqual([
      "H28",
      "H29",
      "H30",
      "R1",
      "R2",
      "累計",
    ]);
    expect(["D5", "D6", "D7", "D8"].map((a) => valueAt(changes, a))).toEqual([
      "目標値",
      "実績値",
      "達成率",
      "結果",
    ]);
    expect([valueAt(changes, "B5"), valueAt(changes, "C5"), valueAt(changes, "C9")]).toEqual([
      "労働生産性２倍以上達成企業数",
      "社",
      "千円",
    ]);
    expect(plan.indicators[0].periods.map((p) => p.period)).toEqual([
      2016,
      2017,
      2018,
      2019,
      2020,
      "cumulative",
    ]);
  });

  it("sums every planned target and the reported actuals in 累計 and divides the sums (domain.md's flow rule)", () => {
    const cumulative = plan.indicators[0].periods[5];
    expect(formulaAt(changes, cumulative.target ?? "")).toBe('=IF(COUNT(E5:I5)=5,SUM(E5:I5),"")');
    expect(formulaAt(changes, cumulative.actual ?? "")).toBe('=IF(COUNT(E6:I6)=0,"",SUM(E6:I6))');
    expect(formulaAt(changes, cumulative.rate ?? "")).toBe(
      `=IF(AND(ISNUMBER(J6),ISNUMBER(J5)),IF(J5=0,"",${asShown("J6/J5")}),"")`,
    );
    expect(formulaAt(changes, cumulative.status ?? "")).toContain(asShown("J6/J5"));
    expect(cellAt(changes, cumulative.target ?? "")?.numberFormat).toBe('#,##0"社"');
  });

  it("accepts typed input only in the yearly cells, never over the 累計 formulas", () => {
    const numeric = changes.validations?.filter((v) => v.kind === "custom").map((v) => v.address);
    expect(numeric).toEqual(["E5:I6", "E9:I10"]);
    expect(changes.layouts?.[0].names).toEqual([
      { name: "KPI_GRANT_KPI_交付金KPI表", address: "$A$4:$J$12" },
    ]);
  });
});
