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
