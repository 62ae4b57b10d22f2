/**
 * kpi-check on the samples, as a child process: the JSON document's shape and key values from 004
 * (the published #VALUE! cells, computed rates and statuses, the summary), the human report in
 * Japanese and English, several files with an unreadable one, and the exit codes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isCellError, toA1 } from "../../src/core";
import type { CheckedFileReport, FileReport, PeriodReport } from "../../src/cli/report";
import { loadXlsxFile } from "../../src/workbook/xlsx";
import { kpiCheck, ROOT, SAMPLES, type Run } from "./support/kpiCheck";

const SAMPLE_004 = join(SAMPLES, "004-atsugi-kpi.xlsx");
const dir = mkdtempSync(join(tmpdir(), "kpi-check-cli-"));

function documentOf(run: Run): { files: FileReport[] } {
  return JSON.parse(run.stdout) as { files: FileReport[] };
}

/** Every cell of the sample that holds the error `#VALUE!`, as `sheet!A1`. */
async function valueErrorCells(path: string): Promise<string[]> {
  const workbook = await loadXlsxFile(path);
  const cells: string[] = [];
  for (const sheet of await workbook.listSheets()) {
    const grid = await workbook.readSheet(sheet);
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (isCellError(value) && value.error === "#VALUE!")
          cells.push(`${sheet}!${toA1(grid.origin.row + r, grid.origin.col + c)}`);
      }),
    );
  }
  return cells.sort();
}

describe("--json on 004", () => {
  let run: Run;
  let report: CheckedFileReport;

  beforeAll(async () => {
    run = await kpiCheck(["--json", SAMPLE_004]);
    const [file] = documentOf(run).files;
    if ("error" in file) throw new Error(file.error.message);
    report = file;
  });

  it("prints exactly one JSON document and exits 1 for the error findings", () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    expect(Object.keys(documentOf(run))).toEqual(["files"]);
    expect(Object.keys(report)).toEqual(["file", "tables", "findings", "summary", "verdict"]);
  });

  it("reports a published #VALUE! at every cell that holds one, expecting the pending label", async () => {
    const published = await valueErrorCells(SAMPLE_004);
    const reported = report.findings.filter((f) => f.rule === "error-value");
    expect(published.length).toBeGreaterThan(0);
    expect(reported.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(published);
    for (const finding of reported) {
      expect(finding).toMatchObject({ severity: "error", found: "#VALUE!" });
      expect(["集計中", "-"]).toContain(finding.expected);
      expect(finding.message).toContain(finding.cell);
    }
    expect(reported.find((f) => f.cell === "H36")?.expected).toBe("集計中");
  });

  it("gives each period its values as written, the exact rate, the computed status and its cells", () => {
    const table = report.tables.find((t) => t.sheet === "取組状況");
    expect(table).toMatchObject({ range: expect.stringMatching(/^A\d+:[A-Z]+\d+$/), layout: "measure-rows" });
    const first = table?.indicators[0];
    expect(first).toMatchObject({ id: "No.1", name: "中小企業相談所の相談件数", unit: "件" });
    const [r3, , r5] = first?.periods ?? [];
    expect(r3).toEqual({
      label: "R3",
      fiscalYear: 2021,
      projected: false,
      cumulative: false,
      target: 1600,
      actual: 3350,
      rate: 2.09375,
      status: "達成",
      cells: { target: "F17", actual: "F18", status: "F19", rate: "F20" },
    } satisfies PeriodReport);
    // R5 is projected by the sheet's own note (確定値 R3・R4, 見込値 R5).
    expect(r5).toMatchObject({ label: "R5", fiscalYear: 2023, projected: true, status: "達成見込み" });
  });

  it("leaves the rate null and says 集計中 where the actual is pending", () => {
    const periods = report.tables.flatMap((t) => t.indicators.flatMap((i) => i.periods));
    const pending = periods.filter((p) => p.status === "集計中");
    expect(pending.length).toBeGreaterThan(0);
    for (const period of pending) expect([period.rate, period.actual]).toEqual([null, null]);
    const published = report.findings.find((f) => f.rule === "error-value" && f.cell === "H36");
    expect(
      periods.find((p) => p.cells.rate === published?.cell || p.cells.status === published?.cell),
    ).toMatchObject({ status: "集計中", rate: null });
  });

  it("summarizes every indicator by the status of its latest year", () => {
    const indicators = report.tables.flatMap((t) => t.indicators);
    expect(report.summary.indicators).toBe(indicators.length);
    expect(Object.keys(report.summary.byStatus).slice(0, 4)).toEqual([
      "達成",
      "概ね達成",
      "未達成",
      "集計中",
    ]);
    const latest = indicators.flatMap((indicator) => {
      const rated = indicator.periods.filter((p) => p.status !== null && p.fiscalYear !== null);
      return rated.length === 0
        ? []
        : [rated.reduce((a, b) => ((b.fiscalYear ?? 0) >= (a.fiscalYear ?? 0) ? b : a))];
    });
    const expected: Record<string, number> = { 達成: 0, 概ね達成: 0, 未達成: 0, 集計中: 0 };
    for (const period of latest) {
      const category = (period.status ?? "").replace(/見込み$/, "");
      expected[category] = (expected[category] ?? 0) + 1;
    }
    expect(report.summary.byStatus).toEqual(expected);
  });
});

describe("the human report", () => {
  it("says first whether it can be submitted, then one line per problem per table with its kind, then the summary, in Japanese", async () => {
    const run = await kpiCheck([SAMPLE_004]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(SAMPLE_004);
    expect(lines[1]).toMatch(/^ {2}このままでは提出できません。提出前に直すものが [1-9]\d* 件あります。$/);
    expect(lines.some((l) => /^ {2}表 取組状況!A\d+:[A-Z]+\d+（.+）指標 30$/.test(l))).toBe(true);
    // The pending actual H34 explains the #VALUE! in H35 and H36: one line, and neither error cell apart.
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ {4}\[提出前に直すもの\] H34 {2}H34（No\.5 .*「年度末に調査」.*H35, H36.*「集計中」/,
      ),
    );
    expect(lines.filter((l) => /^ {4}\[[^\]]+\] H3[56] /.test(l))).toEqual([]);
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {2}集計（各指標の最新年度）: 指標 \d+ \/ 達成 \d+ \/ 概ね達成 \d+/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {2}指摘: エラー [1-9]\d* \/ 警告 \d+ \/ 情報 \d+（自動修正できるもの [1-9]/),
    );
  });

  it("speaks English with --lang en", async () => {
    const run = await kpiCheck([SAMPLE_004, "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ {2}Table 取組状況!A\d+:[A-Z]+\d+ \(.+\), 30 indicators$/m);
    expect(run.stdout).toMatch(/^ {2}Not ready to submit: [1-9]\d* to fix before submission\.$/m);
    expect(run.stdout).toMatch(
      /^ {4}\[Fix before submission\] H34 {2}H34 \(No\.5 .*\): the actual .* H35, H36 /m,
    );
    expect(run.stdout).toMatch(
      /^ {2}Findings: [1-9]\d* errors \/ \d+ warnings \/ \d+ info \([1-9]\d* fixable\)$/m,
    );
    expect(run.stdout).not.toMatch(/指摘|集計（/);
  });
});

describe("exit codes and several files", () => {
  it("exits 0 when no finding is an error", async () => {
    const run = await kpiCheck(["--json", join(SAMPLES, "000-sagamihara-kpi.xlsx")]);
    const [file] = documentOf(run).files as CheckedFileReport[];
    expect(file.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(run.code).toBe(0);
  });

  it("checks the readable files, gives the unreadable ones an error entry and a line on stderr, and exits 2", async () => {
    const text = join(dir, "notes.xlsx");
    writeFileSync(text, "No.,成果指標\n1,相談件数\n");
    const missing = join(dir, "missing.xlsx");
    const run = await kpiCheck(["--json", missing, SAMPLE_004, text]);
    expect(run.code).toBe(2);
    const files = documentOf(run).files;
    expect(files.map((f) => f.file)).toEqual([missing, SAMPLE_004, text]);
    expect(files[0]).toEqual({
      file: missing,
      error: { code: "workbook.fileNotFound", message: expect.stringContaining(missing) },
    });
    expect(files[2]).toEqual({
      file: text,
      error: { code: "workbook.notXlsx", message: expect.any(String) },
    });
    expect((files[1] as CheckedFileReport).findings.some((f) => f.rule === "error-value")).toBe(true);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toEqual([
      expect.stringContaining(`kpi-check: ${missing}: `),
      expect.stringContaining(`kpi-check: ${text}: `),
    ]);
  });

  it("human output of several files ends with the totals", async () => {
    const run = await kpiCheck([
      join(SAMPLES, "000-sagamihara-kpi.xlsx"),
      join(dir, "gone.xlsx"),
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /^Total: 2 files \(1 unreadable\) \/ 0 errors \/ \d+ warnings \/ \d+ info\n$/m,
    );
    expect(run.stderr).toMatch(/^kpi-check: .*gone\.xlsx: File “.*gone\.xlsx” was not found\.\n$/);
  });

  it("checks only the sheets named with --sheet; an unknown sheet makes the file unreadable", async () => {
    const only = await kpiCheck(["--json", "--sheet", "取組状況", "--sheet", "取組状況", SAMPLE_004]);
    const [file] = documentOf(only).files as CheckedFileReport[];
    expect(file.tables.map((t) => t.sheet)).toEqual(["取組状況"]);
    const unknown = await kpiCheck(["--json", "--sheet", "ありません", SAMPLE_004]);
    expect(unknown.code).toBe(2);
    expect(documentOf(unknown).files[0]).toMatchObject({ error: { code: "workbook.sheetNotFound" } });
  });

  it("refuses bad arguments with a reason and the usage, exit 2", async () => {
    // Every refusal of the parser is covered in-process by args.test.ts; two reach the process here.
    for (const args of [[], ["--nope", SAMPLE_004]]) {
      const run = await kpiCheck(args);
      expect([args, run.code, run.stdout]).toEqual([args, 2, ""]);
      expect(run.stderr).toMatch(/^kpi-check: .+\n使い方:/);
    }
  });

  it("reads settings from --settings and refuses a settings file that is not JSON", async () => {
    const settings = join(dir, "settings.json");
    writeFileSync(settings, JSON.stringify({ disabledRules: ["error-value", "pending-actual"] }));
    const run = await kpiCheck(["--json", "--settings", settings, SAMPLE_004]);
    const [file] = documentOf(run).files as CheckedFileReport[];
    expect(file.findings.filter((f) => f.rule === "error-value")).toEqual([]);
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{ bands: ");
    const refused = await kpiCheck(["--settings", broken, SAMPLE_004]);
    expect([refused.code, refused.stdout]).toEqual([2, ""]);
    expect(refused.stderr).toMatch(/^kpi-check: 設定ファイル「.*broken\.json」を読み取れません/);
  });

  it("refuses settings core's reader rejects, naming the key, and accepts a UTF-8 BOM", async () => {
    const unsorted = join(dir, "unsorted.json");
    writeFileSync(unsorted, JSON.stringify({ bands: { thresholds: [0.8, 1] }, banding2: "exact" }));
    const refused = await kpiCheck(["--settings", unsorted, "--lang", "en", SAMPLE_004]);
    expect([refused.code, refused.stdout]).toEqual([2, ""]);
    expect(refused.stderr).toContain("“banding2” is not a settings key");
    expect(refused.stderr).toContain("“bands.thresholds” must list thresholds highest first");
    const bom = join(dir, "bom.json");
    writeFileSync(bom, "\uFEFF" + JSON.stringify({ disabledRules: ["error-value"] }));
    const run = await kpiCheck(["--json", "--settings", bom, SAMPLE_004]);
    const [file] = documentOf(run).files as CheckedFileReport[];
    expect(file.findings.filter((f) => f.rule === "error-value")).toEqual([]);
  });

  it("prints the usage with --help and the package version with --version", async () => {
    const help = await kpiCheck(["--help", "--lang", "en"]);
    expect([help.code, help.stdout]).toEqual([
      0,
      expect.stringMatching(/^Usage:\n {2}kpi-check <file\.xlsx>\.\.\./),
    ]);
    const version = await kpiCheck(["--version"]);
    const { version: expected } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    expect([version.code, version.stdout]).toEqual([0, `${expected}\n`]);
  });
});
