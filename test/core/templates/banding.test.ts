/**
 * A template bands its statuses on the check settings' basis, so that the sheet and the checker agree
 * under either: `exact` (the rate at 15 significant digits) or `rounded` (the rate as displayed, 0.1 point).
 */
import { DEFAULT_BANDS } from "../../../src/core";
import { checkSettingsOf, planTemplate, TemplateError } from "../../../src/core/templates";
import { asShown, formulaAt } from "./helpers";

const period = (banding: "exact" | "rounded", style: "native" | "kpi" = "native") => {
  const plan = planTemplate("progress", { from: "R6", years: 1, indicators: 1, banding, style });
  const p = plan.indicators[0].periods[0];
  return { plan, p, status: formulaAt(plan.changes, p.status ?? "") };
};

test("native, exact (default): the rate at 15 significant digits is compared with the band edges", () => {
  const { plan, p, status } = period("exact");
  const rate = asShown(`${p.actual}/${p.target}`);
  expect(status).toContain(`IF(${rate}>=1,"達成",IF(${rate}>=0.8,"概ね達成","未達成"))`);
  expect(checkSettingsOf(plan.params)).toMatchObject({ banding: "exact" });
});

test("native, rounded: the rate is rounded as displayed (3 decimals of the fraction) before the comparison", () => {
  const { plan, p, status } = period("rounded");
  const rate = `ROUND(${asShown(`${p.actual}/${p.target}`)},3)`;
  expect(status).toContain(`IF(${rate}>=1,"達成",IF(${rate}>=0.8,"概ね達成","未達成"))`);
  // The rate cell itself keeps the unrounded rate: only the status follows the basis.
  expect(formulaAt(plan.changes, p.rate ?? "")).not.toContain(",3)");
  expect(checkSettingsOf(plan.params)).toMatchObject({ banding: "rounded" });
});

test("kpi, rounded: KPI.BAND of the rounded KPI.RATE, a pending label passing through unrounded", () => {
  const { p, status } = period("rounded", "kpi");
  const rate = `KPI.RATE(${p.actual},${p.target})`;
  const labels = DEFAULT_BANDS.labels.map((l) => `"${l}"`).join(",");
  expect(status).toBe(
    `=IF(${p.target}="","",KPI.BAND(IFERROR(ROUND(${rate},3),${rate}),FALSE,{1,0.8},{${labels}}))`,
  );
});

test("an unknown basis is refused with a coded error", () => {
  expect(() =>
    planTemplate("progress", { from: "R6", banding: "displayed" as unknown as "rounded" }),
  ).toThrow(TemplateError);
});
