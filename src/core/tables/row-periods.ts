/**
 * The period a cell of a period column names, in a table of one row per indicator and period (a 年度
 * column, the 地方創生 form's 目標年月): a fiscal year (`R5`, `2023年度`) or a year and month (`H28.3`,
 * `平成28年3月`, `2016/3`), a month before April falling in the fiscal year before.
 */
import type { CellValue } from "../grid";
import { parseFiscalYear, parseFiscalYearLabel } from "../era";
import { toHalfWidth } from "../text";

/** The Japanese fiscal year starts in April (地方自治法 第208条). */
const FISCAL_YEAR_FIRST_MONTH = 4;
/** `.3`, `/3`, `3月`, `年3月` after the year. */
const MONTH_SUFFIX = /^(?:[./]|年)?(\d{1,2})月?$/;

export function rowFiscalYear(value: CellValue): number | null {
  const year = parseFiscalYear(value);
  if (year.ok) return year.year;
  if (typeof value !== "string") return null;
  const label = parseFiscalYearLabel(value);
  if (!label.ok) return null;
  const month = MONTH_SUFFIX.exec(toHalfWidth(label.suffix).trim());
  if (month === null) return null;
  const m = Number(month[1]);
  if (m < 1 || m > 12) return null;
  return m < FISCAL_YEAR_FIRST_MONTH ? label.year - 1 : label.year;
}
