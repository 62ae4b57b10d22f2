import { DEFAULT_BANDS } from "../../../src/core";
import { resolveParams } from "../../../src/core/templates/params";
import { planTemplate, TemplateError } from "../../../src/core/templates";

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof TemplateError) return error.code;
    throw error;
  }
  throw new Error("did not throw");
}

describe("resolveParams", () => {
  it.each(["R6", "令和6年度", 2024, "2024", "Ｒ６"])("reads the first fiscal year %p as 2024", (from) => {
    expect(resolveParams("progress", { from }).years).toEqual([2024, 2025, 2026]);
  });

  it("writes fiscal-year headers in the chosen style", () => {
    expect(resolveParams("progress", { from: "R6", yearStyle: "short" }).yearLabels).toEqual([
      "R6",
      "R7",
      "R8",
    ]);
    expect(resolveParams("progress", { from: 2019, years: 2, yearStyle: "wareki" }).yearLabels).toEqual([
      "令和元年度",
      "令和2年度",
    ]);
    expect(resolveParams("grant-kpi", { from: "H28" }).yearLabels).toEqual(["H28", "H29", "H30", "R1", "R2"]);
  });

  it("defaults per template: 3 years and 10 indicators, 5 years and 3 KPIs, one year with 2 of each indicator kind", () => {
    const progress = resolveParams("progress", { from: "R6" });
    expect([progress.years.length, progress.indicators.length]).toEqual([3, 10]);
    const grant = resolveParams("grant-kpi", { from: "R6" });
    expect([grant.years.length, grant.indicators.length]).toEqual([5, 3]);
    const evaluation = resolveParams("evaluation-sheet", { from: "R3", years: 4 });
    expect(evaluation.years).toEqual([2021]);
    expect(evaluation.indicators.map((i) => i.kind)).toEqual(["activity", "activity", "outcome", "outcome"]);
    expect(evaluation.yearLabels).toEqual(["令和3年度"]);
  });

  it("uses core's default bands, native formulas and the template's name as sheet name unless told otherwise", () => {
    const params = resolveParams("progress", { from: "R6" });
    expect(params.bands).toBe(DEFAULT_BANDS);
    expect(params.style).toBe("native");
    expect(params.sheet).toBe("進捗管理表");
    expect(resolveParams("progress", { from: "R6", sheetName: "R6進捗" }).sheet).toBe("R6進捗");
  });

  it("turns units into number formats that keep the unit out of the value", () => {
    const params = resolveParams("progress", {
      from: "R6",
      indicators: [
        { unit: "件" },
        { unit: "千円" },
        { unit: "%" },
        {},
        { unit: "人", decimals: 1 },
        { unit: "％" },
      ],
    });
    expect(params.indicators.map((i) => i.numberFormat)).toEqual([
      '#,##0"件"',
      '#,##0"千円"',
      "0.0%",
      "#,##0",
      '#,##0.0"人"',
      "0.0%",
    ]);
  });

  it("reads the projected year like the first year and requires it inside the period", () => {
    expect(resolveParams("progress", { from: "R3", projectedYear: "令和5年度" }).projectedYear).toBe(2023);
    expect(codeOf(() => resolveParams("progress", { from: "R3", projectedYear: "R6" }))).toBe(
      "template.error.projected",
    );
  });

  it.each([
    ["an unreadable first year", { from: "来年" }, "template.error.from"],
    ["zero years", { from: "R6", years: 0 }, "template.error.years"],
    ["a fractional count of indicators", { from: "R6", indicators: 2.5 }, "template.error.indicators"],
    [
      "bands not highest first",
      { from: "R6", bands: { ...DEFAULT_BANDS, thresholds: [0.8, 1] } },
      "template.error.bands",
    ],
    [
      "a label missing",
      { from: "R6", bands: { ...DEFAULT_BANDS, labels: ["達成", "未達成"] } },
      "template.error.bands",
    ],
    [
      "a pending word core would read as a number",
      { from: "R6", pendingWords: ["0件"] },
      "template.error.pendingWord",
    ],
    ["a sheet name with a slash", { from: "R6", sheetName: "R6/R7" }, "template.error.sheetName"],
    ["no judgement label", { from: "R6", judgementLabels: [] }, "template.error.judgements"],
    ["an unknown formula style", { from: "R6", style: "vba" as "kpi" }, "template.error.option"],
    ["an unknown year style", { from: "R6", yearStyle: "roman" as "short" }, "template.error.option"],
  ])("refuses %s with a coded error", (_, params, code) => {
    expect(codeOf(() => resolveParams("progress", params))).toBe(code);
  });

  it("refuses an unknown template id, naming the known ones in both languages", () => {
    const run = () => planTemplate("budget", { from: "R6" });
    expect(codeOf(run)).toBe("template.error.unknownTemplate");
    expect(run).toThrow(/progress, grant-kpi, evaluation-sheet/);
  });
});
