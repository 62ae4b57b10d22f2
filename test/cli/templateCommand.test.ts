/**
 * `kpi-check template`: the written workbook is what kpi-check then reports clean, empty and once
 * filled in (through the xlsx adapter, at the cells the template's plan names); a broken status cell is
 * reported at that cell. Bad parameters end in exit 2 without a file.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CheckedFileReport } from "../../src/cli/report";
import { currentFiscalYear } from "../../src/cli/templateCommand";
import type { CellChange } from "../../src/workbook/port";
import { planTemplate, TEMPLATE_IDS } from "../../src/core/templates";
import { loadXlsxFile, saveXlsxFile } from "../../src/workbook/xlsx";
import { kpiCheck, type Run } from "./support/kpiCheck";

const dir = mkdtempSync(join(tmpdir(), "kpi-check-template-"));
const PARAMS = { from: "R6", years: 3, indicators: 3 };

function reportOf(run: Run): CheckedFileReport {
  return (JSON.parse(run.stdout) as { files: CheckedFileReport[] }).files[0];
}

/** Names, targets and actuals typed into the template's cells (targets rising by 20, actual = target + 10: every period 達成). */
async function fill(path: string, out: string, extra: CellChange[] = []): Promise<void> {
  const plan = planTemplate("progress", PARAMS);
  const sheet = plan.params.sheet;
  const cells: CellChange[] = plan.indicators.flatMap((indicator, i) => [
    { sheet, address: indicator.name, value: `成果指標${i + 1}` },
    ...indicator.periods.flatMap((period, k) => [
      ...(period.target ? [{ sheet, address: period.target, value: 100 + 20 * k }] : []),
      ...(period.actual ? [{ sheet, address: period.actual, value: 110 + 20 * k }] : []),
    ]),
  ]);
  const workbook = await loadXlsxFile(path);
  await workbook.apply({ label: "fill", cells: [...cells, ...extra] });
  await saveXlsxFile(workbook, out);
}

describe("kpi-check template progress", () => {
  const out = join(dir, "new", "progress.xlsx");
  let written: Run;

  beforeAll(async () => {
    written = await kpiCheck([
      "template",
      "progress",
      "--from",
      "R6",
      "--years",
      "3",
      "--indicators",
      "3",
      "-o",
      out,
    ]);
  });

  it("writes the workbook and says where", () => {
    expect(written).toMatchObject({ code: 0, stderr: "" });
    expect(written.stdout).toBe(`${out} に「進捗管理表」を書き出しました（指標 3）。\n`);
    expect(existsSync(out)).toBe(true);
  });

  it("is reported clean as written, as a table of slots to fill at the planned cells", async () => {
    const run = await kpiCheck(["--json", out]);
    expect(run.code).toBe(0);
    const report = reportOf(run);
    expect(report.findings).toEqual([]);
    expect(report.tables).toHaveLength(1);
    const plan = planTemplate("progress", PARAMS);
    expect(
      report.tables[0].indicators.map((i) => ({
        filled: i.filled,
        cells: i.periods.map((p) => [p.cells.target, p.cells.actual, p.cells.rate, p.cells.status]),
      })),
    ).toEqual(
      plan.indicators.map((i) => ({
        filled: false,
        cells: i.periods.map((p) => [p.target, p.actual, p.rate, p.status]),
      })),
    );
    expect(report.summary.indicators).toBe(0);
  });

  it("says so in the human report, in Japanese and English", async () => {
    const ja = await kpiCheck([out]);
    expect(ja.stdout.split("\n").slice(2, 4)).toEqual([
      "  評価表 1 件（記入前の指標 3）",
      "  表 進捗管理表!A9:H21（目標・実績・結果・達成率の行）指標 0・記入前 3",
    ]);
    expect(ja.stdout).not.toContain("評価表が見つかりませんでした");
    const en = await kpiCheck([out, "--lang", "en"]);
    expect(en.stdout.split("\n")[2]).toBe("  Evaluation tables: 1 (3 indicators to fill in)");
  });

  it("filled in, it is one table of the planned indicators and periods with no finding", async () => {
    const filled = join(dir, "filled.xlsx");
    await fill(out, filled);
    const run = await kpiCheck(["--json", filled]);
    expect(run.code).toBe(0);
    const report = reportOf(run);
    expect(report.findings).toEqual([]);
    expect(report.tables).toHaveLength(1);
    const [indicator] = report.tables[0].indicators;
    expect(report.tables[0].indicators.map((i) => i.filled)).toEqual([true, true, true]);
    expect(indicator.name).toBe("成果指標1");
    expect(indicator.periods.map((p) => [p.label, p.fiscalYear, p.target, p.actual, p.status])).toEqual([
      ["R6", 2024, 100, 110, "達成"],
      ["R7", 2025, 120, 130, "達成"],
      ["R8", 2026, 140, 150, "達成"],
    ]);
    expect(report.summary).toEqual({
      indicators: 3,
      byStatus: { 達成: 3, 概ね達成: 0, 未達成: 0, 集計中: 0 },
    });
  });

  it("reports a broken status cell at that cell", async () => {
    const plan = planTemplate("progress", PARAMS);
    const status = plan.indicators[1].periods[0].status ?? "";
    const broken = join(dir, "broken.xlsx");
    await fill(out, broken, [
      { sheet: plan.params.sheet, address: status, value: "未達成", replaceFormula: true },
    ]);
    const run = await kpiCheck(["--json", broken]);
    expect(run.code).toBe(1);
    expect(reportOf(run).findings).toEqual([
      expect.objectContaining({
        rule: "status-mismatch",
        severity: "error",
        cell: status,
        found: "未達成",
        expected: "達成",
      }),
    ]);
  });
});

describe("other templates and bad parameters", () => {
  it.each(TEMPLATE_IDS.filter((id) => id !== "progress"))("%s is written and reported clean", async (id) => {
    const out = join(dir, `${id}.xlsx`);
    const written = await kpiCheck(["template", id, "--from", "R5", "--lang", "en", "-o", out]);
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/^Wrote “.+” to .+\.xlsx \(\d+ indicators\)\.\n$/);
    const run = await kpiCheck(["--json", out]);
    expect([run.code, reportOf(run).findings]).toEqual([0, []]);
  });

  it("refuses an unknown template and unusable parameters with exit 2 and no file", async () => {
    const out = join(dir, "refused.xlsx");
    const unknown = await kpiCheck(["template", "budget", "-o", out]);
    expect([unknown.code, unknown.stdout]).toEqual([2, ""]);
    expect(unknown.stderr).toMatch(/^kpi-check: テンプレート「budget」はありません/);
    const years = await kpiCheck(["template", "progress", "--years", "0", "-o", out, "--lang", "en"]);
    expect([years.code, years.stderr]).toEqual([2, expect.stringMatching(/^kpi-check: The number of years/)]);
    expect(existsSync(out)).toBe(false);
  });

  it("starts with the current fiscal year without --from (April to March)", () => {
    expect(currentFiscalYear(new Date(2025, 2, 31))).toBe(2024);
    expect(currentFiscalYear(new Date(2025, 3, 1))).toBe(2025);
  });
});
