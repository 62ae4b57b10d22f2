import { projectedYearsInNote } from "../../../src/core/tables/projection";
import { planTemplate } from "../../../src/core/templates";
import { formulaAt, texts, valueAt } from "./helpers";

const plan = planTemplate("evaluation-sheet", {
  from: "令和3年度",
  indicators: [
    { kind: "activity", name: "先端技術に関する人材育成プログラムの参加人数", unit: "人" },
    { kind: "outcome", name: "新規事業創出件数(累計)", unit: "件" },
  ],
});
const { changes } = plan;

describe("事業評価調書 (evaluation-sheet)", () => {
  it("has 002's 基本情報, 事業費 by fiscal year (決算 / 予算) with a computed total", () => {
    expect(texts(changes)).toEqual(
      expect.arrayContaining([
        "◎基本情報",
        "事業名",
        "◎事業費",
        "令和2年度決算",
        "令和3年度予算",
        "令和3年度決算",
        "令和4年度予算",
        "計（事業費＋人件費）",
      ]),
    );
    const total = (changes.cells ?? []).find((c) => c.formula?.includes("SUM(") === true);
    expect(total?.formula).toMatch(/^=IF\(COUNT\(B\d+,B\d+\)=0,"",SUM\(B\d+,B\d+\)\)$/);
  });

  it("heads 活動指標 with 実績 / 予定 and 成果指標 with 実績 / 目標, around the evaluated year", () => {
    expect(texts(changes)).toEqual(
      expect.arrayContaining([
        "活動指標1",
        "成果指標1",
        "令和2年度実績",
        "令和3年度予定",
        "令和3年度実績",
        "令和4年度予定",
        "令和3年度目標",
        "令和4年度目標",
      ]),
    );
    const [activity] = plan.indicators;
    expect(activity.periods.map((p) => [p.period, p.target !== undefined, p.actual !== undefined])).toEqual([
      [2020, false, true],
      [2021, true, true],
      [2022, true, false],
    ]);
    expect(valueAt(changes, activity.name)).toBe("先端技術に関する人材育成プログラムの参加人数");
  });

  it("computes the evaluated year's 達成率 and 結果 from its 実績 and 予定", () => {
    const year = plan.indicators[1].periods[1];
    expect(formulaAt(changes, year.rate ?? "")).toContain(`${year.actual}/${year.target}`);
    expect(formulaAt(changes, year.status ?? "")).toContain('"概ね達成"');
  });

  it("notes a projected evaluated year so that detection and the 見込み statuses agree", () => {
    const projected = planTemplate("evaluation-sheet", { from: "R6", projectedYear: "R6" });
    const note = texts(projected.changes).find((t) => t.includes("見込値")) ?? "";
    expect(note).toBe("〔実績について〕 令和6年度は見込値。");
    expect(projectedYearsInNote(note)).toEqual([2024]);
    expect(texts(changes).some((t) => t.includes("見込値"))).toBe(false);
  });

  it("offers 判定 as a list of A / B / C with a reason cell beside each", () => {
    expect(plan.judgements).toHaveLength(5);
    for (const cell of plan.judgements) {
      const rule = changes.validations?.find((v) => v.address === cell);
      expect(rule).toMatchObject({ kind: "list", list: ["A", "B", "C"], inputTitle: "判定" });
    }
    expect(texts(changes)).toEqual(expect.arrayContaining(["判定", "理由", "今回の評価", "評価の理由"]));
    const custom = planTemplate("evaluation-sheet", { from: "R6", judgementLabels: ["◎", "○", "△", "×"] });
    expect(custom.changes.validations?.find((v) => v.address === custom.judgements[0])?.list).toEqual([
      "◎",
      "○",
      "△",
      "×",
    ]);
  });

  it("prints A4 landscape with the title row repeated and names the indicator blocks for the checker", () => {
    const layout = changes.layouts?.[0];
    expect(layout?.print).toEqual({
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      titleRows: "$1:$1",
    });
    const [first] = plan.indicators;
    const last = plan.indicators[plan.indicators.length - 1];
    const top = Number(/\d+/.exec(first.name)?.[0]);
    const bottom = Number(/\d+/.exec(last.periods[1].status ?? "")?.[0]);
    expect(layout?.names).toEqual([
      { name: "KPI_EVALUATION_SHEET_事業評価調書", address: `$A$${top}:$G$${bottom}` },
    ]);
  });
});
