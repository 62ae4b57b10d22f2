import fc from "fast-check";
import { columnName } from "../../../src/core/grid";
import { GridCell, withRaw } from "../../../src/core/tables/grid-cell";

const coordinates = fc.record({ row: fc.nat(1_048_575), col: fc.nat(16_383) });

describe("GridCell: a source cell that works out its address", () => {
  it("has the A1 address of its coordinates", () => {
    fc.assert(
      fc.property(coordinates, ({ row, col }) => {
        expect(new GridCell(row, col, null, null, null).address).toBe(`${columnName(col)}${row + 1}`);
      }),
    );
  });

  it("serialises as a plain source cell, address included (the pane's worker sends reports as JSON)", () => {
    const cell = new GridCell(4, 27, "1,600件", "=B5*2", '#,##0"件"');
    expect(JSON.parse(JSON.stringify({ cell }))).toEqual({
      cell: { address: "AB5", row: 4, col: 27, raw: "1,600件", formula: "=B5*2", numberFormat: '#,##0"件"' },
    });
  });

  it("keeps its place, formula and format when given another value", () => {
    const cell = withRaw(new GridCell(2, 3, "(12,000)", null, "0"), "12,000");
    expect([cell.address, cell.raw, cell.formula, cell.numberFormat]).toEqual(["D3", "12,000", null, "0"]);
  });
});
