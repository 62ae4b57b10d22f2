/**
 * `--fix -o`: a copy with every fixable finding fixed, through the xlsx adapter; the input stays
 * byte-identical; several inputs go to a directory; an output that is an input is refused.
 */
import { copyFileSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CheckedFileReport } from "../../src/cli/report";
import { parseA1 } from "../../src/core";
import { loadXlsxFile } from "../../src/workbook/xlsx";
import { kpiCheck, SAMPLES, sha256, type Run } from "./support/kpiCheck";

const SAMPLE_004 = join(SAMPLES, "004-atsugi-kpi.xlsx");
const SAMPLE_000 = join(SAMPLES, "000-sagamihara-kpi.xlsx");
const dir = mkdtempSync(join(tmpdir(), "kpi-check-fix-"));

function reportOf(run: Run): CheckedFileReport {
  return (JSON.parse(run.stdout) as { files: CheckedFileReport[] }).files[0];
}

async function cellValue(path: string, sheet: string, address: string) {
  const grid = await (await loadXlsxFile(path)).readSheet(sheet);
  const at = parseA1(address);
  if (at === null) throw new Error(address);
  return grid.values[at.row - grid.origin.row]?.[at.col - grid.origin.col];
}

describe("--fix on 004", () => {
  const out = join(dir, "fixed", "004-fixed.xlsx");
  const before = sha256(SAMPLE_004);
  let run: Run;
  let original: CheckedFileReport;

  beforeAll(async () => {
    run = await kpiCheck([SAMPLE_004, "--fix", "-o", out]);
    original = reportOf(await kpiCheck(["--json", SAMPLE_004]));
  });

  it("writes the copy, says so after the report, exits 1 for the input's errors and leaves the input byte-identical", () => {
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(true);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toMatch(
      new RegExp(
        `^修正版を書き出しました: ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}（指摘 [1-9]\\d* 件、[1-9]\\d* セル）$`,
      ),
    );
    expect(sha256(SAMPLE_004)).toBe(before);
  });

  it("a re-check of the copy finds no error left, and no fixable finding", async () => {
    const fixed = await kpiCheck(["--json", out]);
    expect(fixed.code).toBe(0);
    const report = reportOf(fixed);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.summary).toEqual(original.summary);
    const human = await kpiCheck([out]);
    expect(human.stdout).toMatch(/^ {2}指摘: エラー 0 \/ 警告 \d+ \/ 情報 \d+（自動修正できるもの 0）$/m);
  });

  it("writes the expected label where 004 published #VALUE!", async () => {
    const published = original.findings.filter((f) => f.rule === "error-value");
    expect(published.length).toBeGreaterThan(0);
    for (const finding of published)
      expect([finding.cell, await cellValue(out, finding.sheet, finding.cell)]).toEqual([
        finding.cell,
        finding.expected,
      ]);
  });
});

describe("--fix output naming", () => {
  it("with several inputs, -o is a directory and each copy keeps its file name; with --json only the document is on stdout", async () => {
    const target = join(dir, "copies");
    const run = await kpiCheck(["--json", "--fix", "-o", target, SAMPLE_004, SAMPLE_000]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ files: [{ file: SAMPLE_004 }, { file: SAMPLE_000 }] });
    expect(run.stderr.trimEnd().split("\n")).toEqual([
      expect.stringContaining(join(target, "004-atsugi-kpi.xlsx")),
      expect.stringContaining(join(target, "000-sagamihara-kpi.xlsx")),
    ]);
    expect(existsSync(join(target, "004-atsugi-kpi.xlsx"))).toBe(true);
    expect(existsSync(join(target, "000-sagamihara-kpi.xlsx"))).toBe(true);
  });

  it("refuses an output that is the input, and two inputs of the same name, before writing anything", async () => {
    const copy = join(dir, "input.xlsx");
    copyFileSync(SAMPLE_004, copy);
    const hash = sha256(copy);
    const same = await kpiCheck([copy, "--fix", "-o", copy]);
    expect([same.code, same.stdout]).toEqual([2, ""]);
    expect(same.stderr).toMatch(/^kpi-check: 出力先「.*input\.xlsx」は確認するファイルそのものです/);
    const intoItsDirectory = await kpiCheck([copy, "--fix", "-o", dir, "--lang", "en"]);
    expect(intoItsDirectory.code).toBe(2);
    expect(intoItsDirectory.stderr).toMatch(/is an input file/);
    expect(sha256(copy)).toBe(hash);

    const twin = join(dir, "004-atsugi-kpi.xlsx");
    copyFileSync(SAMPLE_004, twin);
    const twins = await kpiCheck([SAMPLE_004, twin, "--fix", "-o", join(dir, "twins")]);
    expect(twins.code).toBe(2);
    expect(twins.stderr).toMatch(/「004-atsugi-kpi\.xlsx」が重複/);
    expect(existsSync(join(dir, "twins", "004-atsugi-kpi.xlsx"))).toBe(false);
  });

  it("an output that cannot be created ends in exit 2 with the reason in words (no errno code), before anything is checked", async () => {
    const file = join(dir, "plain-file");
    copyFileSync(SAMPLE_000, file);
    const run = await kpiCheck([SAMPLE_000, "--fix", "-o", join(file, "copy.xlsx"), "--lang", "en"]);
    expect([run.code, run.stdout]).toEqual([2, ""]);
    expect(run.stderr).toMatch(
      /^kpi-check: (Part of the path “.*plain-file” is not a directory|The output “.*plain-file” is not a regular file.*)\.\n$/,
    );
    expect(run.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
  });
});
