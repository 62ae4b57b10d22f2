/**
 * Inputs, options and results of the rate functions ({@link achievementRate}, {@link progressRate},
 * {@link cumulativeRate}).
 */
import type { CellValue } from "./grid";
import type { PendingPlaceholder } from "./placeholders";
import type { Ratio } from "./ratio";
import type { ParsedValue } from "./value-types";

/** A raw cell value or one already parsed by `parseValue`. */
export type RateInput = CellValue | ParsedValue | undefined;

/** 増加型 (higher is better), 減少型 (lower is better), 維持型 (keep the level). */
export type Direction = "up" | "down" | "keep";

/**
 * Lower-is-better formulas in circulation:
 * - `ratio` = target ÷ actual (default). An actual of 0 is the best possible result: reported as exactly
 *   100% with the note `zero-actual-best`.
 * - `diff` = 2 − actual ÷ target.
 * - `baseline` = (baseline − actual) ÷ (baseline − target); the only one that works with a target of 0.
 */
export type DownMethod = "ratio" | "diff" | "baseline";

/**
 * Keep-level modes:
 * - `at-least`: actual ÷ target, like `up` (default).
 * - `tolerance`: the score is 1 − max(0, |actual − target| ÷ |target| − tolerance): exactly 100% (達成)
 *   inside ±tolerance, falling by the excess deviation outside it.
 */
export type KeepMode = "at-least" | "tolerance";

export interface RateOptions {
  /** Default `up`. Never inferred from the numbers. */
  readonly direction?: Direction;
  /** For `down`; default `ratio`. */
  readonly method?: DownMethod;
  /** Required by `down` + `baseline`. */
  readonly baseline?: RateInput;
  /** For `keep`; default `at-least`. */
  readonly keep?: KeepMode;
  /** For `keep` + `tolerance`: relative tolerance as a fraction (`0.1` = ±10%); default 0. */
  readonly tolerance?: number;
  /**
   * A negative target of an `up` or `keep` indicator (`△500`, a deficit): `error` (default) gives
   * `target-negative`, since actual ÷ target inverts (△600 ÷ △500 = 120% for a worsened deficit); `ratio`
   * computes actual ÷ target anyway, for an indicator whose rule says so.
   */
  readonly negativeTarget?: "error" | "ratio";
}

/** Remarks on a computed rate. Message key: `rate.note.<note>`. */
export const RATE_NOTES = [
  /** `down` + `ratio` with an actual of 0: best possible, reported as 100%. */
  "zero-actual-best",
] as const;
export type RateNote = (typeof RATE_NOTES)[number];

/** Why no rate. Message key: `rate.<code>`; all of them are 算定不可 in a report. */
export const RATE_ERROR_CODES = [
  /** The target (or sum of targets) is zero: the ratio is undefined. */
  "target-zero",
  /** A negative target with direction `up` or `keep`: the quotient would invert the status. */
  "target-negative",
  /** The target is empty or a placeholder (`-`, `集計中`). */
  "target-missing",
  /** A baseline-relative formula without a baseline value. */
  "baseline-missing",
  /** A baseline-relative formula whose baseline equals the target (zero denominator). */
  "baseline-equals-target",
  /** Units of different kinds after scaling (`件` vs `人`, `%` vs `件`). */
  "unit-mismatch",
  /** An input that is not a number (`abc`, TRUE). */
  "invalid-input",
  /** An input holds an Excel error; its code is passed through in `excelError`. */
  "excel-error",
  /** `cumulativeRate` got no target at all. */
  "no-targets",
] as const;
export type RateErrorCode = (typeof RATE_ERROR_CODES)[number];

/** Which input a rate error is about. */
export type RateOperand = "actual" | "target" | "baseline";

export interface RateValue {
  readonly kind: "rate";
  /** The exact rate as a fraction (2.09375 for 209.375%). */
  readonly ratio: Ratio;
  /** The same rate as the nearest double (2.09375), always finite: for display and charts, not for comparisons. */
  readonly value: number;
  readonly note?: RateNote;
}

export interface PendingRate {
  readonly kind: "pending";
  /** The actual's text as written (`集計中`, `-`, `""`). */
  readonly text: string;
  readonly placeholder: PendingPlaceholder;
}

export interface RateError {
  readonly kind: "error";
  readonly code: RateErrorCode;
  /** The input concerned, when one is. */
  readonly operand?: RateOperand;
  /** For `excel-error`: the code as in the cell (`#VALUE!`). */
  readonly excelError?: string;
  /** For `unit-mismatch`: the two units as written. */
  readonly units?: readonly [string, string];
}

/** Result of every rate function: never NaN, never Infinity, never thrown. */
export type RateResult = RateValue | PendingRate | RateError;
