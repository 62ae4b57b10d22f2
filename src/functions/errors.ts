/**
 * Errors of the custom functions, the one place where they become `CustomFunctions.Error`s.
 * Implementations return a {@link Failure} (a message code with its parameters) instead of throwing;
 * the boundary turns it into `#VALUE!` with the message in the user's language.
 * An Excel error passed in goes back unchanged.
 */
import { message, type MessageCode, type MessageParams } from "../core";
import type { CellOutput, ExcelErrorValue } from "./cell";
import type { Lang } from "./language";

/** Why a function gives no value for a cell: shown as `#VALUE!` with the message of `code`. */
export interface Failure {
  readonly kind: "failure";
  readonly code: MessageCode;
  readonly params?: MessageParams;
}

/** What a per-cell implementation returns: a value, a failure, or an Excel error to pass on. */
export type Outcome = Exclude<CellOutput, CustomFunctions.Error> | Failure | CustomFunctions.Error;

export function failure(code: MessageCode, params?: MessageParams): Failure {
  return params === undefined ? { kind: "failure", code } : { kind: "failure", code, params };
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === "object" && value !== null && (value as Failure).kind === "failure";
}

/** A result cell: failures become typed errors with a message in `lang`. */
export function toOutput(outcome: Outcome, lang: Lang): CellOutput {
  if (!isFailure(outcome)) return outcome;
  const text = message(outcome.code, lang, outcome.params);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, text);
}

/** The value of a function that returns one cell: a failure or error is thrown, as Excel expects. */
export function scalarResult(outcome: Outcome, lang: Lang): Exclude<CellOutput, CustomFunctions.Error> {
  const output = toOutput(outcome, lang);
  if (output instanceof CustomFunctions.Error) throw output;
  return output;
}

/** The error code Excel shows for an error value (`#N/A`…); codes a custom function cannot return become `#VALUE!`. */
function errorCode(code: string): CustomFunctions.ErrorCode {
  const known: readonly string[] = Object.values(CustomFunctions.ErrorCode);
  return known.includes(code) ? (code as CustomFunctions.ErrorCode) : CustomFunctions.ErrorCode.invalidValue;
}

/** An Excel error given as its code (`#DIV/0!`), e.g. error text read from a cell. */
export function excelError(code: string): CustomFunctions.Error {
  return new CustomFunctions.Error(errorCode(code));
}

/** The same error back for an error passed in. */
export function passedError(value: ExcelErrorValue): CustomFunctions.Error {
  if (value instanceof CustomFunctions.Error) return value;
  const code = typeof value.code === "string" ? value.code : value.basicValue;
  return excelError(typeof code === "string" ? code : "");
}

/** `#N/A` for a position beyond a shorter range, as Excel's own array arithmetic gives. */
export function shapeError(lang: Lang): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message("functions.shape", lang));
}
