import { DEFAULT_CHECK_SETTINGS } from "../../../../src/core/rules";
import { cleanRows, COL, gridOf, gridWith, ROW } from "../clean-table";
import { findingsOf, firesAt } from "./firing";

test("達成 for a 90% rate fires at F10 and is fixed to 概ね達成", () => {
  const f = firesAt(gridWith(ROW.status, COL.R4, "達成"), "status-mismatch", "F10");
  expect(f.fix?.[0].value).toBe("概ね達成");
});

test("a projected period's plain 達成 fires at G10 and expects 達成見込み", () => {
  expect(firesAt(gridWith(ROW.status, COL.R5, "達成"), "status-mismatch", "G10").expected).toBe("達成見込み");
});

test("settings can mark a period projected that the sheet does not", () => {
  const rows = cleanRows();
  rows[0] = [];
  rows[ROW.status][COL.R5] = "達成";
  expect(findingsOf(gridOf(rows), "status-mismatch")).toEqual([]);
  const projected = findingsOf(gridOf(rows), "status-mismatch", { projectedPeriods: ["令和5年度"] });
  expect(projected.map((f) => [f.cell, f.expected])).toEqual([["G10", "達成見込み"]]);
});

test("without a note, the statuses' own 見込み say which period is projected; the odd label out is flagged", () => {
  const rows = cleanRows();
  rows[0] = [];
  rows.push(
    [2, "相談支援", "来場者数", "目標", 10, 10, 10, 30],
    [null, null, null, "実績", 10, 10, 10, 30],
    [null, null, null, "結果", "達成", "達成", "達成見込み"],
    [3, "相談支援", "参加者数", "目標", 10, 10, 10, 30],
    [null, null, null, "実績", 10, 10, 10, 30],
    [null, null, null, "結果", "達成", "達成見込み", "達成"],
  );
  const flagged = findingsOf(gridOf(rows), "status-mismatch");
  expect(flagged.map((f) => [f.cell, f.found, f.expected])).toEqual([
    ["F17", "達成見込み", "達成"],
    ["G17", "達成", "達成見込み"],
  ]);
});

test("banding on the displayed rate: 9,999 / 10,000 is then 達成", () => {
  const rows = cleanRows();
  rows[ROW.target][COL.R3] = 10000;
  rows[ROW.actual][COL.R3] = 9999;
  rows[ROW.target][COL.total] = 10270;
  rows[ROW.actual][COL.total] = 10270;
  rows[ROW.rate][COL.R3] = 0.9999;
  rows[ROW.rate][COL.total] = 1;
  const exact = findingsOf(gridOf(rows), "status-mismatch");
  expect(exact.map((f) => f.expected)).toEqual(["概ね達成"]);
  expect(findingsOf(gridOf(rows), "status-mismatch", { banding: "rounded" })).toEqual([]);
});

test("custom bands: A/B/C labels with other thresholds", () => {
  const rows = cleanRows();
  rows[ROW.status].splice(COL.R3, 3, "A", "B", "A見込み");
  const bands = { ...DEFAULT_CHECK_SETTINGS.bands, labels: ["A", "B", "C"] };
  expect(findingsOf(gridOf(rows), "status-mismatch", { bands })).toEqual([]);
});
