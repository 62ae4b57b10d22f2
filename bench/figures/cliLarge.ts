/**
 * cli.5m_cells: `kpi-check --json` on a 100,000-indicator 進捗管理表 (400,001 × 12 = 4.8 M cells, within
 * Excel on the web's 5 M-cell limit), a whole command: wall time, CPU time and peak resident memory
 * (bench/peak-rss.cjs). The goal is the memory: < 1 GB. Not a CI budget: it takes about a minute.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import type { Figure, FigureResult } from "../figure";
import { writeLargeKpiWorkbook } from "../generate";

const INDICATORS = 100_000;
const GOAL_MB = 1024;

export const cliLargeFigure: Figure = {
  ids: ["cli.5m_cells"],
  budget: false,
  async run(): Promise<FigureResult[]> {
    const dir = mkdtempSync(path.join(tmpdir(), "kpi-bench-"));
    try {
      const file = path.join(dir, "100k.xlsx");
      await writeLargeKpiWorkbook(file, INDICATORS);
      const peak = path.resolve("bench/peak-rss.cjs");
      const start = performance.now();
      const result = spawnSync(process.execPath, ["--require", peak, "bin/kpi-check.js", file, "--json"], {
        encoding: "utf8",
        maxBuffer: 1 << 30,
      });
      const ms = performance.now() - start;
      if (result.status !== 0 && result.status !== 1) throw new Error(`kpi-check failed: ${result.stderr}`);
      const tables = (JSON.parse(result.stdout) as { files: { tables: unknown[] }[] }).files[0].tables.length;
      if (tables === 0) throw new Error("the 100,000-indicator sheet was not checked");
      const peakMb = Number(/PEAK_RSS_KB=(\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
      const cpuMs = Number(/CPU_MS=(\d+)/.exec(result.stderr)?.[1] ?? NaN);
      return [
        {
          id: "cli.5m_cells",
          what: `kpi-check --json on ${INDICATORS.toLocaleString("en-US")} indicators (4.8 M cells): peak memory`,
          goal: "< 1 GB",
          value: peakMb,
          unit: "MB",
          detail: `wall ${(ms / 1000).toFixed(1)} s, CPU ${(cpuMs / 1000).toFixed(1)} s`,
          met: peakMb < GOAL_MB,
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
