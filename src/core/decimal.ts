/**
 * Exact decimal numbers: `coefficient × 10^exponent` with a BigInt coefficient.
 *
 * Cell text such as `44.8%` or `130,000千円` is decimal; binary floats cannot hold it exactly, so every
 * comparison and rate in the engine goes through this type (or {@link Ratio}). Scaling by a unit
 * (千円 = 10^3 円, % = 10^-2) is an exponent shift, never a multiplication by a float.
 */

/** An exact decimal: `coefficient × 10^exponent`. Not normalised: `1.50` is `{150n, -2}`. */
export interface Decimal {
  readonly coefficient: bigint;
  readonly exponent: number;
}

const BIG_TEN = BigInt(10);
const ZERO = BigInt(0);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;
const INTEGER = /^[-+]?\d+$/;
const EXPONENT = /[eE]/;
const POWERS_OF_TEN: bigint[] = [BigInt(1)];

/** `10^n` as a BigInt (n ≥ 0), cached for the small exponents every table uses. */
export function powerOfTen(n: number): bigint {
  while (POWERS_OF_TEN.length <= Math.min(n, 64)) {
    POWERS_OF_TEN.push(POWERS_OF_TEN[POWERS_OF_TEN.length - 1] * BIG_TEN);
  }
  return n < POWERS_OF_TEN.length ? POWERS_OF_TEN[n] : BIG_TEN ** BigInt(n);
}

/** A decimal from an integer coefficient and a power of ten. */
export function decimal(coefficient: bigint, exponent = 0): Decimal {
  return { coefficient, exponent };
}

/**
 * The decimal a JavaScript number *shows*: its shortest round-trip representation (`0.1` → 1 × 10^-1),
 * which is what Excel displays and what a person typed. `NaN` and `±Infinity` have no decimal: `null`.
 */
export function decimalFromNumber(value: number): Decimal | null {
  if (Number.isSafeInteger(value)) return { coefficient: BigInt(value), exponent: 0 };
  if (!Number.isFinite(value)) return null;
  return decimalFromPlainString(String(value));
}

/** Significant digits Excel shows, compares and saves of a double. */
export const EXCEL_SIGNIFICANT_DIGITS = 15;

/**
 * A number rounded to `digits` significant digits, by default the 15 that Excel keeps of a double: a
 * formula's `0.448 / 0.56` is the double 0.7999999999999999, which Excel shows, compares and saves as
 * 0.800000000000000. The exponent is the last kept digit's place, so trailing zeros stay. `NaN` and
 * `±Infinity` have no decimal: `null`.
 */
export function significantDecimal(value: number, digits = EXCEL_SIGNIFICANT_DIGITS): Decimal | null {
  if (!Number.isFinite(value)) return null;
  return decimalFromPlainString(value.toPrecision(digits));
}

/** Integers up to this magnitude have at most 15 digits: they are shown as they are. */
const MAX_SHOWN_INTEGER = 999_999_999_999_999;

/**
 * The decimal Excel shows of a double: {@link significantDecimal} at 15 digits with trailing zeros dropped
 * (`0.7999999999999999` → 0.8, `80.00000000000001` → 80, `28.999999999999996` → 29). Every number that
 * comes from a cell is read this way before exact arithmetic. `null` for `NaN` and `±Infinity`.
 */
export function displayedDecimal(value: number): Decimal | null {
  if (Number.isInteger(value) && Math.abs(value) <= MAX_SHOWN_INTEGER)
    return { coefficient: BigInt(value), exponent: 0 };
  const rounded = significantDecimal(value);
  return rounded === null ? null : withoutTrailingZeros(rounded);
}

/** The same decimal with its trailing zeros removed from the coefficient (`{800n, -3}` → `{8n, -1}`). */
export function withoutTrailingZeros(a: Decimal): Decimal {
  if (a.coefficient === ZERO) return { coefficient: ZERO, exponent: 0 };
  let { coefficient, exponent } = a;
  while (coefficient % BIG_TEN === ZERO) {
    coefficient /= BIG_TEN;
    exponent++;
  }
  return { coefficient, exponent };
}

/**
 * Parses `[-]digits[.digits][e[+-]digits]` (no grouping, ASCII only), as produced by `String(number)`
 * or by the value parser after it removed grouping. Returns `null` for anything else.
 */
export function decimalFromPlainString(text: string): Decimal | null {
  let mantissa = text;
  let exponent = 0;
  const e = text.search(EXPONENT);
  if (e >= 0) {
    exponent = Number(text.slice(e + 1));
    mantissa = text.slice(0, e);
    if (!Number.isInteger(exponent)) return null;
  }
  const dot = mantissa.indexOf(".");
  if (dot >= 0) {
    exponent -= mantissa.length - dot - 1;
    mantissa = mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  }
  if (!INTEGER.test(mantissa)) return null;
  return { coefficient: BigInt(mantissa), exponent };
}

/** Both decimals brought to the smaller exponent, so that their coefficients can be added or compared. */
function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  if (a.exponent === b.exponent) return [a.coefficient, b.coefficient, a.exponent];
  if (a.exponent < b.exponent) {
    return [a.coefficient, b.coefficient * powerOfTen(b.exponent - a.exponent), a.exponent];
  }
  return [a.coefficient * powerOfTen(a.exponent - b.exponent), b.coefficient, b.exponent];
}

export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = aligned(a, b);
  return { coefficient: x + y, exponent };
}

export function subtractDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = aligned(a, b);
  return { coefficient: x - y, exponent };
}

/** −1, 0 or 1 as `a` is below, equal to or above `b`, exactly. */
export function compareDecimal(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `a × 10^power`, exactly (unit scaling: 千円 → 円 is power 3). */
export function shiftDecimal(a: Decimal, power: number): Decimal {
  return { coefficient: a.coefficient, exponent: a.exponent + power };
}

/** Plain positional notation without exponent or grouping: `{-12345n, -2}` → `"-123.45"`. */
export function decimalToString(a: Decimal): string {
  const negative = a.coefficient < ZERO;
  const digits = (negative ? -a.coefficient : a.coefficient).toString();
  let body: string;
  if (a.exponent >= 0) {
    body = digits === "0" ? "0" : digits + "0".repeat(a.exponent);
  } else {
    const fractionDigits = -a.exponent;
    const padded = digits.padStart(fractionDigits + 1, "0");
    body = `${padded.slice(0, padded.length - fractionDigits)}.${padded.slice(padded.length - fractionDigits)}`;
  }
  return negative ? `-${body}` : body;
}

/** The nearest JavaScript number (correctly rounded, via the decimal string). */
export function decimalToNumber(a: Decimal): number {
  if (a.exponent === 0 && a.coefficient <= MAX_SAFE && a.coefficient >= MIN_SAFE)
    return Number(a.coefficient);
  return Number(`${a.coefficient}e${a.exponent}`);
}
