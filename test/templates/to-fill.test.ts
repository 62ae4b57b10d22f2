/**
 * Any generated template, with any number of years and indicators in either formula style, is read right
 * after generation as one table to fill: every slot an unfilled indicator at exactly its planned cells,
 * nothing checked, nothing found (issue 20). Read as the adapters read a sheet written by the add-in (no
 * calculation: the LibreOffice tests cover recalculated sheets).
 */
import fc from "fast-check";
import { runChecks } from "../../src/core/rules";
import { detectTables } from "../../src/core/tables";
import {
  checkSettingsOf,
  LIMITS,
  planTemplate,
  TEMPLATE_IDS,
  type FormulaStyle,
  type TemplateParams,
} from "../../src/core/templates";
import { XlsxWorkbook } from "../../src/workbook/xlsx";

async function emptyTemplateIsATableToFill(id: string, params: TemplateParams): Promise<void> {
  const plan = planTemplate(id, params);
  const workbook = XlsxWorkbook.create([]);
  await workbook.apply(plan.changes);
  const model = detectTables(await workbook.readSheet(plan.params.sheet));
  const where = { id, years: params.years, indicators: params.indicators, style: params.style };
  expect({ ...where, tables: model.tables.map((t) => [t.indicators.length, t.unfilled?.length]) }).toEqual({
    ...where,
    tables: [[0, plan.indicators.length]],
  });
  const slots = (model.tables[0].unfilled ?? []).map((slot) =>
    slot.periods.map((p) => [
      p.cells.target?.address,
      p.cells.actual?.address,
      p.cells.rate?.address,
      p.cells.status?.address,
    ]),
  );
  expect({ ...where, slots }).toEqual({
    ...where,
    slots: plan.indicators.map((i) => i.periods.map((p) => [p.target, p.actual, p.rate, p.status])),
  });
  expect({ ...where, findings: runChecks(model, checkSettingsOf(plan.params)) }).toEqual({
    ...where,
    findings: [],
  });
}

const STYLES: FormulaStyle[] = ["native", "kpi"];

describe.each([...TEMPLATE_IDS])("%s, just generated", (id) => {
  it("is a table to fill for any number of years and indicators, in both styles", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: LIMITS.years.min, max: LIMITS.years.max }),
        fc.integer({ min: LIMITS.indicators.min, max: 40 }),
        fc.constantFrom(...STYLES),
        fc.constantFrom("R3", "令和6年度", "2019"),
        async (years, indicators, style, from) => {
          await emptyTemplateIsATableToFill(id, { from, years, indicators, style });
        },
      ),
      { numRuns: 30, seed: 20 },
    );
  });

  it("is a table to fill at the largest size", async () => {
    await emptyTemplateIsATableToFill(id, {
      from: "R6",
      years: LIMITS.years.max,
      indicators: LIMITS.indicators.max,
      style: "native",
    });
  });
});
