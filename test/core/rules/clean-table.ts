/**
 * A small table on which every check stays quiet, and the grid it gives; each check's test breaks one
 * thing in a copy of it. Numbers are numbers, rates are fractions formatted `0.0%`, R5 is projected by a note.
 */
import { gridFromRows, type CellValue, type Grid } from "../../../src/core/grid";

export const HEADER_ROW = 6;
/** Grid rows of the indicator's role rows. */
export const ROW = { target: 7, actual: 8, status: 9, rate: 10 } as const;
/** Grid columns of R3, R4, R5, 累計. */
export const COL = { R3: 4, R4: 5, R5: 6, total: 7 } as const;

export function cleanRows(): CellValue[][] {
  return [
    ["R3・R4は確定値。R5は見込値。"],
    ["全体", "1件"],
    ["達成", "1件"],
    ["未達成", "0件"],
    ["集計中", "0件"],
    [],
    ["No.", "単位施策", "成果指標", "年度", "R3", "R4", "R5", "累計"],
    [1, "相談支援", "相談件数", "目標", 100, 130, 140, 370],
    [null, null, null, "実績", 120, 117, 154, 391],
    [null, null, null, "結果", "達成", "概ね達成", "達成見込み", null],
    [null, null, null, "達成率", 1.2, 0.9, 1.1, 1.057],
  ];
}

/** The grid of `rows` with the rate row formatted `0.0%`. */
export function gridOf(rows: CellValue[][], sheet = "KPI"): Grid {
  const grid = gridFromRows(sheet, rows);
  for (let c = COL.R3; c <= COL.total; c++)
    if (grid.rowCount > ROW.rate) grid.numberFormats[ROW.rate][c] = "0.0%";
  return grid;
}

export function cleanGrid(sheet = "KPI"): Grid {
  return gridOf(cleanRows(), sheet);
}

/** A clean grid with one cell changed. */
export function gridWith(row: number, col: number, value: CellValue, sheet = "KPI"): Grid {
  const rows = cleanRows();
  rows[row][col] = value;
  return gridOf(rows, sheet);
}

/** The clean grid with R5's actual pending (集計中) and R5's status and rate as given. */
export function pendingR5(status: string | { error: string }, rate: string | { error: string }): Grid {
  const rows = cleanRows();
  rows[ROW.actual][COL.R5] = "集計中";
  rows[ROW.actual][COL.total] = 237;
  rows[ROW.status][COL.R5] = status;
  rows[ROW.rate][COL.R5] = rate;
  rows[ROW.rate][COL.total] = 0.641;
  rows[2][1] = "0件";
  rows[4][1] = "1件";
  return gridOf(rows);
}
