/**
 * rate-mismatch on numeric rate cells: a formula's cached double is compared as Excel holds it (15
 * significant digits), so float noise never makes a mismatch, while a really wrong number still does.
 */
import { runChecks, type Finding } from "../../../src/core/rules";
import { detectTables } from "../../../src/core/tables";
import { cleanRows, COL, gridOf, ROW } from "./clean-table";

/** R4 with target 0.8 and actual 0.086: exactly 10.75% (published 10.8%), the double 0.10749999999999998. */
const TARGET = 0.8;
const ACTUAL = 0.086;

function rateFindings(rate: number, format: string | null): Finding[] {
  const rows = cleanRows();
  rows[ROW.target][COL.R4] = TARGET;
  rows[ROW.actual][COL.R4] = ACTUAL;
  rows[ROW.status][COL.R4] = "未達成";
  rows[ROW.rate][COL.R4] = rate;
  const grid = gridOf(rows);
  grid.formulas[ROW.rate][COL.R4] = "=F9/F8";
  grid.numberFormats[ROW.rate][COL.R4] = format;
  return runChecks(detectTables(grid)).filter((f) => f.rule === "rate-mismatch");
}

test("the double of the example sits below the exact tie, so its full precision would round down", () => {
  expect(ACTUAL / TARGET).toBe(0.10749999999999998);
});

test.each([
  ["General", null],
  ["0.0%", "0.0%"],
  ["0.00", "0.00"],
])("a formula's cached double under %s is no mismatch", (_name, format) => {
  expect(rateFindings(ACTUAL / TARGET, format)).toEqual([]);
});

test.each([null, "0.0%"])(
  "the same rate saved with 15 significant digits is no mismatch (format %s)",
  (format) => {
    expect(rateFindings(Number((ACTUAL / TARGET).toPrecision(15)), format)).toEqual([]);
  },
);

test("a formula that matches the exact rate to 15 significant digits agrees however it would display", () => {
  // 312 / 350 = 0.891428571428571428…: the 15-digit form agrees under General and under 0%.
  const rows = cleanRows();
  rows[ROW.target][COL.R4] = 350;
  rows[ROW.actual][COL.R4] = 312;
  rows[ROW.rate][COL.R4] = 0.891428571428571;
  for (const format of [null, "0%", "0.0%"]) {
    const grid = gridOf(rows);
    grid.formulas[ROW.rate][COL.R4] = "=F9/F8";
    grid.numberFormats[ROW.rate][COL.R4] = format;
    expect(runChecks(detectTables(grid)).filter((f) => f.rule === "rate-mismatch")).toEqual([]);
  }
});

test.each([
  ["General", null, "0.1175"],
  ["0.0%", "0.0%", "11.8%"],
])(
  "a really wrong number under %s is still a mismatch, quoted as the sheet shows it (%s)",
  (_name, format, shownAs) => {
    const [f] = rateFindings(0.1175, format);
    expect(f).toEqual(expect.objectContaining({ cell: "F11", found: shownAs, expected: "10.8%" }));
  },
);

test("a number one display step off is still a mismatch under 0.0% (10.7% for 10.75%)", () => {
  expect(rateFindings(0.107, "0.0%")).toHaveLength(1);
});
