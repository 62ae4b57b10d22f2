/** Timing and memory helpers for the benchmark: medians of repeated runs after a warm-up. */
import { performance } from "node:perf_hooks";

export interface Sample {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(values: number[]): Sample {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns milliseconds per run. */
export async function timeMs(fn: () => unknown, { warmup = 2, runs = 7 } = {}): Promise<Sample> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return summarize(times);
}

/** Heap growth in MB while `build` keeps its result alive (needs node --expose-gc). */
export async function heapGrowthMb(build: () => unknown): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run the benchmark with node --expose-gc");
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = await build();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (kept === undefined) throw new Error("the measured function must return what it built");
  return (after - before) / (1024 * 1024);
}
