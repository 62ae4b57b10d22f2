/**
 * rate.range_100k_ms: KPI.RATE called once through the BUILT dist/functions.js on a 100,000 × 1 range, the way
 * Excel calls it (2-D arrays of raw cell text). rate.vs_native: the same rates as a plain `a / t` loop on
 * pre-parsed numbers, measured in the same run.
 */
import { readFileSync, existsSync } from "node:fs";
import { ErrorCode, StubError } from "../../test/functions/stub";
import type { Figure, FigureResult } from "../figure";
import { timeMs } from "../measure";

const ROWS = 100_000;
type Matrix = unknown[][];

/** Evaluates the bundle as Excel's runtime would: a global CustomFunctions receiving associate() calls. */
function loadBundle(): Map<string, (...args: unknown[]) => unknown> {
  if (!existsSync("dist/functions.js"))
    throw new Error("dist/functions.js is missing: run npm run build first");
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
    Error: StubError,
    ErrorCode,
  };
  new Function("CustomFunctions", readFileSync("dist/functions.js", "utf8"))(CustomFunctions);
  return registered;
}

export const rateFigure: Figure = {
  ids: ["rate.range_100k_ms", "rate.vs_native"],
  budget: false,
  async run(): Promise<FigureResult[]> {
    const rate = loadBundle().get("RATE");
    if (!rate) throw new Error("the bundle registers no RATE");
    const targets: Matrix = Array.from({ length: ROWS }, (_, i) => [
      `${(1000 + (i % 900)).toLocaleString("en-US")}件`,
    ]);
    const actuals: Matrix = Array.from({ length: ROWS }, (_, i) => [
      `${(700 + ((i * 7) % 1300)).toLocaleString("en-US")}件`,
    ]);
    const ours = await timeMs(() => rate(actuals, targets, null, null), { warmup: 3, runs: 9 });
    const result = rate(actuals, targets, null, null) as Matrix;
    if (result.length !== ROWS || typeof result[0][0] !== "number")
      throw new Error("RATE did not spill a number per row");

    const a = actuals.map((row) => Number(String(row[0]).replace(/[,件]/g, "")));
    const t = targets.map((row) => Number(String(row[0]).replace(/[,件]/g, "")));
    const out = new Float64Array(ROWS);
    const native = await timeMs(
      () => {
        for (let i = 0; i < ROWS; i++) out[i] = a[i] / t[i];
      },
      { warmup: 3, runs: 9 },
    );
    return [
      {
        id: "rate.range_100k_ms",
        what: "KPI.RATE once on a 100,000 × 1 range of unit text, built bundle",
        goal: "< 100 ms",
        value: ours.median,
        min: ours.min,
        max: ours.max,
        unit: "ms",
        met: ours.median < 100,
      },
      {
        id: "rate.vs_native",
        what: "KPI.RATE ÷ plain `a / t` loop on pre-parsed numbers (same 100,000 rates)",
        goal: "report",
        value: ours.median / Math.max(native.median, 0.001),
        unit: "×",
        detail: `plain loop ${native.median.toFixed(2)} ms`,
        met: null,
      },
    ];
  },
};
