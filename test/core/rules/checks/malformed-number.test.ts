import { COL, gridWith, ROW } from "../clean-table";
import { findingsOf, firesAt } from "./firing";

test("1,00件 fires at E8", () => {
  firesAt(gridWith(ROW.target, COL.R3, "1,00件"), "malformed-number", "E8");
});

test("13,0000 is read but flagged as malformed", () => {
  const found = findingsOf(gridWith(ROW.actual, COL.R3, "13,0000"), "malformed-number");
  expect(found.map((f) => [f.cell, f.found])).toEqual([["E9", "13,0000"]]);
});
