/**
 * check.10k_ms / check.10k_heap_mb: detectTables + runChecks on a 10,000-indicator sheet (≈ 40,000 × 12),
 * also at 1,000 and 100,000 indicators, printing how time and memory grow. The growth factor is a CI budget:
 * 1k → 100k more than 150× slower (fastest runs) means worse than linear.
 */
import { runChecks } from "../../src/core/rules";
import { detectTables } from "../../src/core/tables";
import type { Figure, FigureResult } from "../figure";
import { kpiGrid } from "../generate";
import { heapGrowthMb, timeMs } from "../measure";

const checkSheet = (grid: ReturnType<typeof kpiGrid>) => {
  const model = detectTables(grid);
  const findings = runChecks(model);
  if (model.tables.length === 0) throw new Error("the generated sheet was not detected as a KPI table");
  return { model, findings };
};

async function measure(indicators: number, runs: number) {
  const grid = kpiGrid(indicators);
  const time = await timeMs(() => checkSheet(grid), { warmup: 1, runs });
  const heap = await heapGrowthMb(() => checkSheet(grid));
  return { time, heap };
}

export const checkFigure: Figure = {
  ids: ["check.10k_ms", "check.10k_heap_mb", "check.growth_1k_100k"],
  budget: true,
  async run(): Promise<FigureResult[]> {
    const small = await measure(1_000, 7);
    const mid = await measure(10_000, 5);
    const large = await measure(100_000, 3);
    // From the fastest runs: a slow moment of a shared host adds time to any run, so the minimum is the
    // steadiest estimate of what the code costs at each size, and their ratio of how it grows.
    const growth = large.time.min / small.time.min;
    const heapGrowth = large.heap / Math.max(small.heap, 0.001);
    return [
      {
        id: "check.10k_ms",
        what: "detect + all checks, 10,000 indicators (40,001 × 12)",
        goal: "< 1,000 ms",
        value: mid.time.median,
        min: mid.time.min,
        max: mid.time.max,
        unit: "ms",
        detail: `1k: ${small.time.median.toFixed(0)} ms, 100k: ${large.time.median.toFixed(0)} ms`,
        met: mid.time.median < 1000,
        wallClock: true,
      },
      {
        id: "check.10k_heap_mb",
        what: "heap kept by the model and findings, 10,000 indicators",
        goal: "linear in the grid",
        value: mid.heap,
        unit: "MB",
        detail: `1k: ${small.heap.toFixed(1)} MB, 100k: ${large.heap.toFixed(1)} MB (×${heapGrowth.toFixed(0)} for ×100 cells)`,
        met: null,
      },
      {
        id: "check.growth_1k_100k",
        what: "time growth from 1,000 to 100,000 indicators",
        goal: "≤ 150× (linear is 100×)",
        value: growth,
        unit: "×",
        detail: `fastest runs: 1k ${small.time.min.toFixed(0)} ms, 100k ${large.time.min.toFixed(0)} ms`,
        met: growth <= 150,
      },
    ];
  },
};
