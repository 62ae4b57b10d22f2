/**
 * The pane and the CLI report one pipeline: the pane's report is core's `checkModel` (each period
 * evaluated once), its findings consolidated one per problem, and core's period report, cut to what the
 * views show.
 */
import {
  checkModel,
  consolidateFindings,
  detectTables,
  evaluationsByPeriod,
  gridFromRows,
  indicatorReport,
  tableHolding,
} from "../../src/core";
import { runCheck } from "../../src/taskpane/checking/runCheck";
import { checkSettings, DEFAULT_PANE_SETTINGS } from "../../src/taskpane/settings/settings";
import { ROWS, SHEET } from "./support/fixtures";

test("the pane's statuses and findings are core's, from one evaluation", async () => {
  const grid = gridFromRows(SHEET, ROWS);
  const settings = { ...DEFAULT_PANE_SETTINGS, projectedPeriod: "R5" };
  const report = await runCheck(
    { grids: [grid], settings, lang: "ja" },
    () => undefined,
    async () => undefined,
  );

  const model = detectTables(grid);
  const checked = checkModel(model, checkSettings(settings));
  const byPeriod = evaluationsByPeriod(checked.evaluations);
  const core = model.tables.flatMap((t) => t.indicators.map((i) => indicatorReport(i, true, byPeriod)));
  const statuses = (periods: readonly { label: string; projected: boolean; status: string | null }[]) =>
    periods.map(({ label, projected, status }) => [label, projected, status]);

  const pane = report.tables.flatMap((t) => t.indicators);
  expect(pane.map((i) => statuses(i.periods))).toEqual(core.map((i) => statuses(i.periods)));
  expect(pane.some((i) => i.periods.some((p) => p.status !== null))).toBe(true);
  expect(report.findings.map((f) => [f.rule, f.cell, f.tableId])).toEqual(
    consolidateFindings(checked.findings).map(({ lead: f }) => {
      const table = tableHolding(model.tables, f.sheet, f.cell);
      return [f.rule, f.cell, table === null ? null : `${table.sheet}!${table.range}`];
    }),
  );
  expect(report.findings.length).toBeGreaterThan(0);
});
