import { cleanGrid, COL, gridWith, ROW } from "../clean-table";
import { firesAt } from "./firing";

test("a target that differs from another table's fires at E8 of that table", () => {
  const f = firesAt([cleanGrid(), gridWith(ROW.target, COL.R3, 90, "別表")], "cross-table-mismatch", "E8");
  expect([f.sheet, f.found, f.expected]).toEqual(["別表", "90", "100"]);
});
