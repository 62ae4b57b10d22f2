/**
 * kpi-check --json says how each table was read (`reading`): roles, periods, stated directions, band
 * scheme, the rounding inferred from the published rates, confidence — for KPI tables and for summary
 * tables counting statuses. Run on two corpus tables built into .xlsx as staff keep them.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CheckedFileReport } from "../../src/cli/report";
import { loadCorpus } from "../support/corpus/cases";
import { buildCorpusXlsx } from "../support/corpus/build";
import { kpiCheck } from "./support/kpiCheck";

const dir = mkdtempSync(join(tmpdir(), "kpi-check-reading-"));

async function reportOf(id: string): Promise<CheckedFileReport> {
  const corpusCase = loadCorpus().find((c) => c.id === id);
  if (corpusCase === undefined) throw new Error(`no corpus case ${id}`);
  const file = join(dir, `${id}.xlsx`);
  writeFileSync(file, await buildCorpusXlsx(corpusCase.table));
  const run = await kpiCheck(["--json", file]);
  const [report] = (JSON.parse(run.stdout) as { files: CheckedFileReport[] }).files;
  return report;
}

test("a table of yearly actuals, a final target and (%) rates: its roles, periods, direction and rounding", async () => {
  const [{ reading }] = (await reportOf("gose-13shihyo-h26")).tables;
  if (reading === undefined) throw new Error("--json gave no reading");
  const table = { reading };
  expect(table.reading.roles).toMatchObject({ actual: 9, rate: 9 });
  expect(table.reading.periods).toContainEqual(
    expect.objectContaining({ label: "平成32年", fiscalYear: 2020, final: true }),
  );
  expect(table.reading.periods).toContainEqual(
    expect.objectContaining({ label: "23年度", fiscalYear: 2011 }),
  );
  expect(table.reading.direction).toMatchObject({ up: 2, down: 1 });
  expect(table.reading.direction.stated).toContainEqual({
    indicator: "市民1人あたりの1日に出すごみの量",
    direction: "down",
    cell: "F4",
  });
  expect(table.reading.rounding).toEqual({ rule: "half-up", decimals: 1, rates: 9, reproduced: 9 });
  expect(table.reading.confidence).toBeGreaterThan(0.5);
});

test("a summary table counting statuses is listed with its reading: statuses as bands, shares' rounding", async () => {
  const report = await reportOf("okinawa-pdca-h25-suishin");
  const table = report.tables.find((t) => t.layout === "count-table");
  expect(table?.indicators).toEqual([]);
  expect(table?.reading?.bands).toEqual({
    labels: ["順調", "やや遅れ", "大幅遅れ", "未着手"],
    thresholds: null,
    source: "headers",
  });
  expect(table?.reading?.rounding).toMatchObject({ rule: "half-up", decimals: 1, rates: 4 });
  expect(report.findings.map((f) => [f.rule, f.severity, f.cell])).toContainEqual([
    "summary-table-mismatch",
    "info",
    "B4",
  ]);
});
