/**
 * The check itself, the same in the worker and on the UI thread: find the tables of each grid
 * (core/tables), evaluate and check them once (core's checkModel) and turn the result into the pane's report.
 * `step` is awaited between units of work (it yields, and throws when cancelled, on the UI thread).
 */
import {
  checkModel,
  detectTables,
  detectWords,
  evaluationsByPeriod,
  readKpiTable,
  type Evaluation,
  type KpiModel,
  type KpiTable,
} from "../../core";
import { checkSettings } from "../settings/settings";
import type { CheckRequest } from "./checker";
import type { PaneReport } from "./report";
import { reportFindings } from "./reportFindings";
import { reportTable } from "./reportTables";

export interface CheckProgress {
  done: number;
  total: number;
}

export async function runCheck(
  request: CheckRequest,
  onProgress: (progress: CheckProgress) => void,
  step: () => Promise<void>,
): Promise<PaneReport> {
  const { grids, lang } = request;
  const settings = checkSettings(request.settings);
  // One step per sheet to find its tables, one to evaluate and check them all (checks compare tables).
  const total = grids.length + 1;
  const model: KpiModel = { tables: [], summaries: [] };
  onProgress({ done: 0, total });
  for (const [i, grid] of grids.entries()) {
    await step();
    const found = detectTables(grid, {
      layout: request.layout,
      words: detectWords(settings),
      rateScale: settings.rateScale,
    });
    model.tables.push(...found.tables);
    model.summaries.push(...found.summaries);
    onProgress({ done: i + 1, total });
  }
  await step();
  // One evaluation of every period: the findings and the report are made from the same (core's checkModel).
  const checked = checkModel(model, settings);
  const byPeriod = evaluationsByPeriod(checked.evaluations);
  const byTable = new Map<KpiTable, Evaluation[]>();
  for (const e of checked.evaluations) {
    const own = byTable.get(e.table);
    if (own === undefined) byTable.set(e.table, [e]);
    else own.push(e);
  }
  const tables = model.tables.map((t) =>
    reportTable(t, byPeriod, lang, readKpiTable(t, byTable.get(t) ?? [], settings)),
  );
  const findings = reportFindings(checked.findings, tables);
  onProgress({ done: total, total });
  const summaries = model.summaries.map(({ sheet, total }) => ({
    sheet,
    cell: total.cell,
    text: total.text,
    total: total.value,
    unit: total.unit,
  }));
  return { sheets: grids.map((g) => g.sheet), tables, findings, summaries };
}
