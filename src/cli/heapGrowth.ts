/**
 * On a large workbook kpi-check keeps its heap close to what it holds. Between full collections V8 lets
 * the heap grow to up to four times what the last one kept (its heap controller's largest growing
 * factor): checking the 100,000-indicator 進捗管理表 (4.8 M cells), which keeps about 0.7 GB, peaked at
 * 1.6–2.1 GB, mostly garbage no full collection had been run for. From LARGE_INPUT_BYTES on, the factor
 * is held at 1.3 (V8's `--heap-growing-percent`, read at each full collection, so it can be set once the
 * inputs are known): the collector runs more often (about 40% more CPU time on that file) and the peak
 * stays near the memory kept. Smaller files, the everyday case, keep V8's defaults and their speed.
 */
import { setFlagsFromString } from "node:v8";

/** About a million cells of a KPI sheet (the 10,000-indicator one, 480,000 cells, is 1.7 MB as .xlsx). */
export const LARGE_INPUT_BYTES = 4 * 1024 * 1024;
const GROWING_PERCENT = 30;

let held = false;

/** Holds the heap's growth down for the rest of the process when the largest input is large. */
export function boundHeapGrowth(largestInputBytes: number): boolean {
  if (held || largestInputBytes < LARGE_INPUT_BYTES) return held;
  setFlagsFromString(`--heap-growing-percent=${GROWING_PERCENT}`);
  held = true;
  return held;
}
