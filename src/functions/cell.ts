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

/** A data type cell value as `allowCustomDataForDataTypeAny` passes it (excel.cellvalue in the Excel JS API). */
interface DataTypeValue {
  readonly type?: unknown;
  readonly basicType?: unknown;
  readonly basicValue?: unknown;
  readonly text?: unknown;
}

/** Entities and linked entities (stocks, geography…) show their `text` in the cell; their basic value is `#VALUE!`. */
const ENTITY_TYPES: readonly unknown[] = ["Entity", "LinkedEntity"];

function isPrimitive(value: unknown): value is number | string | boolean {
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean";
}

/**
 * The value a data type cell shows, or `undefined` when it has none a function can read: an entity's display
 * text; the basic value of a formatted number or other cell value whose basic type is not an error.
 */
function shownValue(value: DataTypeValue): number | string | boolean | undefined {
  if (ENTITY_TYPES.includes(value.type)) return typeof value.text === "string" ? value.text : undefined;
  if (value.basicType === "Error" || !isPrimitive(value.basicValue)) return undefined;
  return value.basicValue;
}

/**
 * `true` for an object that is neither an error nor a data type with a readable value (a web image, an
 * entity without display text…): the functions say so instead of reading "[object Object]".
 */
export function isUnreadableData(value: unknown): boolean {
  if (typeof value !== "object" || value === null || isExcelError(value)) return false;
  return shownValue(value as DataTypeValue) === undefined;
}

/**
 * A non-error value as a {@link Cell}: `undefined` becomes `null`; a cell value object
 * (`{ type: "Double", basicValue: 3 }`, a formatted number, an entity) gives the value it shows; any other
 * object its text (callers test {@link isUnreadableData} first).
 */
export function dataCell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (isPrimitive(value)) return value;
  if (typeof value === "object") {
    const shown = shownValue(value as DataTypeValue);
    if (shown !== undefined) return shown;
  }
  return String(value);
}

/** `true` for an empty cell or an omitted argument. */
export function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === "string" && cell.trim() === "");
}
