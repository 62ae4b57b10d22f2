/**
 * summary.labels_200k_ms: KPI.SUMMARY (src/functions) over 200,000 distinct status labels, the shape that was
 * quadratic (380 s). summary.growth: the time for 200,000 labels ÷ the time for 40,000: about 5 when the
 * count is linear in the distinct labels, about 25 when it is quadratic.
 */
import { installCustomFunctionsStub } from "../../test/functions/stub";
import type { Figure, FigureResult } from "../figure";
import { timeMs } from "../measure";

const SMALL = 40_000;
const LARGE = 200_000;

/** A column of `n` distinct labels (`状況1`, `状況2`…) with the band labels among them. */
function labels(n: number): unknown[][] {
  return Array.from({ length: n }, (_, i) => [i % 10 === 0 ? "達成" : `状況${i}`]);
}

export const summaryFigure: Figure = {
  ids: ["summary.labels_200k_ms", "summary.growth"],
  budget: false,
  async run(): Promise<FigureResult[]> {
    installCustomFunctionsStub();
    const { summaryTable } = await import("../../src/functions/bands");
    const small = labels(SMALL);
    const large = labels(LARGE);
    const rows = summaryTable(large, "ja");
    if (rows.length !== LARGE - LARGE / 10 + 4) throw new Error(`KPI.SUMMARY gave ${rows.length} rows`);
    const timeSmall = await timeMs(() => summaryTable(small, "ja"), { warmup: 1, runs: 5 });
    const timeLarge = await timeMs(() => summaryTable(large, "ja"), { warmup: 1, runs: 5 });
    const growth = timeLarge.median / Math.max(timeSmall.median, 0.001);
    return [
      {
        id: "summary.labels_200k_ms",
        what: "KPI.SUMMARY once over 200,000 distinct labels (source, not the bundle)",
        goal: "< 1000 ms",
        value: timeLarge.median,
        min: timeLarge.min,
        max: timeLarge.max,
        unit: "ms",
        detail: `40,000 labels ${timeSmall.median.toFixed(1)} ms`,
        met: timeLarge.median < 1000,
      },
      {
        id: "summary.growth",
        what: "KPI.SUMMARY time for 5× the distinct labels (200,000 ÷ 40,000)",
        goal: "< 10× (linear ≈ 5×, quadratic ≈ 25×)",
        value: growth,
        unit: "×",
        met: growth < 10,
      },
    ];
  },
};
