/**
 * How the fake turns what is written to `values`/`formulas`/`numberFormat` into cell content, and cell
 * content back into what Excel returns — the subset of Excel's typed-input parsing our adapter relies on:
 * a leading apostrophe keeps text, "=" starts a formula, error texts become errors, TRUE/FALSE booleans,
 * plain numbers (with grouping commas, a sign, a decimal point, an exponent or a trailing %) numbers.
 */
import { CALCULATION_ERROR_CODES } from "../../core";
import { isCellError, type CellValue } from "../../core/grid";
import type { FakeCell } from "./state";

/** Error texts the fake turns into errors: those of calculations (Excel's data-type errors stay text). */
const ERROR_TEXTS = new Set(CALCULATION_ERROR_CODES);
const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?(?:e[-+]?\d+)?%?$/i;

/** Content parsed from a written value: a formula (result looked up by the caller) or a constant. */
export function parseInput(input: unknown): { value: CellValue; formula: string | null } {
  if (typeof input === "number" || typeof input === "boolean") return { value: input, formula: null };
  if (input === null || input === undefined || input === "") return { value: null, formula: null };
  const text = String(input);
  if (text.startsWith("'")) return { value: text.slice(1), formula: null };
  if (text.startsWith("=") && text.length > 1) return { value: null, formula: text };
  if (ERROR_TEXTS.has(text.toUpperCase())) return { value: { error: text.toUpperCase() }, formula: null };
  if (/^(true|false)$/i.test(text)) return { value: text.toUpperCase() === "TRUE", formula: null };
  const trimmed = text.trim();
  if (/\d/.test(trimmed) && NUMBER.test(trimmed)) {
    const number = Number(trimmed.replace(/,/g, "").replace(/%$/, ""));
    return { value: trimmed.endsWith("%") ? number / 100 : number, formula: null };
  }
  return { value: text, formula: null };
}

/** What `Range.values` shows: "" for empty, the error text for errors. */
export function valueView(cell: FakeCell | undefined): unknown {
  const value = cell?.value ?? null;
  if (value === null) return "";
  return isCellError(value) ? value.error : value;
}

export function formulaView(cell: FakeCell | undefined): unknown {
  return cell?.formula ?? valueView(cell);
}

export function numberFormatView(cell: FakeCell | undefined): string {
  return cell?.numberFormat ?? "General";
}

export function valueTypeView(cell: FakeCell | undefined): string {
  if (cell?.valueType) return cell.valueType;
  const value = cell?.value ?? null;
  if (value === null) return "Empty";
  if (isCellError(value)) return "Error";
  return typeof value === "number" ? "Double" : typeof value === "boolean" ? "Boolean" : "String";
}
