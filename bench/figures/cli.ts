/**
 * cli.10k_ratio: `kpi-check --json` on a 10,000-indicator .xlsx vs ExcelJS reading the same file alone, both as
 * whole commands (a fresh Node process each), so start-up is counted on both sides. Peak memory is printed.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import type { Figure, FigureResult } from "../figure";
import { writeKpiWorkbook } from "../generate";
import { summarize } from "../measure";

const INDICATORS = 10_000;
const RUNS = 5;

/** Wall time (ms) and peak resident memory (MB, reported by bench/peak-rss.cjs) of one Node command. */
function runCommand(args: string[]): { ms: number; peakMb: number } {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
  const peak = /PEAK_RSS_KB=(\d+)/.exec(result.stderr ?? "");
  return { ms, peakMb: peak ? Number(peak[1]) / 1024 : NaN };
}

export const cliFigure: Figure = {
  ids: ["cli.10k_ratio"],
  budget: false,
  async run(): Promise<FigureResult[]> {
    const dir = mkdtempSync(path.join(tmpdir(), "kpi-bench-"));
    try {
      const file = path.join(dir, "10k.xlsx");
      await writeKpiWorkbook(file, INDICATORS);
      const peak = ["--require", path.resolve("bench/peak-rss.cjs")];
      const excelOnly = [
        ...peak,
        "-e",
        `new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(file)})`,
      ];
      const ours = [...peak, "bin/kpi-check.js", file, "--json"];
      runCommand(excelOnly);
      runCommand(ours);
      const a: number[] = [];
      const b: number[] = [];
      let peakOurs = 0;
      let peakExcel = 0;
      for (let i = 0; i < RUNS; i++) {
        const e = runCommand(excelOnly);
        const k = runCommand(ours);
        a.push(e.ms);
        b.push(k.ms);
        peakExcel = Math.max(peakExcel, e.peakMb);
        peakOurs = Math.max(peakOurs, k.peakMb);
      }
      const excel = summarize(a);
      const kpi = summarize(b);
      const ratio = kpi.median / excel.median;
      return [
        {
          id: "cli.10k_ratio",
          what: `kpi-check --json ÷ ExcelJS read alone, ${INDICATORS.toLocaleString("en-US")} indicators`,
          goal: "≤ 1.3×",
          value: ratio,
          unit: "×",
          detail: `kpi-check ${kpi.median.toFixed(0)} ms (${kpi.min.toFixed(0)}–${kpi.max.toFixed(0)}), peak ${peakOurs.toFixed(0)} MB; ExcelJS ${excel.median.toFixed(0)} ms (${excel.min.toFixed(0)}–${excel.max.toFixed(0)}), peak ${peakExcel.toFixed(0)} MB`,
          met: ratio <= 1.3,
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
