/**
 * merge.50_files: `kpi-check merge --json` of 50 returned workbooks of 20 indicators each (a department's rows
 * of the master, their 集計中 actuals filled) into a 1,000-indicator master, as a whole command (a fresh Node
 * process, start-up counted): wall time and peak resident memory.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CellValue } from "../../src/core";
import type { Figure, FigureResult } from "../figure";
import { kpiRows, writeKpiWorkbook } from "../generate";
import { summarize } from "../measure";

const MASTER_INDICATORS = 1_000;
const FILES = 50;
const PER_FILE = 20;
const ROWS_PER_INDICATOR = 4;
const RUNS = 3;

/** Indicators `first`…`first + count - 1` of the master (1-based) with every 集計中 actual filled with its target. */
function returnedRows(master: CellValue[][], first: number, count: number): CellValue[][] {
  const start = 1 + (first - 1) * ROWS_PER_INDICATOR;
  const body = master.slice(start, start + count * ROWS_PER_INDICATOR);
  const filled = body.map((row, r) => row.map((v, c) => (v === "集計中" ? body[r - 1][c] : v)));
  return [master[0], ...filled];
}

export const mergeFigure: Figure = {
  ids: ["merge.50_files"],
  budget: false,
  async run(): Promise<FigureResult[]> {
    const dir = mkdtempSync(path.join(tmpdir(), "kpi-bench-merge-"));
    try {
      const masterFile = path.join(dir, "master.xlsx");
      await writeKpiWorkbook(masterFile, MASTER_INDICATORS);
      const master = kpiRows(MASTER_INDICATORS);
      const returned: string[] = [];
      for (let f = 0; f < FILES; f++) {
        const file = path.join(dir, `returned-${f + 1}.xlsx`);
        await writeKpiWorkbook(file, PER_FILE, undefined, returnedRows(master, f * PER_FILE + 1, PER_FILE));
        returned.push(file);
      }
      const times: number[] = [];
      let peakMb = 0;
      let merged = 0;
      for (let i = 0; i < RUNS; i++) {
        const out = path.join(dir, `out-${i}.xlsx`);
        const args = [
          "--require",
          path.resolve("bench/peak-rss.cjs"),
          "bin/kpi-check.js",
          "merge",
          masterFile,
        ];
        const start = performance.now();
        const result = spawnSync(process.execPath, [...args, ...returned, "-o", out, "--json"], {
          encoding: "utf8",
          maxBuffer: 1 << 30,
        });
        times.push(performance.now() - start);
        if (result.status !== 0 && result.status !== 1) throw new Error(`merge failed: ${result.stderr}`);
        merged = (JSON.parse(result.stdout) as { merged: unknown[] }).merged.length;
        const peak = /PEAK_RSS_KB=(\d+)/.exec(result.stderr);
        peakMb = Math.max(peakMb, peak ? Number(peak[1]) / 1024 : NaN);
      }
      const time = summarize(times);
      return [
        {
          id: "merge.50_files",
          what: `kpi-check merge: ${FILES} files × ${PER_FILE} indicators into ${MASTER_INDICATORS.toLocaleString("en-US")}`,
          goal: "< 5 s, < 500 MB",
          value: time.median / 1000,
          unit: "s",
          min: time.min / 1000,
          max: time.max / 1000,
          detail: `peak ${peakMb.toFixed(0)} MB, ${merged} cells merged`,
          met: time.median < 5000 && peakMb < 500,
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
