/**
 * Argument coercion, the one place where it lives: cells as Excel hands them to a custom function, read
 * into the few kinds an implementation handles.
 *
 * Excel passes a range as a 2-D array (rows of cells), a single cell or literal as a scalar (or a 1×1
 * array when the parameter is declared as a matrix), an omitted optional argument as `null` or
 * `undefined`, an empty cell as `null` or `""`, and an error value (`#N/A`…) as a `CustomFunctions.Error`
 * or, from newer hosts, as an error cell value (`{ type: "Error", basicValue: "#N/A" }`). The entry points
 * declare their parameters `unknown[][]` because that is the honest type of what arrives.
 */

/** An Excel error passed in: a `CustomFunctions.Error`, or an error cell value. */
export interface ExcelErrorValue {
  readonly code?: unknown;
  readonly type?: unknown;
  readonly basicValue?: unknown;
}

/** An argument: one cell, or a range as rows of cells. */
export type Arg = unknown;

/** One cell as an implementation sees it, once errors are taken out: empty is `null`. */
export type Cell = number | string | boolean | null;

/** One result cell. */
export type CellOutput = number | string | boolean | CustomFunctions.Error;

const ERROR_TEXT = /^#[A-Z0-9/!?_]+$/;

/** `true` when `value` is an Excel error value rather than data. */
export function isExcelError(value: unknown): value is ExcelErrorValue {
  if (typeof value !== "object" || value === null) return false;
  const { code, type, basicValue } = value as ExcelErrorValue;
  if (typeof code === "string") return ERROR_TEXT.test(code);
  return type === "Error" && typeof basicValue === "string";
}

/**
 * A non-error value as a {@link Cell}: `undefined` becomes `null`; a cell value object
 * (`{ type: "Double", basicValue: 3 }`) gives its basic value; any other object its text.
 */
export function dataCell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "object" && "basicValue" in value)
    return dataCell((value as ExcelErrorValue).basicValue);
  return String(value);
}

/** `true` for an empty cell or an omitted argument. */
export function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === "string" && cell.trim() === "");
}
