/**
 * Turning rate inputs into exact base-unit decimals, with the checks every rate formula shares:
 * Excel errors, invalid inputs, placeholders and unit agreement.
 */
import { shiftDecimal, type Decimal } from "./decimal";
import type { PendingRate, RateError, RateInput, RateOperand } from "./rate-types";
import { parseValue } from "./values";
import { isParsedValue, type NumberValue, type ParsedValue } from "./value-types";

export function toParsed(input: RateInput): ParsedValue {
  return isParsedValue(input) ? input : parseValue(input);
}

/** The exact value in base unit: `130,000千円` → 130,000,000 (円). */
export function baseDecimal(value: NumberValue): Decimal {
  return value.scalePower === 0 ? value.decimal : shiftDecimal(value.decimal, value.scalePower);
}

/** `%` for percentages, else the base unit; `""` (a bare number) agrees with every unit. */
function dimension(value: NumberValue): string {
  return value.percent ? "%" : value.baseUnit;
}

/** The first Excel error or invalid input among the operands, as a rate error. */
export function inputError(
  values: readonly ParsedValue[],
  operands: readonly RateOperand[],
): RateError | null {
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (v.kind === "error")
      return { kind: "error", code: "excel-error", operand: operands[k], excelError: v.code };
  }
  for (let k = 0; k < values.length; k++) {
    if (values[k].kind === "invalid") return { kind: "error", code: "invalid-input", operand: operands[k] };
  }
  return null;
}

/** A unit-mismatch error for the first pair of numbers whose kinds of unit differ, else `null`. */
export function unitMismatch(numbers: readonly NumberValue[]): RateError | null {
  let reference: NumberValue | null = null;
  for (const number of numbers) {
    if (dimension(number) === "") continue;
    if (reference === null) reference = number;
    else if (dimension(number) !== dimension(reference)) {
      return { kind: "error", code: "unit-mismatch", units: [reference.unit, number.unit] };
    }
  }
  return null;
}

export function pendingOf(value: ParsedValue): PendingRate | null {
  return value.kind === "pending"
    ? { kind: "pending", text: value.text, placeholder: value.placeholder }
    : null;
}
