import { gridFromRows } from "../../../src/core/grid";
import { detectTables } from "../../../src/core/tables";
import { defaultVocabulary } from "../../../src/core/tables/vocabulary";

describe("stacked-roles notes", () => {
  test.each([
    ["目標値(上段)・実績値(下段)", ["target", "actual"]],
    ["上段：目標値　下段：実績値", ["target", "actual"]],
    ["(上段)実績\n(下段)目標", ["actual", "target"]],
    ["計画(上段)/実績(中段)/達成率(下段)", ["target", "actual", "rate"]],
  ])("%s gives the rows' roles top first", (note, roles) => {
    expect(defaultVocabulary().stackedRoles(note)).toEqual(roles);
  });

  test.each(["目標値(上段)", "上段目標値下段実績値", "目標(上段)・目標(下段)", "目標値(左)・実績値(右)"])(
    "%s is no note of stacked roles",
    (note) => expect(defaultVocabulary().stackedRoles(note)).toBeNull(),
  );
});

describe("detectTables on stacked rows", () => {
  test("a note on the line above the years: rows by position, the rate column over both rows", () => {
    const model = detectTables(
      gridFromRows("s", [
        ["上段：目標　下段：実績", null, null, null],
        ["指標名", "R3", "R4", "達成率"],
        ["利用者数", "1,000人", "1,100人", "105.0%"],
        [null, "980人", "1,155人", null],
        ["相談件数", 50, 60, "90.0%"],
        [null, 48, 54, null],
      ]),
    );
    expect(model.tables).toHaveLength(1);
    const [table] = model.tables;
    expect(table.layout).toBe("stacked-rows");
    expect(table.indicators.map((i) => i.name)).toEqual(["利用者数", "相談件数"]);
    const r4 = table.indicators[0].periods[1];
    expect([r4.cells.target?.address, r4.cells.actual?.address, r4.cells.rate?.address]).toEqual([
      "C3",
      "C4",
      "D3",
    ]);
  });

  test("without a note, two unlabeled rows are no table", () => {
    const model = detectTables(
      gridFromRows("s", [
        ["指標名", "R3", "R4"],
        ["利用者数", "1,000人", "1,100人"],
        [null, "980人", "1,155人"],
      ]),
    );
    expect(model.tables).toHaveLength(0);
  });
});
