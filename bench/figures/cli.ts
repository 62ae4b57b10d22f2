/**
 * On a 10,000-indicator .xlsx, each side a whole command (a fresh Node process, start-up counted):
 * cli.10k_ratio: `kpi-check --json` ÷ ExcelJS reading the file alone; cli.10k_floor_ratio: kpi-check ÷ a
 * bare inflate + SAX pass over the same sheet parts (bench/floor.cjs); fix.10k_ratio: `kpi-check --json
 * --fix -o OUT` (the surgical writer) ÷ the check alone. Peak memory is printed.
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
  ids: ["cli.10k_ratio", "cli.10k_floor_ratio", "fix.10k_ratio"],
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
      const floorRun = [...peak, "bench/floor.cjs", file];
      const fixRun = [...ours, "--fix", "-o", path.join(dir, "fixed.xlsx"), "--force"];
      for (const warm of [excelOnly, ours, floorRun, fixRun]) runCommand(warm);
      const a: number[] = [];
      const b: number[] = [];
      const floors: number[] = [];
      const fixes: number[] = [];
      let peakOurs = 0;
      let peakExcel = 0;
      let peakFix = 0;
      for (let i = 0; i < RUNS; i++) {
        const e = runCommand(excelOnly);
        const k = runCommand(ours);
        const f = runCommand(floorRun);
        const x = runCommand(fixRun);
        a.push(e.ms);
        b.push(k.ms);
        floors.push(f.ms);
        fixes.push(x.ms);
        peakExcel = Math.max(peakExcel, e.peakMb);
        peakOurs = Math.max(peakOurs, k.peakMb);
        peakFix = Math.max(peakFix, x.peakMb);
      }
      const excel = summarize(a);
      const kpi = summarize(b);
      const floor = summarize(floors);
      const fix = summarize(fixes);
      const ratio = kpi.median / excel.median;
      const floorRatio = kpi.median / floor.median;
      const fixRatio = fix.median / kpi.median;
      return [
        {
          id: "cli.10k_ratio",
          what: `kpi-check --json ÷ ExcelJS read alone, ${INDICATORS.toLocaleString("en-US")} indicators`,
          goal: "≤ 0.6×",
          value: ratio,
          unit: "×",
          detail: `kpi-check ${kpi.median.toFixed(0)} ms (${kpi.min.toFixed(0)}–${kpi.max.toFixed(0)}), peak ${peakOurs.toFixed(0)} MB; ExcelJS ${excel.median.toFixed(0)} ms (${excel.min.toFixed(0)}–${excel.max.toFixed(0)}), peak ${peakExcel.toFixed(0)} MB`,
          met: ratio <= 0.6,
        },
        {
          id: "cli.10k_floor_ratio",
          what: "kpi-check --json ÷ bare inflate + SAX over the same sheet parts (bench/floor.cjs)",
          goal: "≤ 3×",
          value: floorRatio,
          unit: "×",
          detail: `floor ${floor.median.toFixed(0)} ms (${floor.min.toFixed(0)}–${floor.max.toFixed(0)})`,
          met: floorRatio <= 3,
        },
        {
          id: "fix.10k_ratio",
          what: "kpi-check --json --fix -o OUT ÷ the check alone, 10,000 indicators (122,300 cells fixed)",
          goal: "≤ 1.5×",
          value: fixRatio,
          unit: "×",
          detail: `--fix ${fix.median.toFixed(0)} ms (${fix.min.toFixed(0)}–${fix.max.toFixed(0)}), peak ${peakFix.toFixed(0)} MB`,
          met: fixRatio <= 1.5,
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
