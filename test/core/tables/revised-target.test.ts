import { gridFromRows } from "../../../src/core/grid";
import { detectTables } from "../../../src/core/tables";

describe("revision rows", () => {
  const model = detectTables(
    gridFromRows("s", [
      ["指標名", "区分", "R3", "R4"],
      ["来場者数", "目標", 8000, 10000],
      [null, "(修正後)", null, "（12,000）"],
      [null, "実績", 8512, 11460],
      [null, "達成率", "106.4%", "95.5%"],
    ]),
  );
  const [indicator] = model.tables[0].indicators;

  test("a revision row continues its indicator", () => {
    expect(model.tables[0].indicators).toHaveLength(1);
  });

  test("where it is written, the revised figure in parentheses is the target, positive, the original kept", () => {
    const r4 = indicator.periods[1];
    expect(r4.cells.target?.address).toBe("D3");
    expect(r4.target).toEqual(expect.objectContaining({ kind: "number", value: 12000 }));
    expect(r4.revisedFrom?.address).toBe("D2");
  });

  test("where it is empty, the original target stands", () => {
    const r3 = indicator.periods[0];
    expect(r3.cells.target?.address).toBe("C2");
    expect(r3.revisedFrom).toBeUndefined();
  });
});
