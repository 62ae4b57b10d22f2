/**
 * kpi-check reads tables by a reading (issue 16): a table detection misses, read exactly from `--layout`
 * and from the same reading saved in the workbook as a custom XML part; `--layout` over the saved one;
 * `--print-layout` fed back with `--layout` gives the identical report; contradictory readings refused
 * naming the key (exit code 2); a settings file's vocabulary reaches detection.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/grid";
import type { CheckedFileReport } from "../../src/cli/report";
import { readLayoutPart, withLayoutPart } from "../../src/workbook/xlsx/customXml";
import { verifyPackage } from "../../src/workbook/xlsx/surgical";
import {
  SUMMARY_INDICATORS,
  SUMMARY_LAYOUT,
  SUMMARY_SHEET,
  detectedRows,
  summaryRows,
} from "../support/layoutTables";
import { kpiCheck } from "./support/kpiCheck";

const dir = mkdtempSync(join(tmpdir(), "kpi-check-layout-"));

async function xlsx(name: string, sheet: string, rows: readonly CellValue[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet);
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== undefined) ws.getCell(r + 1, c + 1).value = value as string | number;
    }),
  );
  const file = join(dir, name);
  writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return file;
}

function json(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

async function report(args: readonly string[]): Promise<CheckedFileReport> {
  const run = await kpiCheck(["--json", ...args]);
  if (run.code === 2) throw new Error(run.stderr);
  return (JSON.parse(run.stdout) as { files: CheckedFileReport[] }).files[0];
}

function tablesOf(r: CheckedFileReport) {
  return r.tables.map((t) => ({
    range: t.range,
    indicators: t.indicators.map((i) => ({
      name: i.name,
      unit: i.unit,
      periods: i.periods.map((p) => [p.label, p.target, p.actual, p.status, p.cells.target, p.cells.actual]),
    })),
  }));
}

let summary: string;
beforeAll(async () => {
  summary = await xlsx("summary.xlsx", SUMMARY_SHEET, summaryRows());
});

describe("a table detection misses", () => {
  test("is not found without a reading", async () => {
    expect((await report([summary])).tables).toEqual([]);
  });

  test("is read exactly from --layout", async () => {
    const read = await report(["--layout", json("summary.json", SUMMARY_LAYOUT), summary]);
    const [table] = tablesOf(read);
    expect(read.tables).toHaveLength(1);
    expect(table.range).toBe("A3:I12");
    expect(table.indicators.map((i) => [i.name, i.unit])).toEqual(SUMMARY_INDICATORS.map(([n, u]) => [n, u]));
    expect(table.indicators[0].periods).toEqual([
      ["R3", 560, 548, "概ね達成", "E5", "E6"],
      ["R4", 580, 571, "概ね達成", "F5", "F6"],
      ["R5", 600, null, "集計中", "G5", "G6"],
      ["R6", 620, null, "集計中", "H5", "H6"],
    ]);
    expect(table.indicators[3].periods[0]).toEqual(["R3", 0.85, 0.86, "達成", "E11", "E12"]);
  });

  test("is read the same from the reading saved in the workbook, and --layout wins over it", async () => {
    const bytes = new Uint8Array(readFileSync(summary));
    const saved = withLayoutPart(bytes, JSON.stringify(SUMMARY_LAYOUT));
    verifyPackage(saved);
    expect(JSON.parse(readLayoutPart(saved) ?? "null")).toEqual(SUMMARY_LAYOUT);
    const file = join(dir, "saved.xlsx");
    writeFileSync(file, saved);
    const fromFile = await report(["--layout", json("summary2.json", SUMMARY_LAYOUT), summary]);
    expect(tablesOf(await report([file]))).toEqual(tablesOf(fromFile));
    // The saved reading replaced, then removed: the package is back to no reading.
    const other = { ...SUMMARY_LAYOUT, tables: [{ ...SUMMARY_LAYOUT.tables[0], range: "A3:I8" }] };
    const replaced = withLayoutPart(saved, JSON.stringify(other));
    expect(JSON.parse(readLayoutPart(replaced) ?? "null")).toEqual(other);
    writeFileSync(file, replaced);
    expect((await report([file])).tables.map((t) => t.range)).toEqual(["A3:I8"]);
    expect(
      (await report(["--layout", json("summary3.json", SUMMARY_LAYOUT), file])).tables.map((t) => t.range),
    ).toEqual(["A3:I12"]);
    const removed = withLayoutPart(replaced, null);
    verifyPackage(removed);
    expect(readLayoutPart(removed)).toBeNull();
    expect(removed.length).toBeLessThanOrEqual(bytes.length + 64);
  });
});

test("--print-layout fed back with --layout gives the identical report", async () => {
  const file = await xlsx("detected.xlsx", "KPI", detectedRows());
  const printed = await kpiCheck(["--print-layout", file]);
  expect(printed.stderr).toBe("");
  const layout = join(dir, "printed.json");
  writeFileSync(layout, printed.stdout);
  expect(JSON.parse(printed.stdout).tables).toHaveLength(1);
  const text = await kpiCheck([file]);
  const given = await kpiCheck(["--layout", layout, file]);
  expect(given.stdout).toBe(text.stdout);
  expect(given.code).toBe(text.code);
  const detected = await report([file]);
  const read = await report(["--layout", layout, file]);
  expect(read.findings).toEqual(detected.findings);
  expect(detected.findings.length).toBeGreaterThan(0);
  expect(tablesOf(read)).toEqual(tablesOf(detected));
});

describe("a reading that contradicts the sheet or the format is refused naming the key", () => {
  const refused = async (change: Record<string, unknown>) => {
    const bad = { ...SUMMARY_LAYOUT, tables: [{ ...SUMMARY_LAYOUT.tables[0], ...change }] };
    const run = await kpiCheck(["--layout", json("bad.json", bad), summary]);
    expect(run.code).toBe(2);
    return run.stderr;
  };
  test("a role offset beyond the block", async () => {
    expect(await refused({ blocks: { first: 5, size: 2, roles: { target: 0, actual: 2 } } })).toContain(
      "tables[0].blocks.roles.actual",
    );
  });
  test("a range outside the sheet", async () => {
    expect(await refused({ range: "A3:K40" })).toContain("tables[0].range");
  });
});

test("--settings vocabulary: a city's own role words reach detection", async () => {
  const rows: CellValue[][] = [
    ["指標名", "区分", "R3", "R4"],
    ["相談件数", "期待量", 100, 110],
    [null, "実績", 95, 120],
  ];
  const file = await xlsx("vocabulary.xlsx", "KPI", rows);
  const targets = (r: CheckedFileReport) => tablesOf(r)[0]?.indicators[0].periods.map((p) => p[1]);
  expect(targets(await report([file]))).toEqual([null, null]);
  const settings = json("vocabulary.json", { vocabulary: { target: ["期待量"] } });
  expect(targets(await report(["--settings", settings, file]))).toEqual([100, 110]);
});
