import { COL, gridWith, ROW } from "../clean-table";
import { firesAt } from "./firing";

test("a target typed as 100件 fires at E8 and is fixed to the number with the unit in its format", () => {
  const f = firesAt(gridWith(ROW.target, COL.R3, "100件"), "number-as-text", "E8");
  expect(f.fix?.[0]).toEqual(expect.objectContaining({ value: 100, numberFormat: '#,##0"件"' }));
});
