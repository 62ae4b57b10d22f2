/**
 * Issue 14, case 5: an unreadable actual is a warning naming the cell and the reason, and the stale status
 * beside it is questioned; an annotated value reads as the number with a note, the same in finding and fix.
 */
import { detectTables, parseValue, runChecks, type Finding } from "../../../src/core";
import { cleanRows, COL, gridOf, ROW } from "../rules/clean-table";

function checkedWith(row: number, col: number, value: string | { error: string }, formula?: string) {
  const rows = cleanRows();
  rows[row][col] = value;
  const grid = gridOf(rows);
  if (formula !== undefined) grid.formulas[row][col] = formula;
  return { grid, findings: runChecks(detectTables(grid)) };
}

const at = (findings: readonly Finding[], cell: string) => findings.filter((f) => f.cell === cell);

test.each([
  ["約3,450件", "数値として読めません"],
  ["abc", "数値として読めません"],
  ["1.000.000", "桁区切りまたは小数点があいまい"],
])(
  "an actual of %s: a warning at the cell with the reason, and the status beside it questioned",
  (text, reason) => {
    const { findings } = checkedWith(ROW.actual, COL.R3, text);
    const [value] = at(findings, "E9").filter((f) => f.rule === "unreadable-value");
    expect(value).toMatchObject({ severity: "warning", found: text });
    expect(value.message.ja).toContain(reason);
    expect(value.message.ja).toContain("E9");
    expect(value.message.en).toContain("E9");
    const [status] = at(findings, "E10").filter((f) => f.rule === "unreadable-value");
    expect(status).toMatchObject({
      severity: "warning",
      found: "達成",
      code: "rules.unreadable-value.stale-status",
    });
    expect(status.fix).toBeUndefined();
  },
);

test.each([
  ["3,437件 ※速報値", 3437, "※速報値"],
  ["3,437件※速報値", 3437, "※速報値"],
  ["3,437件(速報値)", 3437, "速報値"],
  ["3,437件 (見込)", 3437, "見込"],
  ["0人(中止)", 0, "中止"],
])("%s reads as %d with the note %s", (text, value, note) => {
  expect(parseValue(text)).toMatchObject({ kind: "number", value, note });
});

test("3,437件 ※速報値 with a #VALUE! rate formula: finding and fix agree on 202.2%", () => {
  const rows = cleanRows();
  rows[ROW.target][COL.R3] = 1700;
  rows[ROW.actual][COL.R3] = "3,437件 ※速報値";
  rows[ROW.rate][COL.R3] = { error: "#VALUE!" };
  rows[ROW.target][COL.total] = 1970;
  rows[ROW.actual][COL.total] = 3708;
  rows[ROW.rate][COL.total] = 3708 / 1970;
  const grid = gridOf(rows);
  grid.formulas[ROW.rate][COL.R3] = "=E9/E8";
  const findings = runChecks(detectTables(grid));
  const [error] = at(findings, "E11").filter((f) => f.rule === "error-value");
  expect(error.expected).toBe("202.2%");
  expect(error.fix).toEqual([
    expect.objectContaining({ address: "E11", value: 3437 / 1700, numberFormat: "0.0%" }),
  ]);
  expect(findings.filter((f) => f.rule === "unreadable-value")).toEqual([]);
});
