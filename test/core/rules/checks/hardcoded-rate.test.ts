import { cleanGrid, COL, ROW } from "../clean-table";
import { firesAt } from "./firing";

test("a typed rate among rate formulas fires at G11", () => {
  const grid = cleanGrid();
  grid.formulas[ROW.rate][COL.R3] = "=E9/E8";
  grid.formulas[ROW.rate][COL.R4] = "=F9/F8";
  firesAt(grid, "hardcoded-rate", "G11");
});
