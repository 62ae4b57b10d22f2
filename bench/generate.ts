/**
 * Inputs the benchmark generates: a 進捗管理表 (004 layout) of N indicators, 4 rows each, 12 columns
 * (No. / 単位施策No. / 単位施策 / 成果指標 / 年度 / R3…R8 / コメント), values typed as cities type them.
 */
import { gridFromRows, type CellValue, type Grid } from "../src/core";

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

export function kpiRows(indicators: number): CellValue[][] {
  const random = lcg(indicators);
  const rows: CellValue[][] = [["No.", "単位施策No.", "単位施策", "成果指標", "年度", ...PERIODS, "反映"]];
  for (let i = 1; i <= indicators; i++) {
    const unit = UNITS[i % UNITS.length];
    const targets = PERIODS.map((_, p) => 100 + ((i * 7 + p * 13) % 900));
    const actuals: CellValue[] = targets.map((t, p) =>
      p === PERIODS.length - 1 && i % 5 === 0 ? "集計中" : withUnit(Math.round(t * (0.5 + random())), unit),
    );
    const rates = actuals.map(
      (a, p) =>
        (typeof a === "string" && a === "集計中" ? { error: "#VALUE!" } : null) ??
        `${((parseFloat(String(a).replace(/,/g, "")) / targets[p]) * 100).toFixed(1)}%`,
    );
    rows.push([
      i,
      `I-${i}`,
      `単位施策${i}`,
      `成果指標${i}`,
      "目標",
      ...targets.map((t) => withUnit(t, unit)),
      "コメント",
    ]);
    rows.push([null, null, null, null, "実績", ...actuals, null]);
    rows.push([null, null, null, null, "結果", ...actuals.map(() => "達成"), null]);
    rows.push([null, null, null, null, "達成率", ...rates, null]);
  }
  return rows;
}

export function kpiGrid(indicators: number, sheet = "進捗管理表"): Grid {
  return gridFromRows(sheet, kpiRows(indicators));
}
