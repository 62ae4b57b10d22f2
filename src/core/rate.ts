/**
 * Achievement, progress and cumulative rates, computed exactly (rationals over decimals).
 * Direction and method are explicit inputs, never guessed from the numbers.
 */
import { addDecimal, decimal, decimalFromNumber, subtractDecimal, type Decimal } from "./decimal";
import { baseDecimal, inputError, pendingOf, toParsed, unitMismatch } from "./operands";
import {
  absoluteRatio,
  compareRatios,
  divideDecimals,
  ratioFromDecimal,
  ratioFromInteger,
  ratioToNumber,
  subtractRatios,
  type Ratio,
} from "./ratio";
import type { RateError, RateInput, RateNote, RateOperand, RateOptions, RateResult } from "./rate-types";
import type { NumberValue, ParsedValue } from "./value-types";

const ONE = ratioFromInteger(1);
const TWO = ratioFromInteger(2);
const ZERO = ratioFromInteger(0);
const ZERO_COEFFICIENT = BigInt(0);
const ACTUAL_TARGET: readonly RateOperand[] = ["actual", "target"];

function rate(ratio: Ratio, note?: RateNote): RateResult {
  const value = ratioToNumber(ratio);
  return note === undefined ? { kind: "rate", ratio, value } : { kind: "rate", ratio, value, note };
}

function error(code: RateError["code"], operand?: RateOperand): RateError {
  return operand === undefined ? { kind: "error", code } : { kind: "error", code, operand };
}

/**
 * Checks shared by all single-period formulas (`values[0]` is the actual); returns the base decimals in
 * the order given, or the result to give instead.
 */
function prepare(
  values: readonly ParsedValue[],
  operands: readonly RateOperand[],
): { decimals: Decimal[] } | { result: RateResult } {
  const failed = inputError(values, operands);
  if (failed !== null) return { result: failed };
  const numbers: NumberValue[] = [];
  for (let k = 0; k < values.length; k++) {
    const value = values[k];
    const operand = operands[k];
    if (value.kind === "number") numbers.push(value);
    else if (operand !== "actual") {
      return { result: error(operand === "target" ? "target-missing" : "baseline-missing", operand) };
    }
  }
  const pending = pendingOf(values[0]);
  if (pending !== null) return { result: pending };
  const mismatch = unitMismatch(numbers);
  if (mismatch !== null) return { result: mismatch };
  return { decimals: numbers.map(baseDecimal) };
}

/**
 * Achievement rate of one period. Default `up`: actual ÷ target. See {@link RateOptions} for `down`
 * (`ratio`, `diff`, `baseline`) and `keep` (`at-least`, `tolerance`).
 *
 * Order of checks: Excel error (`excel-error`) → invalid input → empty target (`target-missing`) or
 * baseline (`baseline-missing`) → pending actual (`pending`) → units (`unit-mismatch`) → a negative
 * target of `up`/`keep` (`target-negative`, unless `negativeTarget: "ratio"`) → zero denominator
 * (`target-zero`, `baseline-equals-target`).
 */
export function achievementRate(actual: RateInput, target: RateInput, options: RateOptions = {}): RateResult {
  const direction = options.direction ?? "up";
  const method = options.method ?? "ratio";
  if (direction === "down" && method === "baseline") return progressRate(actual, target, options.baseline);
  const prepared = prepare([toParsed(actual), toParsed(target)], ACTUAL_TARGET);
  if ("result" in prepared) return prepared.result;
  const [a, t] = prepared.decimals;

  if (direction === "down") {
    if (method === "ratio") {
      const inverse = divideDecimals(t, a);
      return inverse === null ? rate(ONE, "zero-actual-best") : rate(inverse);
    }
    const share = divideDecimals(a, t);
    return share === null ? error("target-zero", "target") : rate(subtractRatios(TWO, share));
  }
  if (t.coefficient < ZERO_COEFFICIENT && options.negativeTarget !== "ratio")
    return error("target-negative", "target");
  if (direction === "keep" && options.keep === "tolerance")
    return toleranceScore(a, t, options.tolerance ?? 0);
  const share = divideDecimals(a, t);
  return share === null ? error("target-zero", "target") : rate(share);
}

/** 1 − max(0, |a − t| ÷ |t| − tolerance). */
function toleranceScore(a: Decimal, t: Decimal, tolerance: number): RateResult {
  const deviation = divideDecimals(subtractDecimal(a, t), t);
  if (deviation === null) return error("target-zero", "target");
  const allowed = decimalFromNumber(Math.abs(tolerance));
  if (allowed === null) return error("invalid-input");
  const excess = subtractRatios(absoluteRatio(deviation), ratioFromDecimal(allowed));
  return rate(compareRatios(excess, ZERO) <= 0 ? ONE : subtractRatios(ONE, excess));
}

/**
 * Baseline-relative progress (進捗率) = (actual − baseline) ÷ (target − baseline). Also the `down` +
 * `baseline` method, which is the same quotient. A baseline equal to the target → `baseline-equals-target`.
 */
export function progressRate(actual: RateInput, target: RateInput, baseline: RateInput): RateResult {
  const prepared = prepare(
    [toParsed(actual), toParsed(target), toParsed(baseline)],
    ["actual", "target", "baseline"],
  );
  if ("result" in prepared) return prepared.result;
  const [a, t, b] = prepared.decimals;
  const progress = divideDecimals(subtractDecimal(a, b), subtractDecimal(t, b));
  return progress === null ? error("baseline-equals-target", "baseline") : rate(progress);
}

/**
 * Cumulative rate (累計) of a plan whose yearly values are flows: the sum of the actuals reported so far
 * ÷ the sum of every planned target of the whole period (000: (5 + 7) ÷ 86 = 14.0%). Pending actuals are
 * skipped; when none is reported the result is pending. Every target must be a number (`target-missing`
 * otherwise). Sums are taken in base units, so `千円` and `円` mix, `件` and `人` do not.
 *
 * Not for stocks (a 累計 that accumulates by itself: an ordinary {@link achievementRate} per year) nor for
 * increments over a starting value.
 */
export function cumulativeRate(actuals: readonly RateInput[], targets: readonly RateInput[]): RateResult {
  const actualValues = actuals.map(toParsed);
  const targetValues = targets.map(toParsed);
  const failed = inputError(
    [...actualValues, ...targetValues],
    [...actualValues.map((): RateOperand => "actual"), ...targetValues.map((): RateOperand => "target")],
  );
  if (failed !== null) return failed;
  if (targetValues.length === 0) return error("no-targets", "target");
  const targetNumbers: NumberValue[] = [];
  for (const t of targetValues) {
    if (t.kind !== "number") return error("target-missing", "target");
    targetNumbers.push(t);
  }
  const reported = actualValues.filter((a): a is NumberValue => a.kind === "number");
  if (reported.length === 0) {
    const firstPending = actualValues.map(pendingOf).find((p) => p !== null && p.text !== "");
    return firstPending ?? { kind: "pending", text: "", placeholder: "empty" };
  }
  const mismatch = unitMismatch([...reported, ...targetNumbers]);
  if (mismatch !== null) return mismatch;
  const sum = (values: readonly NumberValue[]) =>
    values.map(baseDecimal).reduce(addDecimal, decimal(BigInt(0)));
  const share = divideDecimals(sum(reported), sum(targetNumbers));
  return share === null ? error("target-zero", "target") : rate(share);
}
