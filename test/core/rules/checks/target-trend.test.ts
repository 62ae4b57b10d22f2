import { COL, gridWith, ROW } from "../clean-table";
import { firesAt } from "./firing";

test("a target below the previous period's actual fires at F8", () => {
  firesAt(gridWith(ROW.target, COL.R4, 110), "target-trend", "F8");
});
