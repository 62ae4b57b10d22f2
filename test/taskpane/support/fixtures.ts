/**
 * A small sheet in 004's layout and the report the checker gives for it, so component tests exercise the
 * views without depending on the checker's rules (the checker has its own tests).
 */
import type { CellValue } from "../../../src/core/grid";
import type { Checker } from "../../../src/taskpane/checking/checker";
import { abortError } from "../../../src/taskpane/checking/checker";
import type { PaneReport } from "../../../src/taskpane/checking/report";

export const SHEET = "取組状況";

export const ROWS: CellValue[][] = [
  ["No.", "成果指標", "区分", "R3", "R4", "R5"],
  ["No.1", "相談件数", "目標", "1,600件", "1,700件", "1,800件"],
  [null, null, "実績", "3,350件", "3,437件", "集計中"],
  [null, null, "結果", "達成", "達成", { error: "#VALUE!" }],
  [null, null, "達成率", "209.4%", 2.022, { error: "#VALUE!" }],
  ["No.2", "創業件数", "目標", "20件", "20件", "20件"],
  [null, null, "実績", "16件", "12件", "18件"],
  [null, null, "結果", "概ね達成", "未達成", "概ね達成見込み"],
  [null, null, "達成率", 0.8, 0.6, 0.9],
];

export const REPORT: PaneReport = {
  sheets: [SHEET],
  tables: [
    {
      id: "t1",
      sheet: SHEET,
      range: "A1:F9",
      layout: "目標・実績・結果・達成率の行",
      reading: "読み取り: 目標 6・実績 6・達成率 6・評価 6｜期間 R3・R4・R5｜確度 100%",
      unfilled: 0,
      headerRows: [0],
      indicators: [
        {
          id: "No.1",
          name: "相談件数",
          periods: [
            { label: "R3", projected: false, status: "達成", actual: 3350 },
            { label: "R4", projected: false, status: "達成", actual: 3437 },
            { label: "R5", projected: true, status: "集計中", actual: null },
          ],
        },
        {
          id: "No.2",
          name: "創業件数",
          periods: [
            { label: "R3", projected: false, status: "概ね達成", actual: 16 },
            { label: "R4", projected: false, status: "未達成", actual: 12 },
            { label: "R5", projected: true, status: "概ね達成見込み", actual: 18 },
          ],
        },
      ],
      cells: {
        numbers: [
          { address: "D2", text: "1,600件" },
          { address: "D3", text: "3,350件" },
        ],
        rates: [
          { address: "D5", text: "209.4%" },
          { address: "E5", text: null },
        ],
        statuses: ["D4", "E4", "F4", "D8", "E8", "F8"],
      },
    },
  ],
  findings: [
    {
      id: "f1",
      rule: "error-value",
      severity: "error",
      kind: "fix",
      sheet: SHEET,
      cell: "F4",
      cells: ["F4"],
      tableId: "t1",
      code: "rules.error-value",
      params: { cell: "F4", indicator: "No.1 相談件数", period: "R5", found: "#VALUE!", expected: "集計中" },
      found: "#VALUE!",
      expected: "集計中",
      fix: [{ sheet: SHEET, address: "F4", value: "集計中" }],
    },
    {
      id: "f2",
      rule: "error-value",
      severity: "error",
      kind: "fix",
      sheet: SHEET,
      cell: "F5",
      cells: ["F5"],
      tableId: "t1",
      code: "rules.error-value",
      params: { cell: "F5", indicator: "No.1 相談件数", period: "R5", found: "#VALUE!", expected: "" },
      found: "#VALUE!",
      expected: "",
      fix: [{ sheet: SHEET, address: "F5", value: null }],
    },
    {
      id: "f3",
      rule: "text-number",
      severity: "info",
      kind: "advice",
      sheet: SHEET,
      cell: "D2",
      cells: ["D2"],
      tableId: "t1",
      code: "rules.number-as-text",
      params: { cell: "D2", cells: "D2, E2, F2", count: 3, found: "1,600件" },
    },
  ],
  summaries: [],
};

/** An checker that reports two progress steps, then the given report (or, after a fix, a clean one). */
export function fixedChecker(report: (call: number) => PaneReport): Checker & { calls: number } {
  const checker = {
    calls: 0,
    async check(
      _request: unknown,
      onProgress: (p: { done: number; total: number }) => void,
      signal: AbortSignal,
    ) {
      const call = checker.calls++;
      onProgress({ done: 0, total: 2 });
      await new Promise((r) => setTimeout(r, 0));
      if (signal.aborted) throw abortError();
      onProgress({ done: 2, total: 2 });
      return report(call);
    },
  };
  return checker;
}

/** An checker that never finishes until aborted (to test cancel). */
export const hangingChecker: Checker = {
  check: (_request, onProgress, signal) =>
    new Promise((_resolve, reject) => {
      onProgress({ done: 1, total: 10 });
      signal.addEventListener("abort", () => reject(abortError()));
    }),
};

export const EMPTY_REPORT: PaneReport = { sheets: [SHEET], tables: [], findings: [], summaries: [] };
export const CLEAN_REPORT: PaneReport = { ...REPORT, findings: [] };
