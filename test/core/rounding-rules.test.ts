/**
 * The three rounding rules on exact ratios (core/ratio.ts `roundRatio`): half up, half to even and
 * truncation, at any power of ten. Half to even is what a reading may state (`rounding: "half-even"`).
 */
import fc from "fast-check";
import {
  achievementRate,
  formatRate,
  matchesPublishedRate,
  roundRatio,
  type Decimal,
  type Ratio,
} from "../../src/core";

const ZERO = BigInt(0);
const ONE = BigInt(1);
const TWO = BigInt(2);
const TEN = BigInt(10);

const ratio = (numerator: number | bigint, denominator: number | bigint): Ratio => ({
  numerator: BigInt(numerator),
  denominator: BigInt(denominator),
});
const shown = (d: Decimal) => `${d.coefficient}e${d.exponent}`;

describe("half to even on exact decimals, never floats", () => {
  test.each([
    [ratio(125, 1000), -2, "12e-2"], // 0.125 → 0.12: a tie, 2 is even
    [ratio(135, 1000), -2, "14e-2"], // 0.135 → 0.14: a tie, 3 is odd
    [ratio(-125, 1000), -2, "-12e-2"],
    [ratio(-135, 1000), -2, "-14e-2"],
    [ratio(1251, 10000), -2, "13e-2"], // above the tie: up, as half up
    [ratio(5, 2), 0, "2e0"],
    [ratio(7, 2), 0, "4e0"],
    [ratio(25, 1), 1, "2e1"],
    [ratio(2, 3), -3, "667e-3"],
  ])("%o at 10^%i is %s", (value, exponent, expected) => {
    expect(shown(roundRatio(value, exponent, "half-even"))).toBe(expected);
  });

  test("the rules differ only where they should: 0.125 and 0.135 at two decimals", () => {
    const rules = ["half-up", "half-even", "truncate"] as const;
    expect(rules.map((rule) => shown(roundRatio(ratio(125, 1000), -2, rule)))).toEqual([
      "13e-2",
      "12e-2",
      "12e-2",
    ]);
    expect(rules.map((rule) => shown(roundRatio(ratio(135, 1000), -2, rule)))).toEqual([
      "14e-2",
      "14e-2",
      "13e-2",
    ]);
  });

  test("a rate: 17 ÷ 16 = 106.25% is 106.3% half up, 106.2% half to even; 23 ÷ 80 = 28.75% is 28.8% both ways", () => {
    const rateOf = (actual: number, target: number) => {
      const rate = achievementRate(actual, target);
      if (rate.kind !== "rate") throw new Error(rate.kind);
      return rate.ratio;
    };
    expect(formatRate(rateOf(17, 16))).toBe("106.3%");
    expect(formatRate(rateOf(17, 16), 1, "half-even")).toBe("106.2%");
    expect(formatRate(rateOf(23, 80), 1, "half-even")).toBe("28.8%");
    expect(matchesPublishedRate(rateOf(17, 16), "106.2%", "half-even")).toBe(true);
    expect(matchesPublishedRate(rateOf(17, 16), "106.3%", "half-even")).toBe(false);
    expect(matchesPublishedRate(rateOf(17, 16), "106.3%")).toBe(true);
  });
});

/** `value` exactly at a tie of `10^exponent` (an odd number of half steps), scaled by `scale` unreduced. */
function tieAt(halfSteps: bigint, exponent: number, scale: bigint): Ratio {
  const odd = TWO * halfSteps + ONE;
  const step = TEN ** BigInt(Math.abs(exponent));
  return exponent < 0
    ? { numerator: odd * scale, denominator: TWO * step * scale }
    : { numerator: odd * step * scale, denominator: TWO * scale };
}

/** Whether `r` lies exactly halfway between two multiples of `10^exponent`. */
function isTie(r: Ratio, exponent: number): boolean {
  const step = TEN ** BigInt(Math.abs(exponent));
  const scaled = exponent < 0 ? r.numerator * step : r.numerator;
  const denominator = exponent < 0 ? r.denominator : r.denominator * step;
  const magnitude = scaled < ZERO ? -scaled : scaled;
  return TWO * (magnitude % denominator) === denominator;
}

/** `|r − d| × 2` compared with one unit `10^exponent`: −1, 0, 1 as below, at, above half a unit. */
function twiceDistanceVersusUnit(r: Ratio, d: Decimal): number {
  const step = TEN ** BigInt(Math.abs(d.exponent));
  // r − d = (numerator × step − coefficient × denominator) / (denominator × step) for a negative exponent.
  const [difference, denominator] =
    d.exponent < 0
      ? [r.numerator * step - d.coefficient * r.denominator, r.denominator * step]
      : [r.numerator - d.coefficient * step * r.denominator, r.denominator];
  const twice = TWO * (difference < ZERO ? -difference : difference);
  const unit = d.exponent < 0 ? denominator / step : denominator * step;
  return twice < unit ? -1 : twice === unit ? 0 : 1;
}

const exponents = fc.integer({ min: -6, max: 3 });
const anyRatio = fc
  .tuple(fc.bigInt({ min: BigInt(-1e12), max: BigInt(1e12) }), fc.bigInt({ min: ONE, max: BigInt(1e9) }))
  .map(([numerator, denominator]) => ({ numerator, denominator }));
/** Ties are rare among random ratios: half the cases are built on one. */
const ratios = (exponent: number) =>
  fc.oneof(
    anyRatio,
    fc
      .tuple(fc.bigInt({ min: BigInt(-1e9), max: BigInt(1e9) }), fc.bigInt({ min: ONE, max: BigInt(50) }))
      .map(([halfSteps, scale]) => tieAt(halfSteps, exponent, scale)),
  );
const cases = exponents.chain((exponent) => ratios(exponent).map((r) => ({ r, exponent })));

describe("properties of the rules", () => {
  test("half to even agrees with half up except on exact ties, where it keeps the even neighbour", () => {
    fc.assert(
      fc.property(cases, ({ r, exponent }) => {
        const up = roundRatio(r, exponent, "half-up").coefficient;
        const even = roundRatio(r, exponent, "half-even").coefficient;
        if (!isTie(r, exponent)) return up === even;
        const magnitude = (x: bigint) => (x < ZERO ? -x : x);
        return even % TWO === ZERO && magnitude(up) - magnitude(even) <= ONE;
      }),
      { numRuns: 2000 },
    );
  });

  test("rounding to nearest is within half a unit of the exact ratio; truncation is half up or one step toward zero", () => {
    const magnitude = (x: bigint) => (x < ZERO ? -x : x);
    fc.assert(
      fc.property(cases, ({ r, exponent }) => {
        const even = roundRatio(r, exponent, "half-even");
        const up = roundRatio(r, exponent, "half-up");
        const down = roundRatio(r, exponent, "truncate").coefficient;
        const step = magnitude(up.coefficient) - magnitude(down);
        const sameSign = down === ZERO || down < ZERO === r.numerator < ZERO;
        return (
          twiceDistanceVersusUnit(r, even) <= 0 &&
          twiceDistanceVersusUnit(r, up) <= 0 &&
          (step === ZERO || step === ONE) &&
          sameSign
        );
      }),
      { numRuns: 2000 },
    );
  });

  test("half to even is symmetric: −x rounds to −(x rounded)", () => {
    fc.assert(
      fc.property(cases, ({ r, exponent }) => {
        const negated = { numerator: -r.numerator, denominator: r.denominator };
        return (
          roundRatio(negated, exponent, "half-even").coefficient ===
          -roundRatio(r, exponent, "half-even").coefficient
        );
      }),
      { numRuns: 2000 },
    );
  });
});
