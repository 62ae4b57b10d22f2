/**
 * Tables to fill, in grids no template of ours wrote: an empty table whose header names the periods and
 * whose rows (or columns) name the roles is a table with slots, not "no table"; its slots are never
 * checked or counted; a lone role word or a header without prepared rows is still nothing.
 */
import { gridFromRows, type CellValue, type Grid } from "../../../src/core/grid";
import { runChecks } from "../../../src/core/rules";
import { detectTables, indicatorsInSheetOrder, toFillLine } from "../../../src/core/tables";

/** A city's own form: 指標名 / 項目 / 2024年度 … 2026年度, rows 計画 / 実績値 / 達成度 per indicator. */
function rowRoleForm(filled: readonly (readonly [number, number])[], slots: number): CellValue[][] {
  const rows: CellValue[][] = [
    ["重点指標の進捗"],
    [],
    ["指標名", "項目", "2024年度", "2025年度", "2026年度"],
  ];
  for (let i = 0; i < filled.length + slots; i++) {
    const values = filled[i];
    rows.push([values === undefined ? null : `指標${i + 1}`, "計画", ...(values ? [values[0]] : [])]);
    rows.push([null, "実績値", ...(values ? [values[1]] : [])]);
    rows.push([null, "達成度"]);
  }
  return rows;
}

/** One row per indicator, role columns per year; empty rows hold only their rate formulas. */
function columnRoleForm(rows: number, withFormulas: boolean): Grid {
  const grid = gridFromRows("様式", [
    ["指標", "R6目標", "R6実績", "R6達成率"],
    ...Array.from({ length: rows }, () => [null, null, null, null]),
  ]);
  if (withFormulas)
    for (let r = 1; r <= rows; r++) grid.formulas[r][3] = `IF(B${r + 1}="","",C${r + 1}/B${r + 1})`;
  return grid;
}

describe("an empty table to fill", () => {
  it("with role rows under a period header is one table of slots with their periods and cells", () => {
    const model = detectTables(gridFromRows("様式", rowRoleForm([], 4)));
    expect(model.tables).toHaveLength(1);
    const [table] = model.tables;
    expect(table.indicators).toEqual([]);
    expect(table.unfilled).toHaveLength(4);
    const first = table.unfilled?.[0];
    expect(first?.periods.map((p) => [p.label, p.fiscalYear, p.cells.target?.address])).toEqual([
      ["2024年度", 2024, "C4"],
      ["2025年度", 2025, "D4"],
      ["2026年度", 2026, "E4"],
    ]);
    expect(first?.periods[0].cells.actual?.address).toBe("C5");
    expect(first?.periods[0].cells.rate?.address).toBe("C6");
    expect(runChecks(model)).toEqual([]);
    expect(toFillLine({ tables: 1, indicators: 0, unfilled: 4 }, "ja")).toBe("評価表 1 件（記入前の指標 4）");
  });

  it("partly filled, keeps its slots apart: only the filled indicators are checked and counted", () => {
    const model = detectTables(
      gridFromRows(
        "様式",
        rowRoleForm(
          [
            [100, 90],
            [50, 60],
          ],
          3,
        ),
      ),
    );
    const [table] = model.tables;
    expect(table.indicators.map((i) => i.name)).toEqual(["指標1", "指標2"]);
    expect(table.unfilled).toHaveLength(3);
    expect(indicatorsInSheetOrder(table).map((e) => e.filled)).toEqual([true, true, false, false, false]);
    expect(runChecks(model).filter((f) => f.severity === "error")).toEqual([]);
    expect(toFillLine({ tables: 1, indicators: 2, unfilled: 3 }, "en")).toBe(
      "Evaluation tables: 1 (2 indicators, 3 to fill in)",
    );
  });

  it("with one row per indicator, is a table where the empty rows already hold their formulas", () => {
    const model = detectTables(columnRoleForm(3, true));
    expect(model.tables.map((t) => [t.indicators.length, t.unfilled?.length])).toEqual([[0, 3]]);
    expect(model.tables[0].unfilled?.[2].periods[0].cells.rate?.address).toBe("D4");
  });

  it("is nothing without that structure: a bare column header, a role word far below a header", () => {
    expect(detectTables(columnRoleForm(3, false)).tables).toEqual([]);
    const far: CellValue[][] = [["項目", "R6", "R7"], [], [], ["備考"], ["目標"], ["実績"]];
    expect(detectTables(gridFromRows("メモ", far)).tables).toEqual([]);
  });
});

describe("the words", () => {
  it("say nothing of tables without slots", () => {
    expect(toFillLine({ tables: 2, indicators: 5, unfilled: 0 }, "ja")).toBeNull();
    expect(toFillLine({ tables: 0, indicators: 0, unfilled: 0 }, "en")).toBeNull();
  });
});
