/**
 * kpi-check tells how each table keeps its rates (issue 14, case 2): `reading.rateScale` in --json, a line
 * under the table in the human report; `--settings` with `rateScale` decides it for every table, and the
 * report says so beside what the cells say.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CheckedFileReport, FileReport } from "../../src/cli/report";
import { kpiCheck, SAMPLES } from "./support/kpiCheck";

const SAMPLE_004 = join(SAMPLES, "004-atsugi-kpi.xlsx");
const dir = mkdtempSync(join(tmpdir(), "kpi-check-rate-scale-"));

async function jsonReport(args: readonly string[]): Promise<CheckedFileReport> {
  const run = await kpiCheck(["--json", ...args, SAMPLE_004]);
  const [file] = (JSON.parse(run.stdout) as { files: FileReport[] }).files;
  if ("error" in file) throw new Error(file.error.message);
  return file;
}

/** The KPI tables of a report that have rate cells. */
const withRates = (report: CheckedFileReport) =>
  report.tables.filter((t) => t.reading?.rateScale != null && (t.reading.roles.rate ?? 0) > 0);

const settingsFile = join(dir, "points.json");
writeFileSync(settingsFile, JSON.stringify({ rateScale: "points" }));

test("--json gives each KPI table's rate convention as detected, and the human report tells it under the table", async () => {
  const report = await jsonReport([]);
  expect(withRates(report).length).toBeGreaterThan(0);
  for (const table of withRates(report))
    expect(table.reading?.rateScale).toEqual({ scale: "fraction", detected: "fraction", source: "cells" });
  const human = await kpiCheck([SAMPLE_004]);
  const lines = human.stdout.split("\n");
  const line = "    達成率の表し方: 割合（1 = 100%、パーセント表示の書式）";
  expect(lines.filter((l) => l === line)).toHaveLength(withRates(report).length);
  const en = await kpiCheck(["--lang", "en", SAMPLE_004]);
  expect(en.stdout).toContain("    Rates kept as fractions (1 = 100%, shown by a percentage format)\n");
});

test("--settings { rateScale: points } decides every table's convention; the report names the setting and what the cells say", async () => {
  const detected = await jsonReport([]);
  const report = await jsonReport(["--settings", settingsFile]);
  expect(withRates(report).length).toBe(withRates(detected).length);
  for (const table of withRates(report))
    expect(table.reading?.rateScale).toEqual({ scale: "points", detected: "fraction", source: "settings" });
  // 004's rate cells are formatted 0.0%: a cell whose own format shows a percentage is read as it shows,
  // whatever the table's convention, so the findings stay those of the detected reading.
  const found = (r: CheckedFileReport) => r.findings.map((f) => `${f.rule} ${f.cell}`);
  expect(found(report)).toEqual(found(detected));
  const human = await kpiCheck(["--settings", settingsFile, SAMPLE_004]);
  expect(human.stdout).toContain(
    "    達成率の表し方: ポイント（100 = 100%、例 209.4）・設定 rateScale による（セルからの判定は「割合」）\n",
  );
});

test("a rateScale the reader does not know is refused, naming the key (exit 2)", async () => {
  const wrong = join(dir, "wrong.json");
  writeFileSync(wrong, JSON.stringify({ rateScale: "percent" }));
  const run = await kpiCheck(["--settings", wrong, SAMPLE_004]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("rateScale");
});
