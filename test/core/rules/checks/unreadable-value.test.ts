import { COL, gridWith, ROW } from "../clean-table";
import { findingsOf, firesAt } from "./firing";

test("約120件 as an actual fires at E9, and the status beside it at E10", () => {
  const f = firesAt(gridWith(ROW.actual, COL.R3, "約120件"), "unreadable-value", "E9");
  expect(f).toMatchObject({ severity: "warning", found: "約120件" });
  expect(f.message.ja).toContain("数値として読めません");
  firesAt(gridWith(ROW.actual, COL.R3, "約120件"), "unreadable-value", "E10");
});

test("a number, a placeholder or an error is not unreadable", () => {
  for (const value of [120, "120件", "集計中", { error: "#N/A" }])
    expect(findingsOf(gridWith(ROW.actual, COL.R3, value), "unreadable-value")).toEqual([]);
});
