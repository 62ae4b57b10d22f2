/**
 * Exact rationals `numerator / denominator` (BigInt, denominator > 0, not necessarily reduced).
 * A rate is a ratio of two decimals, so it is exact as a rational; 23/80 stays 23/80 until it is
 * rounded for display, and `0.448 / 0.56` is exactly 4/5.
 */
import { type Decimal, powerOfTen } from "./decimal";

export interface Ratio {
  readonly numerator: bigint;
  /** Always positive. */
  readonly denominator: bigint;
}

const ZERO = BigInt(0);
const ONE = BigInt(1);
const TWO = BigInt(2);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** `a / b` exactly; `null` when `b` is zero. */
export function divideDecimals(a: Decimal, b: Decimal): Ratio | null {
  if (b.coefficient === ZERO) return null;
  let numerator = a.coefficient;
  let denominator = b.coefficient;
  const shift = a.exponent - b.exponent;
  if (shift > 0) numerator *= powerOfTen(shift);
  else if (shift < 0) denominator *= powerOfTen(-shift);
  return normalisedSign(numerator, denominator);
}

/** A decimal as a ratio (`0.8` → 8/10). */
export function ratioFromDecimal(a: Decimal): Ratio {
  return a.exponent >= 0
    ? { numerator: a.coefficient * powerOfTen(a.exponent), denominator: ONE }
    : { numerator: a.coefficient, denominator: powerOfTen(-a.exponent) };
}

export function ratioFromInteger(n: number): Ratio {
  return { numerator: BigInt(n), denominator: ONE };
}

function normalisedSign(numerator: bigint, denominator: bigint): Ratio {
  return denominator < ZERO
    ? { numerator: -numerator, denominator: -denominator }
    : { numerator, denominator };
}

function addRatios(a: Ratio, b: Ratio): Ratio {
  return {
    numerator: a.numerator * b.denominator + b.numerator * a.denominator,
    denominator: a.denominator * b.denominator,
  };
}

export function subtractRatios(a: Ratio, b: Ratio): Ratio {
  return addRatios(a, { numerator: -b.numerator, denominator: b.denominator });
}

export function absoluteRatio(a: Ratio): Ratio {
  return a.numerator < ZERO ? { numerator: -a.numerator, denominator: a.denominator } : a;
}

/** −1, 0 or 1 as `a` is below, equal to or above `b`, exactly. */
export function compareRatios(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The nearest JavaScript number; finite for every ratio (huge values saturate to ±MAX_VALUE). */
export function ratioToNumber(a: Ratio): number {
  const { numerator, denominator } = a;
  const absNumerator = numerator < ZERO ? -numerator : numerator;
  if (absNumerator <= MAX_SAFE && denominator <= MAX_SAFE) return Number(numerator) / Number(denominator);
  // 20 significant digits of the quotient, then one correctly rounded string-to-number conversion.
  const digitsOf = (n: bigint) => n.toString().length;
  const shift = Math.max(0, 20 - (digitsOf(absNumerator) - digitsOf(denominator)));
  const scaled = (absNumerator * powerOfTen(shift)) / denominator;
  const magnitude = Math.min(Number(`${scaled}e-${shift}`), Number.MAX_VALUE);
  return numerator < ZERO ? -magnitude : magnitude;
}

/**
 * How a rate is rounded to the decimals published: `half-up` half away from zero (Excel's ROUND, and what a
 * percent format displays), `half-even` a tie to the even digit (banker's rounding: 0.125 → 0.12,
 * 0.135 → 0.14), `truncate` toward zero (ROUNDDOWN).
 */
export type RoundingRule = "half-up" | "half-even" | "truncate";

/** The ratio rounded by `rule` (default half away from zero) to a multiple of `10^exponent` (exponent −3 → 0.001). */
export function roundRatio(ratio: Ratio, exponent: number, rule: RoundingRule = "half-up"): Decimal {
  let numerator = ratio.numerator;
  let denominator = ratio.denominator;
  if (exponent < 0) numerator *= powerOfTen(-exponent);
  else denominator *= powerOfTen(exponent);
  const negative = numerator < ZERO;
  const magnitude = negative ? -numerator : numerator;
  let quotient = magnitude / denominator;
  const twiceRemainder = TWO * (magnitude % denominator);
  const tie = twiceRemainder === denominator;
  const up =
    rule === "truncate"
      ? false
      : twiceRemainder > denominator || (tie && (rule === "half-up" || quotient % TWO === ONE));
  if (up) quotient += ONE;
  return { coefficient: negative ? -quotient : quotient, exponent };
}
