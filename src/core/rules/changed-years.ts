/**
 * An indicator whose name says it changed between periods: 004 No.12
 * `R3~4 産学共同研究事業補助金交付件数 R5 あつぎ生まれのロボット発信事業実施件数`, or
 * `(令和3年～令和4年)… (令和5年～)…`. Years are read by core's `parseFiscalYearLabel`.
 */
import { parseFiscalYearLabel } from "../era";
import type { Indicator } from "../tables/model";

const TOKEN_BREAK = /[\s()（）]+/;

/** The distinct fiscal years that open segments of the name, in order. */
function changedYears(name: string): number[] {
  const years: number[] = [];
  for (const token of name.split(TOKEN_BREAK)) {
    if (token === "") continue;
    const label = parseFiscalYearLabel(token);
    if (label.ok && !years.includes(label.year)) years.push(label.year);
  }
  return years;
}

const yearsByIndicator = new WeakMap<Indicator, readonly number[]>();

/** {@link changedYears} of an indicator's name, read once per indicator (evaluation and the check both ask). */
export function changedYearsOf(indicator: Indicator): readonly number[] {
  let years = yearsByIndicator.get(indicator);
  if (years === undefined) {
    years = changedYears(indicator.name);
    yearsByIndicator.set(indicator, years);
  }
  return years;
}
