/**
 * When two cells say the same thing, and when a cell still waits for its value: the comparisons the
 * merge of returned workbooks makes. `1,600件` typed as text and 1600 formatted `#,##0"件"` are the same
 * value; `集計中`, `-` and an empty cell are open (pending), never a value to keep.
 */
import { isCellError, type CellValue } from "../grid";
import { baseDecimal } from "../operands";
import { compareDecimal } from "../decimal";
import { toHalfWidth } from "../text";
import { parseValue } from "../values";
import type { ParsedValue } from "../value-types";

/** Empty, blank or a placeholder (`集計中`, `年度末に調査`, `-`): the cell waits for its value. */
export function isOpenValue(raw: CellValue): boolean {
  if (raw === null) return true;
  if (typeof raw !== "string") return false;
  return parseValue(raw).kind === "pending";
}

function textOf(raw: CellValue): string {
  if (raw === null) return "";
  if (isCellError(raw)) return raw.error;
  return toHalfWidth(String(raw)).replace(/\s+/g, "");
}

function sameNumber(a: ParsedValue, b: ParsedValue): boolean | null {
  if (a.kind !== "number" || b.kind !== "number") return null;
  const unitA = a.percent ? "%" : a.baseUnit;
  const unitB = b.percent ? "%" : b.baseUnit;
  // A bare number agrees with any unit: the unit may live in the cell's number format.
  if (unitA !== "" && unitB !== "" && unitA !== unitB) return false;
  return compareDecimal(baseDecimal(a), baseDecimal(b)) === 0;
}

/** The two cells hold the same value (numbers compared exactly in their base unit, text width-normalised). */
export function sameValue(a: CellValue, b: CellValue): boolean {
  if (isOpenValue(a) && isOpenValue(b)) return textOf(a) === textOf(b);
  const numbers = sameNumber(parseValue(a), parseValue(b));
  if (numbers !== null) return numbers;
  return textOf(a) === textOf(b);
}
