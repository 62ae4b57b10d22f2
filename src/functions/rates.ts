/**
 * KPI.RATE, KPI.PROGRESS, KPI.CUMRATE and KPI.STATUS as per-cell (or per-list) implementations over the
 * engine's rates. A pending actual gives the engine's pending label (集計中; `-` for a dash), never an error.
 */
import {
  achievementRate,
  classifyStatus,
  cumulativeRate,
  parseValue,
  progressRate,
  type RateError,
  type RateOperand,
  type RateResult,
} from "../core";
import { isBlank, type Arg, type Cell } from "./cell";
import { excelError, failure, isFailure, type Outcome } from "./errors";
import { noNumberOutcome, pendingLabel } from "./no-number";
import { directionOption, flagOption, methodOption } from "./options";
import { cellList } from "./vectorize";

/** The cells each operand came from, to quote the one that is not a number. */
type OperandCells = Partial<Record<RateOperand, readonly Cell[]>>;

function invalidInput(operand: RateOperand | undefined, cells: OperandCells): Outcome {
  for (const cell of operand === undefined ? [] : (cells[operand] ?? [])) {
    const parsed = parseValue(cell);
    if (parsed.kind === "invalid") return noNumberOutcome(parsed);
  }
  return failure("rate.invalid-input");
}

function rateFailure(error: RateError, cells: OperandCells): Outcome {
  switch (error.code) {
    case "excel-error":
      return excelError(error.excelError ?? "");
    case "invalid-input":
      return invalidInput(error.operand, cells);
    case "unit-mismatch":
      return failure("rate.unit-mismatch", { unit1: error.units?.[0] ?? "", unit2: error.units?.[1] ?? "" });
    default:
      return failure(`rate.${error.code}`);
  }
}

/** A rate result as a cell: the rate as a fraction (2.09375 for 209.4%), the pending label, or a failure. */
export function rateOutcome(result: RateResult, cells: OperandCells): Outcome {
  if (result.kind === "rate") return result.value;
  if (result.kind === "pending") return pendingLabel(result);
  return rateFailure(result, cells);
}

/** KPI.RATE for one cell. */
export function rateCell(actual: Cell, target: Cell, direction: Cell, method: Cell): Outcome {
  const dir = directionOption(direction);
  if (isFailure(dir)) return dir;
  const how = methodOption(method);
  if (isFailure(how)) return how;
  const result = achievementRate(actual, target, { direction: dir, method: how });
  return rateOutcome(result, { actual: [actual], target: [target] });
}

/** KPI.PROGRESS for one cell. */
export function progressCell(actual: Cell, target: Cell, baseline: Cell): Outcome {
  const result = progressRate(actual, target, baseline);
  return rateOutcome(result, { actual: [actual], target: [target], baseline: [baseline] });
}

/** KPI.STATUS for one cell: the band label (+ 見込み when projected), or the pending label. */
export function statusCell(actual: Cell, target: Cell, projected: Cell, direction: Cell): Outcome {
  const dir = directionOption(direction);
  if (isFailure(dir)) return dir;
  const isProjected = flagOption(projected);
  if (isFailure(isProjected)) return isProjected;
  const result = achievementRate(actual, target, { direction: dir });
  if (result.kind === "error") return rateFailure(result, { actual: [actual], target: [target] });
  return classifyStatus(result, { projected: isProjected }).label;
}

/**
 * KPI.CUMRATE over two lists: reported actuals ÷ all planned targets. Empty cells are left out of both
 * lists, as SUM leaves them out; a placeholder among the targets is still an error.
 */
export function cumulativeOutcome(actuals: Arg, targets: Arg): Outcome {
  const actualCells = cellList(actuals);
  if (!Array.isArray(actualCells)) return actualCells;
  const targetCells = cellList(targets);
  if (!Array.isArray(targetCells)) return targetCells;
  const present = (cells: readonly Cell[]) => cells.filter((cell) => !isBlank(cell));
  const cells = { actual: present(actualCells), target: present(targetCells) };
  return rateOutcome(cumulativeRate(cells.actual, cells.target), cells);
}
