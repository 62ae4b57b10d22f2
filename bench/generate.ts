/**
 * Inputs the benchmark generates: a 進捗管理表 (004 layout) of N indicators, 4 rows each, 12 columns
 * (No. / 単位施策No. / 単位施策 / 成果指標 / 年度 / R3…R8 / 反映), typed as cities type them: targets and actuals as
 * text with units, one indicator in five still 集計中 in its last year (published as #VALUE!, as in 004), published
 * rates and statuses as a careful official would write them, and about one in a hundred of those mistyped.
 */
import ExcelJS from "exceljs";
import {
  achievementRate,
  classifyStatus,
  formatRate,
  gridFromRows,
  type CellValue,
  type Grid,
} from "../src/core";

const UNITS = ["件", "人", "社", "店", "事業", "千円"];
const PERIODS = ["R3", "R4", "R5", "R6", "R7", "R8"];

/** A deterministic pseudo-random sequence so every run measures the same sheet. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const withUnit = (n: number, unit: string) => `${n.toLocaleString("en-US")}${unit}`;

/** What the official publishes for one period: [status, rate], or #VALUE! where a hand formula divided text. */
function published(actual: string, target: string, mistype: boolean): [CellValue, CellValue] {
  const rate = achievementRate(actual, target);
  if (rate.kind !== "rate") return [{ error: "#VALUE!" }, { error: "#VALUE!" }];
  const status = classifyStatus(rate);
  const shown = formatRate(rate.ratio);
  return mistype ? ["達成", shown] : [status.label, shown];
}

export function kpiRows(indicators: number): CellValue[][] {
  const random = lcg(indicators);
  const rows: CellValue[][] = [["No.", "単位施策No.", "単位施策", "成果指標", "年度", ...PERIODS, "反映"]];
  for (let i = 1; i <= indicators; i++) {
    const unit = UNITS[i % UNITS.length];
    const targets = PERIODS.map((_, p) => withUnit(100 + ((i * 7 + p * 13) % 900), unit));
    const actuals = targets.map((t, p) =>
      p === PERIODS.length - 1 && i % 5 === 0
        ? "集計中"
        : withUnit(Math.round(parseInt(t.replace(/,/g, ""), 10) * (0.5 + random())), unit),
    );
    const pubs = actuals.map((a, p) => published(a, targets[p], random() < 0.01));
    rows.push([i, `I-${i}`, `単位施策${i}`, `成果指標${i}`, "目標", ...targets, "コメント"]);
    rows.push([null, null, null, null, "実績", ...actuals, null]);
    rows.push([null, null, null, null, "結果", ...pubs.map(([status]) => status), null]);
    rows.push([null, null, null, null, "達成率", ...pubs.map(([, rate]) => rate), null]);
  }
  return rows;
}

export function kpiGrid(indicators: number, sheet = "進捗管理表"): Grid {
  return gridFromRows(sheet, kpiRows(indicators));
}

/** Writes `kpiRows(indicators)` (or the `rows` given) as an .xlsx file (text cells as typed, #VALUE! as real error cells). */
export async function writeKpiWorkbook(
  file: string,
  indicators: number,
  sheet = "進捗管理表",
  rows: CellValue[][] = kpiRows(indicators),
): Promise<void> {
  const book = new ExcelJS.Workbook();
  const worksheet = book.addWorksheet(sheet);
  for (const row of rows) {
    worksheet.addRow(row.map((v) => (v !== null && typeof v === "object" ? { error: v.error } : v)));
  }
  await book.xlsx.writeFile(file);
}

/**
 * `kpiRows(indicators)` as an .xlsx written row by row by ExcelJS's streaming writer (shared strings): a
 * workbook of millions of cells without holding ExcelJS's model of it (100,000 indicators are 4.8 M cells).
 */
export async function writeLargeKpiWorkbook(
  file: string,
  indicators: number,
  sheet = "進捗管理表",
): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const worksheet = book.addWorksheet(sheet);
  for (const row of kpiRows(indicators)) {
    worksheet.addRow(row.map((v) => (v !== null && typeof v === "object" ? { error: v.error } : v))).commit();
  }
  worksheet.commit();
  await book.commit();
}
