/**
 * Numbers displayed as officials write them: grouping commas, the unit right after the number
 * (`1,600件`, `130,000千円`, `30.0%`), decimals as given.
 */
import { decimalFromNumber, decimalToString, type Decimal } from "./decimal";
import { ratioFromDecimal, roundRatio } from "./ratio";
import type { NumberValue } from "./value-types";

export interface FormatNumberOptions {
  /** Round half away from zero to this many decimals; default: the decimals the value has. */
  readonly fractionDigits?: number;
  /** `minus` (default) → `-1,234`; `triangle` → `△1,234` (public-accounting style). */
  readonly negative?: "minus" | "triangle";
}

/** `1234567` → `1,234,567` (linear in the length). */
function groupDigits(integer: string): string {
  let out = integer.slice(0, ((integer.length - 1) % 3) + 1);
  for (let i = out.length; i < integer.length; i += 3) out += `,${integer.slice(i, i + 3)}`;
  return out;
}

/**
 * `1600, "件"` → `1,600件`; `130000, "千円"` → `130,000千円`; a parsed value keeps its own unit and
 * decimals (`30.0%` stays `30.0%`) unless `unit` is given. A number that is not finite gives `""`.
 */
export function formatNumber(
  value: number | Decimal | NumberValue,
  unit?: string,
  options: FormatNumberOptions = {},
): string {
  let exact: Decimal | null;
  let shownUnit = unit ?? "";
  if (typeof value === "number") exact = decimalFromNumber(value);
  else if ("kind" in value) {
    exact = value.decimal;
    shownUnit = unit ?? value.unit;
  } else exact = value;
  if (exact === null) return "";
  if (options.fractionDigits !== undefined)
    exact = roundRatio(ratioFromDecimal(exact), -options.fractionDigits);
  const plain = decimalToString(exact);
  const negative = plain.startsWith("-");
  const [integer, fraction] = (negative ? plain.slice(1) : plain).split(".");
  const body = groupDigits(integer) + (fraction === undefined ? "" : `.${fraction}`);
  const sign = negative ? (options.negative === "triangle" ? "△" : "-") : "";
  return `${sign}${body}${shownUnit}`;
}
