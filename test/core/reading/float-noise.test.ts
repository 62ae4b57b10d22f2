/**
 * Issue 14, case 1: a number that came from a cell is read as Excel shows it, at 15 significant digits,
 * before exact arithmetic. The functions and the checker agree on the same cells.
 */
import { achievementRate, classifyStatus, detectTables, parseValue, runChecks } from "../../../src/core";
import { bandTable } from "../../../src/functions/bands";
import { rateCell, statusCell } from "../../../src/functions/rates";
import { cleanRows, COL, gridOf, ROW } from "../rules/clean-table";

const SEVENTY_PLUS_TEN = 0.7 + 0.1; // 0.7999999999999999, shown 80.0%
const TWENTY_NINE = (29 / 100) * 100; // 28.999999999999996, shown 29
/** SUM(40.1,20.1,19.8) as a file may cache it: one unit in the last place below 80 (shown 80). */
const EIGHTY = 80 - 2 ** -46;

test("the doubles are really noisy (else these tests would prove nothing)", () => {
  expect([SEVENTY_PLUS_TEN === 0.8, TWENTY_NINE === 29, EIGHTY === 80]).toEqual([false, false, false]);
});

test.each([
  ["=0.7+0.1", SEVENTY_PLUS_TEN, 0.8],
  ["=29/100*100", TWENTY_NINE, 29],
  ["=SUM(40.1,20.1,19.8)", EIGHTY, 80],
])("%s is read as Excel shows it: %d", (_formula, cached, shown) => {
  expect(parseValue(cached)).toMatchObject({ kind: "number", value: shown });
});

test.each([
  ["=0.7+0.1 vs 80%", SEVENTY_PLUS_TEN, "80%"],
  ["=0.7+0.1 vs 0.8", SEVENTY_PLUS_TEN, 0.8],
  ["29/100*100 vs 29", TWENTY_NINE, 29],
  ["SUM(40.1,20.1,19.8) vs 80", EIGHTY, 80],
])("%s: KPI.RATE is 100%, KPI.STATUS and KPI.BAND say 達成", (_case, actual, target) => {
  expect(rateCell(actual, target, null, null)).toBe(1);
  expect(statusCell(actual, target, null, null)).toBe("達成");
  const rate = achievementRate(actual, target);
  expect(classifyStatus(rate).label).toBe("達成");
  expect(bandTable([[rate.kind === "rate" ? rate.value : null]], null, null, null, "ja")).toEqual([["達成"]]);
  expect(bandTable([[SEVENTY_PLUS_TEN]], null, [[0.8]], [["以上"], ["未満"]], "ja")).toEqual([["以上"]]);
});

/** The clean table with R5's actual a noisy formula against its target, rates as formulas. */
function noisyGrid(formula: string, cached: number, target: number, format: string | null) {
  const rows = cleanRows();
  rows[ROW.target][COL.R5] = target;
  rows[ROW.actual][COL.R5] = cached;
  rows[ROW.status][COL.R5] = "達成見込み";
  rows[ROW.rate][COL.R5] = cached / target;
  rows[ROW.target][COL.total] = 230 + target;
  rows[ROW.actual][COL.total] = 237 + cached;
  rows[ROW.rate][COL.total] = (237 + cached) / (230 + target);
  const grid = gridOf(rows);
  grid.formulas[ROW.actual][COL.R5] = formula;
  grid.formulas[ROW.status][COL.R5] = '=IF(G11>=1,"達成見込み",IF(G11>=0.8,"概ね達成見込み","未達成見込み"))';
  grid.formulas[ROW.rate][COL.R5] = "=G9/G8";
  grid.numberFormats[ROW.target][COL.R5] = format;
  grid.numberFormats[ROW.actual][COL.R5] = format;
  return grid;
}

test.each([
  ["=0.7+0.1", SEVENTY_PLUS_TEN, 0.8, "0.0%"],
  ["=29/100*100", TWENTY_NINE, 29, null],
  ["=SUM(40.1,20.1,19.8)", EIGHTY, 80, '#,##0.0"人"'],
])(
  "the checker agrees: %s against its target is 達成見込み, the hand status and its formula stay",
  (formula, cached, target, format) => {
    const findings = runChecks(detectTables(noisyGrid(formula, cached, target, format)));
    const atR5 = findings.filter((f) => f.cell.startsWith("G"));
    expect(atR5.filter((f) => f.severity === "error")).toEqual([]);
    const fixes = findings.flatMap((f) => f.fix ?? []);
    expect(fixes.filter((fix) => fix.address === "G10")).toEqual([]);
  },
);
