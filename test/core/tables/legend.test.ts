/**
 * A legend of bands written on the sheet (`B+ … 80%以上100%未満`) is the scheme the sheet's tables are judged
 * by when the settings keep the default bands; a sheet without one keeps the defaults, and statuses of
 * another scheme are then reported as found, not judged.
 */
import { gridFromRows, type CellValue } from "../../../src/core/grid";
import { checkModel, detectTables, readKpiTable, withDefaults } from "../../../src/core";

const TABLE: CellValue[][] = [
  ["指標名", "令和5年度目標", "令和5年度実績", "令和5年度達成率", "令和5年度評価"],
  ["相談件数", 100, 105, "105.0%", "A"],
  ["講座参加者数", 100, 85, "85.0%", "B+"],
  ["登録団体数", 100, 70, "70.0%", "A"],
];
const LEGEND: CellValue[][] = [
  [],
  ["【評価の基準】"],
  ["A … 達成率100%以上"],
  ["B+ … 80%以上100%未満"],
  ["B … 60%以上80%未満"],
  ["C … 60%未満"],
];

test("a legend's labels and thresholds judge the statuses: only the wrong one is a mismatch", () => {
  const model = detectTables(gridFromRows("評価", [...TABLE, ...LEGEND]));
  expect(model.tables[0].legend).toEqual({ labels: ["A", "B+", "B", "C"], thresholds: [1, 0.8, 0.6] });
  const { findings, evaluations } = checkModel(model);
  const mismatches = findings.filter((f) => f.rule === "status-mismatch");
  expect(mismatches.map((f) => [f.cell, f.expected])).toEqual([["E4", "B"]]);
  const reading = readKpiTable(model.tables[0], evaluations, withDefaults());
  expect(reading.bands).toEqual({
    labels: ["A", "B+", "B", "C"],
    thresholds: [1, 0.8, 0.6],
    source: "legend",
  });
});

test("without a legend, statuses are read in the scheme their words belong to (A/B+/B/C) and not judged", () => {
  const model = detectTables(gridFromRows("評価", TABLE));
  expect(model.tables[0].legend).toBeUndefined();
  const { findings, evaluations } = checkModel(model);
  expect(findings.filter((f) => f.rule === "status-mismatch")).toEqual([]);
  expect(readKpiTable(model.tables[0], evaluations, withDefaults()).bands).toEqual({
    labels: ["A", "B+", "B", "C"],
    thresholds: null,
    source: "statuses",
  });
});
