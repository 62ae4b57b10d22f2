/**
 * KPI.BAND and KPI.SUMMARY: statuses from rates with bands given as data, and status counts.
 */
import {
  DEFAULT_BANDS,
  bandsProblem,
  baseDecimal,
  classifyStatus,
  decimalToNumber,
  parseValue,
  ratioFromDecimal,
  summarize,
  type StatusBands,
} from "../core";
import { isBlank, type Arg, type Cell, type CellOutput } from "./cell";
import { failure, isFailure, toOutput, type Failure, type Outcome } from "./errors";
import { noNumberOutcome } from "./no-number";
import { cellText, flagOption } from "./options";
import type { Lang } from "./language";
import { cellList, vectorize } from "./vectorize";

/** A threshold cell as a fraction: `0.8` or `80%`; `null` when it is not a plain number or percentage. */
function thresholdOf(cell: Cell): number | null {
  const parsed = parseValue(cell);
  return parsed.kind === "number" && parsed.baseUnit === "" ? decimalToNumber(baseDecimal(parsed)) : null;
}

/**
 * The bands of one KPI.BAND call: thresholds above 0, highest first (default 100%, 80%) and one label more
 * than thresholds (default 達成 / 概ね達成 / 未達成, usable only with two thresholds), held to core's
 * `bandsProblem` like settings files. Blank cells are skipped.
 */
function bandsOf(thresholds: Arg, labels: Arg): StatusBands | Failure | CustomFunctions.Error {
  const thresholdCells = cellList(thresholds);
  if (!Array.isArray(thresholdCells)) return thresholdCells;
  const labelCells = cellList(labels);
  if (!Array.isArray(labelCells)) return labelCells;
  const given: number[] = [];
  for (const cell of thresholdCells) {
    if (isBlank(cell)) continue;
    const bound = thresholdOf(cell);
    if (bound === null) return failure("functions.thresholds");
    given.push(bound);
  }
  const bounds = given.length > 0 ? given : DEFAULT_BANDS.thresholds;
  const names = labelCells.filter((cell) => !isBlank(cell)).map(cellText);
  const chosen = names.length > 0 ? names : DEFAULT_BANDS.labels;
  // The one rule for bands, the same as the settings reader's.
  const problem = bandsProblem(bounds, chosen);
  if (problem?.code === "labels-count")
    return failure("functions.labels", { thresholds: problem.thresholds, labels: problem.labels });
  if (problem !== null) return failure("functions.thresholds");
  return { ...DEFAULT_BANDS, thresholds: bounds, labels: chosen };
}

/** KPI.BAND for one cell: the label of the band the rate reaches (+ 見込み when projected). */
function bandCell(bands: StatusBands, rate: Cell, projected: Cell): Outcome {
  const isProjected = flagOption(projected);
  if (isFailure(isProjected)) return isProjected;
  const parsed = parseValue(rate);
  if (parsed.kind !== "number") return noNumberOutcome(parsed);
  if (parsed.baseUnit !== "") return failure("functions.not-a-rate", { text: cellText(rate) });
  return classifyStatus(ratioFromDecimal(baseDecimal(parsed)), { projected: isProjected, bands }).label;
}

/**
 * KPI.SUMMARY: one row per status category with its count — 達成, 概ね達成, 未達成, 集計中 always, then
 * any other label in first-seen order. 見込み labels count in their band; blank cells are not counted.
 */
export function summaryTable(statuses: Arg, lang: Lang): CellOutput[][] {
  const cells = cellList(statuses);
  if (!Array.isArray(cells)) return [[toOutput(cells, lang)]];
  const items = cells.map((cell) => ({ status: isBlank(cell) ? null : cellText(cell) }));
  return summarize(items, { countBy: "item" }).counts.map(({ category, count }) => [category, count]);
}

/** KPI.BAND over ranges: the bands are read once per call, then every rate cell is classified. */
export function bandTable(
  rate: Arg,
  projected: Arg,
  thresholds: Arg,
  labels: Arg,
  lang: Lang,
): CellOutput[][] {
  const bands = bandsOf(thresholds, labels);
  if (!("thresholds" in bands)) return vectorize([rate, projected], () => bands, lang);
  return vectorize([rate, projected], (cell, flag) => bandCell(bands, cell, flag), lang);
}
