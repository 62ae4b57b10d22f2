import { cleanRows, COL, gridOf, ROW } from "../clean-table";
import { findingsOf, firesAt } from "./firing";

test("a target in 件 and an actual in 人 fire at E9", () => {
  const rows = cleanRows();
  rows[ROW.target][COL.R3] = "100件";
  rows[ROW.actual][COL.R3] = "120人";
  expect(firesAt(gridOf(rows), "unit-mismatch", "E9").severity).toBe("error");
});

test("periods written in 千円 and 円 are a unit warning, not an error", () => {
  const rows = cleanRows();
  rows[ROW.target].splice(COL.R3, 3, "100千円", "130千円", "140,000円");
  rows[ROW.actual].splice(COL.R3, 3, "120千円", "117千円", "154,000円");
  const found = findingsOf(gridOf(rows), "unit-mismatch");
  expect(found.length).toBeGreaterThan(0);
  expect(found.every((f) => f.severity === "warning")).toBe(true);
});
