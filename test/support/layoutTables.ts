/**
 * A table detection misses, as a prefectural 指標総括表 keeps it: two unlabeled rows per indicator (target
 * above, actual below) under a header that does not say which row is which (the sheet's footnote or the
 * staff's habit says it), and the reading that reads it. With the header note `目標値(上段)・実績値(下段)`
 * detection reads the same table by itself.
 */
import { gridFromRows, type CellValue, type Grid } from "../../src/core/grid";

export const SUMMARY_SHEET = "指標総括表";

/** Each indicator: name, unit, baseline, targets R3–R6, actuals R3–R6 (an empty string: not yet). */
export const SUMMARY_INDICATORS: readonly [string, string, number, CellValue[], CellValue[]][] = [
  ["観光入込客数", "万人", 520, [560, 580, 600, 620], [548, 571, "集計中", null]],
  ["待機児童数", "人", 45, [30, 20, 10, 0], [38, 25, 12, null]],
  ["市民活動団体数", "団体", 110, [120, 125, 130, 135], [122, 131, 128, null]],
  ["公共施設の耐震化率", "%", 0.81, [0.85, 0.88, 0.92, 0.95], [0.86, 0.9, 0.91, null]],
];

/** The header over the period columns: it names no role (detection misses the table). */
export const UNSAID_NOTE = "年度別の数値";
export const STACKED_NOTE = "目標値(上段)・実績値(下段)";

export function summaryRows(note = UNSAID_NOTE): CellValue[][] {
  const rows: CellValue[][] = [
    [SUMMARY_SHEET],
    [],
    ["番号", "指標名", "単位", "基準値", note, null, null, null, "備考"],
    [null, null, null, null, "R3", "R4", "R5", "R6", null],
  ];
  SUMMARY_INDICATORS.forEach(([name, unit, baseline, targets, actuals], k) => {
    rows.push([k + 1, name, unit, baseline, ...targets, null]);
    rows.push([null, null, null, null, ...actuals, k === 0 ? "R5は集計中" : null]);
  });
  return rows;
}

/** The same table turned on its side: periods down column D (R3–R6 in rows 5–8), two columns per indicator. */
export function sidewaysRows(): CellValue[][] {
  const rows = summaryRows();
  const width = Math.max(...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, c) => rows.map((r) => r[c] ?? null));
}

export function summaryGrid(note = UNSAID_NOTE): Grid {
  const grid = gridFromRows(SUMMARY_SHEET, summaryRows(note));
  return { ...grid, merges: [{ row: 2, col: 4, rowCount: 1, colCount: 4 }] };
}

/** The reading of the table, as the issue writes it. */
export const SUMMARY_LAYOUT = {
  version: 1,
  tables: [
    {
      sheet: SUMMARY_SHEET,
      range: "A3:I12",
      periods: "E4:H4",
      blocks: { first: 5, size: 2, roles: { target: 0, actual: 1 } },
      name: "B",
      unit: "C",
      baseline: "D",
      direction: "up",
      rounding: "half-up",
      rateScale: "fraction",
      bands: { thresholds: [1, 0.8], labels: ["達成", "概ね達成", "未達成"] },
    },
  ],
};

/** A table detection reads (role labels in column B), with a rate that is wrong (C6) and a status that is (D7). */
export function detectedRows(): CellValue[][] {
  return [
    ["成果指標一覧"],
    ["指標名", "区分", "R3", "R4", "R5"],
    ["相談件数", "目標", 100, 110, 120],
    [null, "実績", 95, 120, "集計中"],
    [null, "達成率", 0.95, 1.2, null],
    [null, "結果", "概ね達成", "未達成", "集計中"],
    ["創業件数", "目標", 10, 12, 14],
    [null, "実績", 12, 9, 15],
    [null, "達成率", 1.2, 0.75, 1.071],
    [null, "結果", "達成", "未達成", "達成見込み"],
  ];
}
