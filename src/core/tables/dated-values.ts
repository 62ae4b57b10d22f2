/**
 * A value written with the period it belongs to (`112人(令和元年度)`, `35.9%(平成25年度)※3`), as tables
 * print a baseline, the present value and the target in columns that name no year: the value before
 * the parentheses, the year inside them, a footnote marker after them ignored.
 */
import { parseFiscalYearLabel } from "../era";
import { toHalfWidth } from "../text";

/** `value(period)` and an optional footnote marker (`※3`, `*1`). */
const DATED = /^(.+?)\s*\(([^()]+)\)\s*(?:[※*]\s*\d*)?$/;

export interface DatedValue {
  /** The value as written, without its period. */
  readonly value: string;
  /** The period as written (`令和元年度`) and its fiscal year. */
  readonly label: string;
  readonly fiscalYear: number;
}

/** The value and its period, or `null` when the text carries no period in parentheses. */
export function splitDated(text: string): DatedValue | null {
  const m = DATED.exec(toHalfWidth(text).trim());
  if (m === null) return null;
  const year = parseFiscalYearLabel(m[2]);
  if (!year.ok || year.suffix !== "") return null;
  return { value: m[1], label: m[2].trim(), fiscalYear: year.year };
}
