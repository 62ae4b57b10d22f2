/**
 * Issue 14, case 3: units hidden in number formats are read, used in unit checks and as the indicator's
 * unit; a clash is `unit-mismatch` (error) and no fix changes a unit.
 */
import { detectTables, runChecks, type Grid } from "../../../src/core";
import { formatUnit, withFormatUnit } from "../../../src/core/number-formats";
import { parseValue } from "../../../src/core/values";
import { cleanRows, COL, gridOf, ROW } from "../rules/clean-table";

test.each([
  ['#,##0"人"', "人", 0],
  ['#,##0"千円"', "千円", 0],
  ['0.0"%"', "%", 0],
  ["0.0%", "%", -2],
  ['#,##0,"千円"', "千円", 3],
  ['#,##0"件";[Red]-#,##0"件"', "件", 0],
  ['#,##0 "人"_)', "人", 0],
])("%s shows the unit %s", (format, unit, shownPower) => {
  expect(formatUnit(format)).toEqual({ unit, shownPower });
});

test.each([null, "General", "0.0", "#,##0", "yyyy/m/d", '"約"#,##0', '#,##0"(見込)"'])(
  "%s shows no unit",
  (format) => {
    expect(formatUnit(format)).toBeNull();
  },
);

test.each([
  [4800, '#,##0"人"', 4800, "人", "4800"],
  [0.8, "0.0%", 80, "%", "0.8"],
  [80, '0.0"%"', 80, "%", "0.8"],
  [130000, '#,##0"千円"', 130000, "千円", "130000000"],
  [130000000, '#,##0,"千円"', 130000, "千円", "130000000"],
])("%d formatted %s reads as %d %s (base %s)", (raw, format, value, unit, base) => {
  const read = withFormatUnit(parseValue(raw), raw, format);
  expect(read).toMatchObject({ kind: "number", value, unit, unitFromFormat: true });
  if (read.kind !== "number") throw new Error("not a number");
  const { coefficient, exponent } = read.decimal;
  expect(Number(`${coefficient}e${exponent + read.scalePower}`)).toBe(Number(base));
});

test("a unit typed into text is the text's, whatever the format", () => {
  expect(withFormatUnit(parseValue("5,022件"), "5,022件", '#,##0"人"')).toMatchObject({ unit: "件" });
});

/** Targets and actuals as numbers formatted `#,##0"人"`, one actual typed as `5,022件`. */
function peopleGrid(): Grid {
  const rows = cleanRows();
  rows[ROW.target].splice(COL.R3, 4, 5000, 5000, 5000, 15000);
  rows[ROW.actual].splice(COL.R3, 4, 5100, "5,022件", 5200, 15322);
  rows[ROW.status].splice(COL.R3, 3, "達成", "達成", "達成見込み");
  rows[ROW.rate].splice(COL.R3, 4, 1.02, 1.0044, 1.04, 1.0215);
  const grid = gridOf(rows);
  for (const row of [ROW.target, ROW.actual])
    for (let c = COL.R3; c <= COL.total; c++) grid.numberFormats[row][c] = '#,##0"人"';
  return grid;
}

test("the indicator's unit is the one its formats show", () => {
  const [indicator] = detectTables(peopleGrid()).tables[0].indicators;
  expect(indicator.unit).toBe("人");
  expect(indicator.periods[0].actual).toMatchObject({ unit: "人", unitFromFormat: true });
});

test('5,022件 among #,##0"人" numbers: unit-mismatch (error), and no fix writes 件 over it', () => {
  const findings = runChecks(detectTables(peopleGrid()));
  const clash = findings.filter((f) => f.rule === "unit-mismatch" && f.cell === "F9");
  expect(clash.length).toBeGreaterThan(0);
  expect(clash.every((f) => f.severity === "error")).toBe(true);
  const fixesOfCell = findings.flatMap((f) => f.fix ?? []).filter((fix) => fix.address === "F9");
  expect(fixesOfCell).toEqual([]);
});

test("a typed 5,022人 in the same row is fixed with the row's own unit", () => {
  const grid = peopleGrid();
  grid.values[ROW.actual][COL.R4] = "5,022人";
  const findings = runChecks(detectTables(grid));
  expect(findings.filter((f) => f.rule === "unit-mismatch")).toEqual([]);
  const fix = findings.flatMap((f) => f.fix ?? []).find((f) => f.address === "F9");
  expect(fix).toMatchObject({ value: 5022, numberFormat: '#,##0"人"' });
});

test.each([
  ['#,##0"千円"', 370],
  ['#,##0,"千円"', 370000],
])("a wrong 累計 formatted %s is fixed with the number that format shows as the sum", (format, stored) => {
  const rows = cleanRows();
  rows[ROW.target][COL.total] = format.includes(',"') ? 380000 : 380;
  const grid = gridOf(rows);
  for (let c = COL.R3; c <= COL.total; c++) grid.numberFormats[ROW.target][c] = format;
  if (format.includes(',"'))
    for (let c = COL.R3; c < COL.total; c++) grid.values[ROW.target][c] = Number(rows[ROW.target][c]) * 1000;
  const fix = runChecks(detectTables(grid))
    .filter((f) => f.rule === "cumulative-mismatch")
    .flatMap((f) => f.fix ?? [])
    .find((f) => f.address === "H8");
  expect(fix).toMatchObject({ value: stored });
});
