import { gridFromRows } from "../../src/core/grid";
import { callsKpi, finalizeToCopy, remainingErrors } from "../../src/taskpane/views/finalize/finalizeChanges";
import { freeSheetName } from "../../src/taskpane/views/common/freeSheetName";

describe("change sets the views build", () => {
  it("recognises KPI.* calls anywhere in a formula, and nothing else", () => {
    expect(callsKpi("=KPI.RATE(B2,A2)")).toBe(true);
    expect(callsKpi('=IFERROR(kpi.status(C3),"")')).toBe(true);
    expect(callsKpi("=MYKPI.RATE(B2)")).toBe(false);
    expect(callsKpi("=B2/A2")).toBe(false);
  });

  it("copies every cell into the copy, KPI.* formulas as values, other formulas kept", () => {
    const grid = gridFromRows("S", [[1, 2, 2]]);
    grid.formulas[0][1] = "=KPI.RATE(A1,A1)*2";
    grid.formulas[0][2] = "=A1*2";
    grid.numberFormats[0][0] = "#,##0";
    expect(finalizeToCopy(grid, "S2", "確定").cells).toEqual([
      { sheet: "S2", address: "A1", value: 1, numberFormat: "#,##0" },
      { sheet: "S2", address: "B1", value: 2 },
      { sheet: "S2", address: "C1", formula: "=A1*2" },
    ]);
    expect(
      remainingErrors(gridFromRows("S", [[{ error: "#NAME?" }, { error: "#DIV/0!" }, { error: "#VALUE!" }]])),
    ).toEqual(["A1", "C1"]);
  });

  it("never reuses a sheet name", () => {
    expect(freeSheetName("集計_R5", ["Sheet1"])).toBe("集計_R5");
    expect(freeSheetName("集計_R5", ["集計_R5", "集計_R5 (2)"])).toBe("集計_R5 (3)");
  });
});
