import { gridFromRows } from "../../src/core/grid";
import { packGrid, unpackGrid } from "../../src/taskpane/checking/protocol";

describe("worker protocol", () => {
  it("leaves out empty formula and number-format matrices and restores them", () => {
    const grid = gridFromRows("S", [
      ["目標", "1,600件"],
      ["実績", { error: "#VALUE!" }],
    ]);
    const packed = packGrid(grid);
    expect(packed.formulas).toBeNull();
    expect(packed.numberFormats).toBeNull();
    expect(unpackGrid(packed)).toEqual(grid);
  });

  it("keeps matrices that hold something", () => {
    const grid = gridFromRows("S", [[1, 2]]);
    grid.formulas[0][1] = "=A1*2";
    const packed = packGrid(grid);
    expect(packed.formulas).toEqual([[null, "=A1*2"]]);
    expect(packed.numberFormats).toBeNull();
    expect(unpackGrid(packed)).toEqual(grid);
  });
});
