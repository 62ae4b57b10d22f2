/**
 * Number formats and the numbers cells store: the one place that says how a rate, a count or a number with
 * a unit is shown (`0.0%`, `#,##0"件"`), what a number written as text is stored as, and which written
 * numbers are clean enough to be stored at all. Templates, checks and the task pane's formatting use these.
 * Values are stored as numbers and the unit lives in the format, so Excel's arithmetic works and the
 * cell still reads `1,600件`.
 */
import { decimalToNumber } from "./decimal";
import { baseDecimal } from "./operands";
import type { NumberValue, ParsedValue } from "./value-types";

/** Achievement rates: a fraction shown as a percentage to 0.1 point (as published). */
export const RATE_FORMAT = "0.0%";
/** Counts of the summary block (`30指標`). */
export const COUNT_FORMAT = '#,##0"指標"';

const zeros = (decimals: number) => "0".repeat(decimals);

/** A fraction shown as a percentage with `decimals` decimals: `0.0%`, `0%`. */
export function percentFormat(decimals: number): string {
  return decimals > 0 ? `0.${zeros(decimals)}%` : "0%";
}

/** Grouped digits with `decimals` decimals and the unit as a quoted suffix: `#,##0"件"`, `#,##0.0"人"`. */
function suffixedFormat(unit: string, decimals: number): string {
  const number = decimals > 0 ? `#,##0.${zeros(decimals)}` : "#,##0";
  const literal = unit.replace(/"/g, "");
  return literal === "" ? number : `${number}"${literal}"`;
}

/** The format of an indicator's unit: `%` indicators hold fractions (`0.8` shows `80.0%`, one decimal
 * unless told); any other unit is appended in quotes (no decimals unless told). */
export function unitNumberFormat(unit: string, decimals?: number): string {
  return unit === "%" ? percentFormat(decimals ?? 1) : suffixedFormat(unit, decimals ?? 0);
}

/** The format that shows a written number as it was written: its decimals and its unit
 * (`1,600件` → `#,##0"件"`, `12.5千円` → `#,##0.0"千円"`, `12.5%` → `0.0%`). */
export function writtenNumberFormat(value: NumberValue): string {
  const decimals = Math.max(0, -value.decimal.exponent);
  return value.percent ? percentFormat(decimals) : suffixedFormat(value.unit, decimals);
}

/** What a cell stores for a written number: a percentage as a fraction (`30%` → 0.3), any other
 * number in the unit as written (`130,000千円` → 130000, shown with `writtenNumberFormat`). */
export function storedNumber(value: NumberValue): number {
  return value.percent ? decimalToNumber(baseDecimal(value)) : value.value;
}

/** A number read from text with nothing doubtful (no note, no misplaced grouping commas, no second
 * number), so that storing it as a number changes nothing a reader sees. */
export function isCleanNumber(value: ParsedValue): value is NumberValue {
  return (
    value.kind === "number" &&
    value.note === undefined &&
    !value.issues.includes("malformed-grouping") &&
    !value.issues.includes("multiple-numbers")
  );
}

/** Decimals a percent number format shows (`0.0%` → 1, `0%` → 0); `null` for other formats. */
export function percentFormatDecimals(format: string | null): number | null {
  if (format === null || !format.includes("%")) return null;
  const point = format.indexOf(".");
  if (point < 0) return 0;
  let count = 0;
  while (format[point + 1 + count] === "0") count++;
  return count;
}
