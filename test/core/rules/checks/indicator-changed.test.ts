import { gridWith, ROW } from "../clean-table";
import { firesAt } from "./firing";

test("an indicator name that changes between periods fires at C8", () => {
  firesAt(gridWith(ROW.target, 2, "R3~4 相談件数 R5 来場者数"), "indicator-changed", "C8");
});
