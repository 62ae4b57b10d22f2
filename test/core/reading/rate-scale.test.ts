/**
 * Issue 14, case 2: rates kept in points (`ROUND(実績/目標*100,1)` → 209.4 under 達成率(%)), as fractions or
 * as text are detected per table, compared in their convention and fixed in it.
 */
import {
  detectTables,
  rateScaleLine,
  readCountTable,
  readKpiTable,
  readRateScale,
  runChecks,
  withDefaults,
  type Grid,
} from "../../../src/core";
import { cleanRows, COL, gridOf, ROW } from "../rules/clean-table";

const STATUS_FORMULA = (rate: string) => `=IF(${rate}>=100,"達成",IF(${rate}>=80,"概ね達成","未達成"))`;

/** The clean table with its rates in points: ROUND(actual/target*100,1), General format. */
function pointsGrid(): Grid {
  const rows = cleanRows();
  rows[ROW.target].splice(COL.R3, 4, 1600, 130, 140, 1870);
  rows[ROW.actual].splice(COL.R3, 4, 3350, 117, 154, 3621);
  rows[ROW.rate].splice(COL.R3, 4, 209.4, 90, 110, 193.6);
  const grid = gridOf(rows);
  for (let c = COL.R3; c <= COL.total; c++) {
    const column = String.fromCharCode(65 + c);
    grid.numberFormats[ROW.rate][c] = "0.0";
    grid.formulas[ROW.rate][c] = `=ROUND(${column}9/${column}8*100,1)`;
  }
  for (let c = COL.R3; c <= COL.R4; c++)
    grid.formulas[ROW.status][c] = STATUS_FORMULA(`${String.fromCharCode(65 + c)}11`);
  return grid;
}

test("a table of ROUND(実績/目標*100,1) rates is detected as points", () => {
  expect(detectTables(pointsGrid()).tables[0].rateScale).toBe("points");
});

test("209.4 in points agrees with 3,350 / 1,600: no rate finding, no fix turns points into fractions", () => {
  const findings = runChecks(detectTables(pointsGrid()));
  expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(findings.filter((f) => f.rule === "inconsistent-format")).toEqual([]);
});

test("a wrong rate in points is reported and fixed in points, keeping the cell's format", () => {
  const grid = pointsGrid();
  grid.values[ROW.rate][COL.R3] = 199.4;
  grid.formulas[ROW.rate][COL.R3] = null;
  const [mismatch] = runChecks(detectTables(grid)).filter((f) => f.rule === "rate-mismatch");
  expect(mismatch).toMatchObject({ cell: "E11", found: "199.4", expected: "209.4" });
  expect(mismatch.fix).toEqual([{ sheet: "KPI", address: "E11", value: 209.375, numberFormat: "0.0" }]);
});

test("a #VALUE! rate formula in a points table is replaced by a formula in points", () => {
  const grid = pointsGrid();
  grid.values[ROW.actual][COL.R5] = "集計中";
  grid.values[ROW.rate][COL.R5] = { error: "#VALUE!" };
  grid.values[ROW.status][COL.R5] = "集計中";
  grid.values[ROW.actual][COL.total] = 3467;
  grid.values[ROW.rate][COL.total] = 185.4;
  const [error] = runChecks(detectTables(grid)).filter((f) => f.rule === "error-value");
  expect(error.fix).toEqual([
    expect.objectContaining({
      address: "G11",
      formula: '=IF(ISNUMBER(G9),G9/G8*100,"集計中")',
      numberFormat: "0.0",
    }),
  ]);
});

test("fractions formatted 0.0% stay fractions; typed texts with % are text", () => {
  const fraction = detectTables(gridOf(cleanRows())).tables[0];
  expect(fraction.rateScale).toBe("fraction");
  const rows = cleanRows();
  rows[ROW.rate].splice(COL.R3, 4, "120.0%", "90.0%", "110.0%", "105.7%");
  const grid = gridOf(rows);
  for (let c = COL.R3; c <= COL.total; c++) grid.numberFormats[ROW.rate][c] = null;
  expect(detectTables(grid).tables[0].rateScale).toBe("text");
});

test("a wrong text rate is fixed as text", () => {
  const rows = cleanRows();
  rows[ROW.rate].splice(COL.R3, 4, "130.0%", "90.0%", "110.0%", "105.7%");
  const grid = gridOf(rows);
  for (let c = COL.R3; c <= COL.total; c++) grid.numberFormats[ROW.rate][c] = null;
  const [mismatch] = runChecks(detectTables(grid)).filter((f) => f.rule === "rate-mismatch");
  expect(mismatch.fix).toEqual([{ sheet: "KPI", address: "E11", value: "120.0%" }]);
});

test("an override on the model is followed", () => {
  const model = detectTables(pointsGrid());
  model.tables[0].rateScale = "fraction";
  expect(runChecks(model).filter((f) => f.rule === "rate-mismatch").length).toBeGreaterThan(0);
});

test('points shown as 209.4% by a quoted % (0.0"%") are points, and a fix keeps that format', () => {
  const grid = pointsGrid();
  for (let c = COL.R3; c <= COL.total; c++) grid.numberFormats[ROW.rate][c] = '0.0"%"';
  grid.values[ROW.rate][COL.R3] = 199.4;
  grid.formulas[ROW.rate][COL.R3] = null;
  const model = detectTables(grid);
  expect(model.tables[0].rateScale).toBe("points");
  const [mismatch] = runChecks(model).filter((f) => f.rule === "rate-mismatch");
  expect(mismatch.fix).toEqual([{ sheet: "KPI", address: "E11", value: 209.375, numberFormat: '0.0"%"' }]);
});

describe("the convention is told, and a city's setting decides it", () => {
  const settings = withDefaults({ rateScale: "fraction" });

  test("as detected: the reading says what the cells say, in both languages", () => {
    const [table] = detectTables(pointsGrid()).tables;
    const reading = readRateScale(table, withDefaults());
    expect(reading).toEqual({ scale: "points", detected: "points", source: "cells" });
    expect(rateScaleLine(reading, "ja")).toBe("達成率の表し方: ポイント（100 = 100%、例 209.4）");
    expect(rateScaleLine(reading, "en")).toBe("Rates kept as points (100 = 100%, e.g. 209.4)");
  });

  test("the settings' rateScale is how every table is read and checked, and the reading names it", () => {
    const model = detectTables(pointsGrid(), { rateScale: settings.rateScale });
    const [table] = model.tables;
    expect(table.rateScale).toBe("fraction");
    expect(runChecks(model, settings).filter((f) => f.rule === "rate-mismatch").length).toBeGreaterThan(0);
    const reading = readRateScale(table, settings);
    expect(reading).toEqual({ scale: "fraction", detected: "points", source: "settings" });
    expect(readKpiTable(table, [], settings).rateScale).toEqual(reading);
    expect(rateScaleLine(reading, "ja")).toBe(
      "達成率の表し方: 割合（1 = 100%、パーセント表示の書式）・設定 rateScale による（セルからの判定は「ポイント」）",
    );
    expect(rateScaleLine(reading, "en")).toBe(
      "Rates kept as fractions (1 = 100%, shown by a percentage format), set by the rateScale setting (the cells say points)",
    );
  });

  test("a convention set for the table itself (a reading, a face) is told as the table's", () => {
    const model = detectTables(gridOf(cleanRows()));
    model.tables[0].rateScale = "points";
    expect(readRateScale(model.tables[0], withDefaults())).toEqual({
      scale: "points",
      detected: "fraction",
      source: "given",
    });
  });

  test("a table that counts statuses has no rate convention", () => {
    const counts = { sheet: "S", range: "A1:C3", statuses: [], totalCol: 1, rows: [], bands: null };
    expect(readCountTable(counts).rateScale).toBeNull();
  });
});
