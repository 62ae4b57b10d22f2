/**
 * The custom functions (=KPI.*), declared for custom-functions-metadata-plugin: the JSDoc below generates
 * functions.json (English), and src/functions/metadata-ja.json gives the Japanese names and descriptions.
 * Every body is one line: coercion, vectorisation and errors live in the base helpers, rules in src/core.
 *
 * Parameters are `unknown[][]` (a matrix of anything) because that is what Excel passes: every per-cell
 * function takes ranges and spills a same-shaped result; scalars broadcast. No function is volatile.
 */
import { bandTable, summaryTable } from "./bands";
import { scalarResult } from "./errors";
import { displayLanguage } from "./language";
import { cumulativeOutcome, progressCell, rateCell, statusCell } from "./rates";
import { unitCell, valueCell } from "./values";
import { vectorize } from "./vectorize";
import { fiscalYearCell, warekiCell } from "./years";

/**
 * Achievement rate as a fraction (2.09375 for 209.4%): actual ÷ target by default. A pending actual (集計中, 年度末に調査, empty) gives the text 集計中 (a dash gives -), never an error.
 * @customfunction RATE
 * @param actual Actual values: numbers or text such as "1,600件"; a cell or a range.
 * @param target Target values, in a unit of the same kind as the actuals.
 * @param [direction] "up" (default, higher is better), "down" (lower is better) or "keep"; or 増加 / 減少 / 維持.
 * @param [method] For "down": "ratio" (target ÷ actual, default) or "diff" (2 − actual ÷ target).
 * @returns The rate per cell, spilled like the inputs.
 */
export function rate(
  actual: unknown[][],
  target: unknown[][],
  direction?: unknown[][],
  method?: unknown[][],
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  return vectorize([actual, target, direction, method], rateCell, displayLanguage());
}

/**
 * Progress rate from a baseline: (actual − baseline) ÷ (target − baseline).
 * @customfunction PROGRESS
 * @param actual Actual values: numbers or text such as "1,600件"; a cell or a range.
 * @param target Target values.
 * @param baseline Baseline values before the plan (現状値).
 * @returns The progress rate per cell, spilled like the inputs.
 */
export function progress(
  actual: unknown[][],
  target: unknown[][],
  baseline: unknown[][],
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  return vectorize([actual, target, baseline], progressCell, displayLanguage());
}

/**
 * Cumulative rate of a plan: the sum of the actuals reported so far ÷ the sum of all planned targets.
 * @customfunction CUMRATE
 * @param actuals Yearly actuals of the plan period; pending and empty cells are skipped.
 * @param targets Yearly targets of the whole plan period.
 * @returns The cumulative rate as a fraction, or 集計中 when no actual is reported yet.
 */
export function cumrate(actuals: unknown[][], targets: unknown[][]): number | string | boolean {
  return scalarResult(cumulativeOutcome(actuals, targets), displayLanguage());
}

/**
 * Status from actual and target: 達成 (≥ 100%), 概ね達成 (≥ 80%) or 未達成, with 見込み when projected; 集計中 when the actual is pending (- for a dash).
 * @customfunction STATUS
 * @param actual Actual values: numbers or text such as "1,600件"; a cell or a range.
 * @param target Target values.
 * @param [projected] TRUE for a projected (not final) period; or 見込み / 確定.
 * @param [direction] "up" (default), "down" or "keep"; or 増加 / 減少 / 維持.
 * @returns The status per cell, spilled like the inputs.
 */
export function status(
  actual: unknown[][],
  target: unknown[][],
  projected?: unknown[][],
  direction?: unknown[][],
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  return vectorize([actual, target, projected, direction], statusCell, displayLanguage());
}

/**
 * Status from a rate with custom bands, e.g. thresholds {1,0.8,0.5} and labels {"A","B","C","D"}.
 * @customfunction BAND
 * @param rate Rates as fractions or percentages (0.95 or "95%"); a cell or a range.
 * @param [projected] TRUE for a projected period: the label gets 見込み.
 * @param [thresholds] Lower bounds of the bands, highest first; default {1,0.8}.
 * @param [labels] One label per band, best first: one more than thresholds; default 達成, 概ね達成, 未達成.
 * @returns The band label per cell, spilled like the rates.
 */
export function band(
  rate: unknown[][],
  projected?: unknown[][],
  thresholds?: unknown[][],
  labels?: unknown[][],
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  return bandTable(rate, projected, thresholds, labels, displayLanguage());
}

/**
 * The number inside cell text: 1600 for "1,600件"; with a unit, converted: "130,000千円" in "円" is 130000000.
 * @customfunction VALUE
 * @param cell Cell text such as "1,600件", "１２", "△1,234" or "30.0%"; a cell or a range.
 * @param [unit] Unit to convert to, such as "円" or "千円"; default: the unit as written (a percentage as a fraction).
 * @returns The number per cell, spilled like the input.
 */
export function value(
  cell: unknown[][],
  unit?: unknown[][],
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  return vectorize([cell, unit], valueCell, displayLanguage());
}

/**
 * The unit inside cell text: "件" for "1,600件".
 * @customfunction UNIT
 * @param cell Cell text such as "1,600件" or "130,000千円"; a cell or a range.
 * @returns The unit as written per cell; empty for a bare number.
 */
export function unit(cell: unknown[][]): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  return vectorize([cell], unitCell, displayLanguage());
}

/**
 * The western year a fiscal year starts in: 2023 for "R5" or "令和5年度".
 * @customfunction FISCALYEAR
 * @param label A fiscal year such as "R5", "令和5年度", "H28" or "2016 (28) 年度"; a cell or a range.
 * @returns The year per cell, spilled like the input.
 */
export function fiscalYear(
  label: unknown[][],
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  return vectorize([label], fiscalYearCell, displayLanguage());
}

/**
 * A fiscal year in the Japanese era: "令和5年度", or "R5" with style "short".
 * @customfunction WAREKI
 * @param year A year such as 2023, or a fiscal year label; a cell or a range.
 * @param [style] "long" (令和5年度, default), "short" (R5) or "western" (2023年度); or 和暦 / 略 / 西暦.
 * @returns The fiscal year label per cell, spilled like the input.
 */
export function wareki(
  year: unknown[][],
  style?: unknown[][],
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  return vectorize([year, style], warekiCell, displayLanguage());
}

/**
 * Counts statuses: a two-column table of 達成, 概ね達成, 未達成 and 集計中, then any other label, with their counts.
 * @customfunction SUMMARY
 * @param statuses Status labels such as 達成 or 概ね達成見込み; 見込み counts in its band; empty cells are skipped.
 * @returns A table of status and count, spilled.
 */
export function summary(
  statuses: unknown[][],
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  return summaryTable(statuses, displayLanguage());
}
