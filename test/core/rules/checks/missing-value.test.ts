import { COL, gridWith, ROW } from "../clean-table";
import { firesAt } from "./firing";

test("an empty target fires at E8", () => {
  firesAt(gridWith(ROW.target, COL.R3, null), "missing-value", "E8");
});
