import { cleanRows, COL, gridOf, ROW } from "../clean-table";
import { firesAt } from "./firing";

test("9,999 / 10,000 shown as 100.0% but 概ね達成 by the exact rate fires at E10", () => {
  const rows = cleanRows();
  rows[ROW.target][COL.R3] = 10000;
  rows[ROW.actual][COL.R3] = 9999;
  rows[ROW.target][COL.total] = 10270;
  rows[ROW.actual][COL.total] = 10270;
  rows[ROW.status][COL.R3] = "概ね達成";
  rows[ROW.rate][COL.R3] = 0.9999;
  rows[ROW.rate][COL.total] = 1;
  firesAt(gridOf(rows), "band-edge", "E10");
});
