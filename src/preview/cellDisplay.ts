/**
 * What the preview's sheet shows in a cell: the value as Excel would display it for the number formats
 * the add-in writes (`0.0%`, `#,##0"件"`, `#,##0.0`), the raw value otherwise.
 */
import { isCellError, type CellValue } from "../core/grid";

const PERCENT = /^0(?:\.(0+))?%$/;
const GROUPED = /^#,##0(?:\.(0+))?(?:"([^"]*)")?$/;

export function displayValue(value: CellValue, numberFormat: string | null): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const percent = numberFormat ? PERCENT.exec(numberFormat) : null;
  if (percent) return `${(value * 100).toFixed(percent[1]?.length ?? 0)}%`;
  const grouped = numberFormat ? GROUPED.exec(numberFormat) : null;
  if (grouped) {
    const digits = grouped[1]?.length ?? 0;
    return (
      value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }) +
      (grouped[2] ?? "")
    );
  }
  return String(Number(value.toPrecision(12)));
}
