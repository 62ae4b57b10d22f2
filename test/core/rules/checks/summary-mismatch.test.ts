import { gridFromRows, type CellValue } from "../../../../src/core/grid";
import { runChecks } from "../../../../src/core/rules";
import { detectTables } from "../../../../src/core/tables";
import { gridWith } from "../clean-table";
import { firesAt } from "./firing";

test("a summary the table does not reproduce fires at B2, saying how it was counted and what differs", () => {
  const { message } = firesAt(gridWith(2, 1, "0件"), "summary-mismatch", "B2");
  expect(message.en).toContain("does not match the table. Counting");
  expect(message.en).toContain("per indicator gives");
  expect(message.en).toMatch(/what differs: .*\(sheet \d+, table \d+\)/);
  expect(message.ja).not.toContain("試した数え方");
});

describe("a table with rows still to fill", () => {
  /** Two indicators written in (達成, 未達成) and three empty rows, under a summary stating `counts`. */
  function sheet(counts: readonly [number, number, number, number]) {
    const [total, achieved, notAchieved, pending] = counts;
    const rows: CellValue[][] = [
      ["成果指標全体", total],
      ["達成", achieved],
      ["未達成", notAchieved],
      ["集計中等", pending],
      [],
      ["指標名", "項目", "R6"],
      ["指標1", "目標", 100],
      [null, "実績", 110],
      [null, "結果"],
      ["指標2", "目標", 100],
      [null, "実績", 50],
      [null, "結果"],
    ];
    for (let i = 0; i < 3; i++) rows.push([null, "目標"], [null, "実績"], [null, "結果"]);
    return detectTables(gridFromRows("様式", rows));
  }
  const mismatches = (counts: readonly [number, number, number, number]) =>
    runChecks(sheet(counts)).filter((f) => f.rule === "summary-mismatch");

  it("agrees with a summary of the rows written in, and with one counting the empty rows as pending", () => {
    expect(sheet([2, 1, 1, 0]).tables[0].unfilled).toHaveLength(3);
    expect(mismatches([2, 1, 1, 0])).toEqual([]);
    expect(mismatches([5, 1, 1, 3])).toEqual([]);
  });

  it("still fires on a summary neither reproduces, naming the nearer way of counting and only what differs", () => {
    const [found] = mismatches([4, 1, 1, 2]);
    expect(found.message.ja).toContain("行ごとに（記入前の行は集計中等として）数えると「5 = 1 + 1 + 3」");
    expect(found.message.ja).toContain("合計（シート 4、表 5）、集計中等（シート 2、表 3）が違います");
    expect(found.message.en).not.toContain("achieved (sheet");
  });
});
