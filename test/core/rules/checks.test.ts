import type { Grid } from "../../../src/core/grid";
import { CHECKS, runChecks, type Finding } from "../../../src/core/rules";
import { detectTables } from "../../../src/core/tables";
import type { CellChange } from "../../../src/workbook/port";
import { cleanGrid, cleanRows, COL, gridOf, gridWith, ROW } from "./clean-table";

function findingsOf(grids: Grid | Grid[], rule: string): Finding[] {
  return runChecks(detectTables(grids)).filter((f) => f.rule === rule);
}

test("the clean table gives no finding at all, on one sheet or two", () => {
  expect(detectTables(cleanGrid()).tables).toHaveLength(1);
  expect(runChecks(detectTables(cleanGrid()))).toEqual([]);
  expect(runChecks(detectTables([cleanGrid(), cleanGrid("別表")]))).toEqual([]);
});

test("every registered check has a distinct id", () => {
  expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
  expect(CHECKS).toHaveLength(18);
});

interface Case {
  rule: string;
  grids: () => Grid | Grid[];
  cell: string;
  check?: (f: Finding) => void;
}

const withFormat = (format: string | null): Grid => {
  const grid = cleanGrid();
  grid.numberFormats[ROW.rate][COL.R4] = format;
  return grid;
};

const withFormulas = (): Grid => {
  const grid = cleanGrid();
  grid.formulas[ROW.rate][COL.R3] = "=E9/E8";
  grid.formulas[ROW.rate][COL.R4] = "=F9/F8";
  return grid;
};

const pendingR5 = (status: string | { error: string }, rate: string | { error: string }): Grid => {
  const rows = cleanRows();
  rows[ROW.actual][COL.R5] = "集計中";
  rows[ROW.actual][COL.total] = 237;
  rows[ROW.status][COL.R5] = status;
  rows[ROW.rate][COL.R5] = rate;
  rows[ROW.rate][COL.total] = 0.641;
  rows[2][1] = "0件";
  rows[4][1] = "1件";
  return gridOf(rows);
};

const CASES: Case[] = [
  {
    rule: "error-value",
    grids: () => pendingR5({ error: "#VALUE!" }, { error: "#VALUE!" }),
    cell: "G10",
    check: (f) => expect(f.fix?.[0]).toEqual(expect.objectContaining({ address: "G10", value: "集計中" })),
  },
  {
    rule: "rate-mismatch",
    grids: () => gridWith(ROW.rate, COL.R3, 1.3),
    cell: "E11",
    check: (f) =>
      expect([f.expected, f.fix?.[0].value, f.fix?.[0].numberFormat]).toEqual(["120.0%", 1.2, "0.0%"]),
  },
  {
    rule: "status-mismatch",
    grids: () => gridWith(ROW.status, COL.R4, "達成"),
    cell: "F10",
    check: (f) => expect(f.fix?.[0].value).toBe("概ね達成"),
  },
  {
    rule: "status-mismatch",
    grids: () => gridWith(ROW.status, COL.R5, "達成"),
    cell: "G10",
    check: (f) => expect(f.expected).toBe("達成見込み"),
  },
  {
    rule: "pending-actual",
    grids: () => pendingR5("集計中", "集計中"),
    cell: "G9",
    check: (f) => expect(f.severity).toBe("info"),
  },
  {
    rule: "pending-actual",
    grids: () => pendingR5({ error: "#VALUE!" }, "集計中"),
    cell: "G9",
    check: (f) => expect(f.severity).toBe("error"),
  },
  {
    rule: "unit-mismatch",
    grids: () => {
      const rows = cleanRows();
      rows[ROW.target][COL.R3] = "100件";
      rows[ROW.actual][COL.R3] = "120人";
      return gridOf(rows);
    },
    cell: "E9",
  },
  {
    rule: "number-as-text",
    grids: () => gridWith(ROW.target, COL.R3, "100件"),
    cell: "E8",
    check: (f) =>
      expect(f.fix?.[0]).toEqual(expect.objectContaining({ value: 100, numberFormat: '#,##0"件"' })),
  },
  { rule: "malformed-number", grids: () => gridWith(ROW.target, COL.R3, "1,00件"), cell: "E8" },
  { rule: "unreadable-value", grids: () => gridWith(ROW.actual, COL.R3, "約120件"), cell: "E9" },
  { rule: "missing-value", grids: () => gridWith(ROW.target, COL.R3, null), cell: "E8" },
  {
    rule: "indicator-changed",
    grids: () => gridWith(ROW.target, 2, "R3~4 相談件数 R5 来場者数"),
    cell: "C8",
  },
  {
    rule: "cumulative-mismatch",
    grids: () => gridWith(ROW.target, COL.total, 380),
    cell: "H8",
    check: (f) => expect(f.fix?.[0].value).toBe(370),
  },
  {
    rule: "summary-mismatch",
    grids: () => gridWith(2, 1, "0件"),
    cell: "B2",
    check: (f) => expect(f.message.en).toContain("per indicator row"),
  },
  {
    rule: "cross-table-mismatch",
    grids: () => [cleanGrid(), gridWith(ROW.target, COL.R3, 90, "別表")],
    cell: "E8",
    check: (f) => expect([f.sheet, f.found, f.expected]).toEqual(["別表", "90", "100"]),
  },
  {
    rule: "band-edge",
    grids: () => {
      const rows = cleanRows();
      rows[ROW.target][COL.R3] = 10000;
      rows[ROW.actual][COL.R3] = 9999;
      rows[ROW.target][COL.total] = 10270;
      rows[ROW.actual][COL.total] = 10270;
      rows[ROW.status][COL.R3] = "概ね達成";
      rows[ROW.rate][COL.R3] = 0.9999;
      rows[ROW.rate][COL.total] = 1;
      return gridOf(rows);
    },
    cell: "E10",
  },
  {
    rule: "label-drift",
    grids: () => [cleanGrid(), gridWith(ROW.target, 2, "相談件数等", "別表")],
    cell: "C8",
  },
  { rule: "target-trend", grids: () => gridWith(ROW.target, COL.R4, 110), cell: "F8" },
  { rule: "hardcoded-rate", grids: withFormulas, cell: "G11" },
  {
    rule: "inconsistent-format",
    grids: () => withFormat(null),
    cell: "F11",
    check: (f) => expect(f.fix?.[0].numberFormat).toBe("0.0%"),
  },
];

describe.each(CASES)("$rule fires at $cell", ({ rule, grids, cell, check }) => {
  test("and names the cell in both languages", () => {
    const found = findingsOf(grids(), rule).find((f) => f.cell === cell);
    expect(found).toBeDefined();
    const f = found as Finding;
    expect(f.message.ja).toContain(cell);
    expect(f.message.en).toContain(cell);
    check?.(f);
  });
});

test("every check is covered by a firing case", () => {
  expect(new Set(CASES.map((c) => c.rule))).toEqual(new Set(CHECKS.map((c) => c.id)));
});

test("fixes are change sets the workbook port accepts", () => {
  const fixes: CellChange[] = runChecks(
    detectTables(pendingR5({ error: "#VALUE!" }, { error: "#VALUE!" })),
  ).flatMap((f) => [...(f.fix ?? [])]);
  expect(fixes.length).toBeGreaterThan(0);
});

test("a rate formula over numeric cells is fixed by a formula that survives a pending actual", () => {
  const grid = pendingR5({ error: "#VALUE!" }, { error: "#VALUE!" });
  grid.formulas[ROW.rate][COL.R5] = "=G9/G8";
  const fix = findingsOf(grid, "error-value").find((f) => f.cell === "G11")?.fix?.[0];
  expect(fix).toEqual(
    expect.objectContaining({ formula: '=IF(ISNUMBER(G9),G9/G8,"集計中")', replaceFormula: true }),
  );
});

test("disabled rules do not run; banding on the displayed rate follows the setting", () => {
  const edge = gridWith(ROW.rate, COL.R3, 1.3);
  expect(
    runChecks(detectTables(edge), { disabledRules: ["rate-mismatch"] }).filter(
      (f) => f.rule === "rate-mismatch",
    ),
  ).toEqual([]);
});

test("settings can mark a period projected that the sheet does not", () => {
  const rows = cleanRows();
  rows[0] = [];
  rows[ROW.status][COL.R5] = "達成";
  const plain = detectTables(gridOf(rows));
  expect(runChecks(plain).filter((f) => f.rule === "status-mismatch")).toEqual([]);
  const projected = runChecks(plain, { projectedPeriods: ["令和5年度"] }).filter(
    (f) => f.rule === "status-mismatch",
  );
  expect(projected.map((f) => [f.cell, f.expected])).toEqual([["G10", "達成見込み"]]);
});

test("without a note, the statuses' own 見込み say which period is projected; the odd label out is flagged", () => {
  const rows = cleanRows();
  rows[0] = [];
  rows.push(
    [2, "相談支援", "来場者数", "目標", 10, 10, 10, 30],
    [null, null, null, "実績", 10, 10, 10, 30],
    [null, null, null, "結果", "達成", "達成", "達成見込み"],
    [3, "相談支援", "参加者数", "目標", 10, 10, 10, 30],
    [null, null, null, "実績", 10, 10, 10, 30],
    [null, null, null, "結果", "達成", "達成見込み", "達成"],
  );
  const flagged = runChecks(detectTables(gridOf(rows))).filter((f) => f.rule === "status-mismatch");
  expect(flagged.map((f) => [f.cell, f.found, f.expected])).toEqual([
    ["F17", "達成見込み", "達成"],
    ["G17", "達成", "達成見込み"],
  ]);
});

test("a computable rate formula that disagrees is replaced by a formula that still says 集計中 while the actual is pending", () => {
  const grid = gridWith(ROW.rate, COL.R3, 1.3);
  grid.formulas[ROW.rate][COL.R3] = "=E9/E8+0.1";
  const fix = findingsOf(grid, "rate-mismatch")[0]?.fix?.[0];
  expect(fix?.formula).toBe('=IF(ISNUMBER(E9),E9/E8,"集計中")');
});
