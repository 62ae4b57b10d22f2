/**
 * Converting between our CellValue and what Excel's range properties carry.
 * Excel parses a string written to `values`/`formulas` like typed input ("1,600" becomes 1600,
 * "30%" becomes 0.3, "#N/A" an error, "=A1" a formula). Text that Excel would convert is therefore
 * written with a leading apostrophe, which Excel stores as the text itself (the apostrophe is not part
 * of the value). Errors are written as their text ("#VALUE!"), which Excel turns back into the error.
 */
import { isCellError, type CellValue } from "../../core/grid";

/** Text Excel would not keep as typed: numbers, percents, currency, dates, times, booleans, errors, formulas. */
const CONVERTED_TEXT =
  /^\s*(?:[=+\-@'#]|[-+]?[$¥￥]?\(?[\d,]*\.?\d+(?:e[-+]?\d+)?\)?%?\s*$|(?:true|false)\s*$|\d{1,4}[/\-.年]\d{1,2}|\d{1,2}:\d{2})/i;

/** The range properties a read loads for every cell. */
export const CELL_PROPERTIES = "values,formulas,numberFormat,valueTypes";

export type ExcelInput = string | number | boolean;

export function toExcelInput(value: CellValue): ExcelInput {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "string") return CONVERTED_TEXT.test(value) ? `'${value}` : value;
  return value;
}

/**
 * What a formula cell, a text cell and an empty cell look like when read with `valueTypes` (Excel.RangeValueType:
 * Empty, String, Double, Integer, Boolean, Error, RichValue, Unknown).
 */
export function fromExcel(
  value: unknown,
  formula: unknown,
  valueType: string,
): { value: CellValue; formula: string | null } {
  const text = typeof formula === "string" && formula.startsWith("=") ? formula : null;
  switch (valueType) {
    case "Error":
      return { value: { error: String(value) }, formula: text };
    case "Double":
    case "Integer":
    case "Boolean":
      return { value: value as number | boolean, formula: text };
    case "RichValue":
    case "Unknown":
      // A data type (linked entity, image…) or a type Excel adds later: `values` holds what the cell shows.
      if (typeof value === "number" || typeof value === "boolean") return { value, formula: text };
      return {
        value: value === "" || value === null || value === undefined ? null : String(value),
        formula: text,
      };
    case "String":
      // A formula that yields "" is calculated: its value stays "" (null would read as "not calculated").
      return { value: value === "" && text === null ? null : String(value), formula: text };
    default:
      return { value: null, formula: text };
  }
}
