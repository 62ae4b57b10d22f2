import { COL, gridWith, ROW } from "../clean-table";
import { firesAt } from "./firing";

test("a cumulative target of 380 for yearly targets summing to 370 fires at H8 and is fixed to 370", () => {
  expect(firesAt(gridWith(ROW.target, COL.total, 380), "cumulative-mismatch", "H8").fix?.[0].value).toBe(370);
});
