/**
 * Number formats of the generated cells: values are typed as numbers and the unit lives in the format
 * (`#,##0"件"`), so Excel's own arithmetic works and the cell still reads `1,600件`.
 */

/** Achievement rates: a fraction shown as a percentage to 0.1 point (as published). */
export const RATE_FORMAT = "0.0%";
/** Counts of the summary block (`30指標`). */
export const COUNT_FORMAT = '#,##0"指標"';

/** `%` indicators hold fractions (`0.8` shows `80.0%`); any other unit is appended in quotes. */
export function unitNumberFormat(unit: string, decimals?: number): string {
  if (unit === "%") return `0.${"0".repeat(decimals ?? 1)}%`.replace(".%", "%");
  const digits = decimals ?? 0;
  const number = digits > 0 ? `#,##0.${"0".repeat(digits)}` : "#,##0";
  const literal = unit.replace(/"/g, "");
  return literal === "" ? number : `${number}"${literal}"`;
}
