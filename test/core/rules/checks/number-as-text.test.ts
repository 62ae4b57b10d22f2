import { findingKind } from "../../../../src/core/rules";
import { cleanRows, COL, gridOf, gridWith, ROW } from "../clean-table";
import { findingsOf, firesAt } from "./firing";

test("a target typed as 100件 fires at E8 and is fixed to the number with the unit in its format", () => {
  const f = firesAt(gridWith(ROW.target, COL.R3, "100件"), "number-as-text", "E8");
  expect(f.fix?.[0]).toEqual(expect.objectContaining({ value: 100, numberFormat: '#,##0"件"' }));
});

test("a table of numbers typed as text is one finding with one fix for every cell, listed at its first", () => {
  const rows = cleanRows();
  for (const row of [ROW.target, ROW.actual])
    for (const col of [COL.R3, COL.R4, COL.R5]) rows[row][col] = `${String(rows[row][col])}件`;
  const findings = findingsOf(gridOf(rows), "number-as-text");
  expect(findings).toHaveLength(1);
  const [f] = findings;
  expect(f.params).toMatchObject({ count: 6, cell: f.cell });
  expect(f.fix?.map((c) => c.address).sort()).toEqual(["E8", "E9", "F8", "F9", "G8", "G9"]);
  expect(findingKind(f)).toBe("advice");
});
