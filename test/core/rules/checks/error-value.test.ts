import { cleanRows, COL, gridOf, pendingR5, ROW } from "../clean-table";
import { findingsOf, firesAt } from "./firing";

test("an errored status and rate of a pending actual fire at G10 and are fixed to 集計中", () => {
  const f = firesAt(pendingR5({ error: "#VALUE!" }, { error: "#VALUE!" }), "error-value", "G10");
  expect(f.fix?.[0]).toEqual(expect.objectContaining({ address: "G10", value: "集計中" }));
});

test("a rate formula over numeric cells is fixed by a formula that survives a pending actual", () => {
  const grid = pendingR5({ error: "#VALUE!" }, { error: "#VALUE!" });
  grid.formulas[ROW.rate][COL.R5] = "=G9/G8";
  const fix = findingsOf(grid, "error-value").find((f) => f.cell === "G11")?.fix?.[0];
  expect(fix).toEqual(
    expect.objectContaining({ formula: '=IF(ISNUMBER(G9),G9/G8,"集計中")', replaceFormula: true }),
  );
});

test("with the pendingRate setting `empty`, an errored rate of a pending actual is fixed to an empty cell", () => {
  const rows = cleanRows();
  rows[ROW.actual][COL.R5] = "集計中";
  rows[ROW.status][COL.R5] = "集計中";
  rows[ROW.rate][COL.R5] = { error: "#VALUE!" };
  const [f] = findingsOf(gridOf(rows), "error-value", { pendingRate: "empty" });
  expect(f.fix?.[0].value).toBe("");
});
