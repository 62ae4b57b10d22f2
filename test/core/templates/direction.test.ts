import { checkSettingsOf, planTemplate, TemplateError } from "../../../src/core/templates";
import { asShown, formulaAt } from "./helpers";

const plan = planTemplate("progress", {
  from: "R6",
  years: 1,
  indicators: [
    { name: "相談件数", unit: "件" },
    { name: "待機児童数", unit: "人", direction: "down" },
    { direction: "down" },
  ],
});

describe("減少型 (lower-is-better) indicators", () => {
  it("rate target ÷ actual, an actual of 0 counting as 100%, with no error for a target of 0", () => {
    const [up, down] = plan.indicators.map((i) => i.periods[0]);
    expect(formulaAt(plan.changes, up.rate ?? "")).toContain(asShown(`${up.actual}/${up.target}`));
    expect(formulaAt(plan.changes, down.rate ?? "")).toBe(
      `=IF(AND(ISNUMBER(${down.actual}),ISNUMBER(${down.target})),IF(${down.actual}=0,1,${asShown(`${down.target}/${down.actual}`)}),"")`,
    );
    const status = formulaAt(plan.changes, down.status ?? "");
    expect(status).toContain(`IF(NOT(ISNUMBER(${down.target})),"算定不可"`);
    expect(status).toContain(
      `IF(IF(${down.actual}=0,1,${asShown(`${down.target}/${down.actual}`)})>=1,"達成"`,
    );
  });

  it("pass the direction to the custom functions in the kpi style", () => {
    const kpi = planTemplate("progress", {
      from: "R6",
      years: 1,
      style: "kpi",
      indicators: [{ direction: "down" }],
    });
    const period = kpi.indicators[0].periods[0];
    expect(formulaAt(kpi.changes, period.rate ?? "")).toBe(
      `=IF(${period.target}="","",KPI.RATE(${period.actual},${period.target},"down"))`,
    );
    expect(formulaAt(kpi.changes, period.status ?? "")).toContain(
      `KPI.STATUS(${period.actual},${period.target},FALSE,"down")`,
    );
  });

  it("give the checker their direction by detection's id and by name", () => {
    expect(checkSettingsOf(plan.params)).toEqual({
      bands: plan.params.bands,
      directions: {
        "No.2": { direction: "down", method: "ratio" },
        待機児童数: { direction: "down", method: "ratio" },
        "No.3": { direction: "down", method: "ratio" },
      },
    });
    const evaluation = planTemplate("evaluation-sheet", {
      from: "R3",
      indicators: [{ kind: "activity" }, { kind: "outcome" }, { kind: "outcome", direction: "down" }],
    });
    expect(Object.keys(checkSettingsOf(evaluation.params).directions ?? {})).toEqual(["成果指標2"]);
  });

  it("have no 累計 rule: the 交付金KPI表 refuses them", () => {
    expect(() =>
      planTemplate("grant-kpi", { from: "H28", indicators: [{ name: "倒産件数", direction: "down" }] }),
    ).toThrow(TemplateError);
  });
});
