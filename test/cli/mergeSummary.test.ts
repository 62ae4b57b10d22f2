/** kpi-check merge's text summary: one line per returned file, its conflicts and unmatched indicators under it. */
import type { MergeConflict, MergePlan } from "../../src/core";
import { mergeSummary } from "../../src/cli/mergeCommand";

const conflict = (master: MergeConflict["master"], returned: MergeConflict["returned"]): MergeConflict => ({
  file: "観光課.xlsx",
  sheet: "進捗管理表",
  indicator: "No.5",
  period: null,
  cell: "B18",
  masterFormat: null,
  returnedFormat: null,
  role: "name",
  master,
  returned,
  reason: "nameChanged",
  taken: false,
});

test("a quoted cell text is cut at 80 characters and its invisible characters are shown", () => {
  const long = "観".repeat(100);
  const plan: MergePlan = {
    merged: [],
    conflicts: [conflict("来訪者数\u200b", long)],
    unmatched: [{ file: "観光課.xlsx", indicator: "No.31 新規\u202e指標", reason: "notInMaster" }],
  };
  const lines = mergeSummary(plan, ["観光課.xlsx"], "ja").trimEnd().split("\n");
  expect(lines).toEqual([
    "観光課.xlsx: 0 セル取り込み、衝突 1、元表にない指標 1",
    `  衝突 進捗管理表!B18 No.5: 元表「来訪者数\\u{200B}」／戻り「${"観".repeat(80)}…」（指標名の変更）`,
    "  取り込めない No.31 新規\\u{202E}指標（元表にない指標）",
  ]);
});

test("values are quoted as their sheets show them, each under its own cell's number format", () => {
  const rate: MergeConflict = {
    ...conflict(0.75, 0.8),
    role: "rate",
    period: "R6",
    cell: "F20",
    reason: "valueChanged",
    masterFormat: "0.0%",
    returnedFormat: "0.0%",
  };
  const count: MergeConflict = {
    ...conflict(1600, 1650),
    role: "actual",
    period: "R6",
    cell: "F19",
    reason: "valueChanged",
    masterFormat: '#,##0"件"',
    returnedFormat: null,
  };
  const plan: MergePlan = { merged: [], conflicts: [rate, count], unmatched: [] };
  const lines = mergeSummary(plan, ["観光課.xlsx"], "en").trimEnd().split("\n");
  expect(lines.slice(1)).toEqual([
    "  conflict 進捗管理表!F20 No.5 R6: master “75.0%” / returned “80.0%” (value differs from the master)",
    "  conflict 進捗管理表!F19 No.5 R6: master “1,600件” / returned “1650” (value differs from the master)",
  ]);
});
