/**
 * What a cell holds once read: a number with its unit, a pending placeholder, an Excel error, or
 * something that is not a value (with the reason).
 */
import type { Decimal } from "./decimal";
import type { PendingPlaceholder } from "./placeholders";

/** Flags on a number that was read but deserves a remark. Message key: `issue.<flag>`. */
export const VALUE_ISSUES = [
  /** The number came as text (`"1,600件"`), not as a numeric cell. */
  "text-number",
  /** Full-width digits, signs, `％` or spaces were normalised (`１，６００件`). */
  "full-width",
  /** Digit grouping is wrong (`13,0000`): the digits were read as written, ignoring the commas. */
  "malformed-grouping",
  /** The unit is not in the unit table; it is kept as written and is its own base unit. */
  "unknown-unit",
] as const;
export type ValueIssue = (typeof VALUE_ISSUES)[number];

/** Why an input is not a value. Message key: `value.<code>`. */
export const INVALID_VALUE_CODES = [
  /** TRUE/FALSE: a boolean is never a KPI number. */
  "boolean",
  /** Text that does not start with a number and is no known placeholder (`abc`, `令和3年度新規`). */
  "not-a-number",
  /** A numeric cell holding NaN or ±Infinity. */
  "not-finite",
  /** A number too large for a double, or an exponent beyond ±400. */
  "out-of-range",
  /** Separators that make the digits ambiguous: `1.000.000`, `1 600`, `1.5,000`. */
  "separators",
  /** Digits around a slash or a dash: a date, a fraction or a range (`2023/4/1`, `1/2`, `5-10`). */
  "date-or-fraction",
  /** A sign after the number (`5-`). */
  "trailing-sign",
  /** Digits right after a unit (`0x10`, `3回10人`). */
  "digits-after-unit",
  /** Another number outside parentheses (`1,600件 2,000件`, `11イベント(令和2年度) 41イベント(令和元年度)`). */
  "multiple-numbers",
  /** Anything a grid cell should not hold (an object that is not an Excel error). */
  "unsupported-type",
] as const;
export type InvalidValueCode = (typeof INVALID_VALUE_CODES)[number];

export interface NumberValue {
  readonly kind: "number";
  /** The number as written, in `unit` (`130000` for `130,000千円`, `30` for `30.0%`). */
  readonly value: number;
  /** The same number, exactly, with the decimals as written (`30.0` keeps its trailing zero). */
  readonly decimal: Decimal;
  /** Unit as written after width normalisation: `千円`, `%`, `イベント`; `""` when none. */
  readonly unit: string;
  /** The unit values are compared in: `円` for `千円`, `人` for `万人`, `""` for `%` and plain numbers. */
  readonly baseUnit: string;
  /** Value in base unit = value × scale (`1000` for `千円`, `0.01` for `%`). Equal to `10 ** scalePower`. */
  readonly scale: number;
  /** The exact power of ten of `scale` (3 for `千円`, −2 for `%`); arithmetic uses this one. */
  readonly scalePower: number;
  /** `true` for `%`: the base value is a fraction (`30.0%` → 0.3). */
  readonly percent: boolean;
  /** Text after the number and unit, with one enclosing pair of parentheses removed (`0人(中止)` → `中止`). */
  readonly note?: string;
  /** The unit was read from a numeric cell's number format (`#,##0"人"`), not typed. */
  readonly unitFromFormat?: true;
  readonly issues: readonly ValueIssue[];
}

export interface PendingValue {
  readonly kind: "pending";
  /** The cell text exactly as it was (`""` for an empty cell). */
  readonly text: string;
  readonly placeholder: PendingPlaceholder;
}

export interface ErrorValue {
  readonly kind: "error";
  /** The Excel error code as shown: `#VALUE!`, `#DIV/0!`… (also when it arrived as text). */
  readonly code: string;
}

export interface InvalidValue {
  readonly kind: "invalid";
  readonly code: InvalidValueCode;
  /** The input as text (`TRUE` for a boolean). */
  readonly text: string;
}

/** The result of {@link parseValue}: discriminated on `kind`. */
export type ParsedValue = NumberValue | PendingValue | ErrorValue | InvalidValue;

/** `true` for a {@link ParsedValue} (as opposed to a raw cell value). */
export function isParsedValue(input: unknown): input is ParsedValue {
  return typeof input === "object" && input !== null && "kind" in input;
}
