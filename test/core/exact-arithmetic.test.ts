/** Exact decimal arithmetic and the publication rounding rule (docs/domain.md, Achievement rate). */
import fc from "fast-check";
import {
  achievementRate,
  classifyStatus,
  compareDecimal,
  decimalFromNumber,
  decimalFromPlainString,
  decimalToNumber,
  decimalToString,
  divideDecimals,
  formatRate,
  matchesPublishedRate,
  ratioToNumber,
  roundRate,
  significantDecimal,
  type Decimal,
  type Ratio,
  type RateResult,
} from "../../src/core";

const PROPERTY_RUNS = { numRuns: 10_000 };

function ratioOf(result: RateResult): Ratio {
  if (result.kind !== "rate") throw new Error(`expected a rate, got ${result.kind}`);
  return result.ratio;
}

function exact(text: string): Decimal {
  const parsed = decimalFromPlainString(text);
  if (parsed === null) throw new Error(`not a decimal: ${text}`);
  return parsed;
}

describe("floating point traps named in domain.md", () => {
  test("23 / 80 = 28.75% rounds to 28.8%, where Math.round(23 / 80 × 100 × 10) / 10 gives 28.7", () => {
    expect(Math.round((23 / 80) * 100 * 10) / 10).toBe(28.7);
    expect(formatRate(ratioOf(achievementRate(23, 80)))).toBe("28.8%");
  });

  test("44.8% ÷ 56.0% is exactly 80.0% and therefore 概ね達成, although 0.448 / 0.56 < 0.8 in binary floats", () => {
    expect(0.448 / 0.56 < 0.8).toBe(true);
    const rate = achievementRate("44.8%", "56.0%");
    expect(ratioOf(rate).numerator * BigInt(5)).toBe(ratioOf(rate).denominator * BigInt(4));
    expect(classifyStatus(rate).label).toBe("概ね達成");
    expect(classifyStatus(achievementRate(0.448, 0.56)).label).toBe("概ね達成");
  });

  test("the tie 17 / 16 = 106.25% rounds half up to 106.3% (banker's rounding would give 106.2%)", () => {
    expect(formatRate(ratioOf(achievementRate("17事業", "16事業")))).toBe("106.3%");
  });

  test("3,350 / 1,600 = 209.375% → 209.4% (truncation would give 209.3%)", () => {
    const ratio = ratioOf(achievementRate("3,350件", "1,600件"));
    expect(decimalToString(roundRate(ratio))).toBe("209.4");
    expect(formatRate(ratio)).toBe("209.4%");
  });
});

describe("roundRate and formatRate", () => {
  test("fractionDigits selects the precision: 2/3 → 67%, 66.7%, 66.67%", () => {
    const twoThirds = ratioOf(achievementRate(2, 3));
    expect(formatRate(twoThirds, 0)).toBe("67%");
    expect(formatRate(twoThirds)).toBe("66.7%");
    expect(formatRate(twoThirds, 2)).toBe("66.67%");
  });

  test("negative rates round half away from zero, like Excel's ROUND: −0.00125 → −0.1%", () => {
    expect(formatRate(ratioOf(achievementRate(-1, 800)))).toBe("-0.1%");
  });

  test("rates of 1,000% and more are grouped: 12,345.7%", () => {
    expect(formatRate(ratioOf(achievementRate(123457, 1000)))).toBe("12,345.7%");
  });

  test("roundRate stays within half a step of the exact rate, ties going up (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: BigInt(-1e12), max: BigInt(1e12) }),
        fc.bigInt({ min: BigInt(1), max: BigInt(1e12) }),
        (a, b) => {
          const rounded = roundRate({ numerator: a, denominator: b });
          const tenths = rounded.coefficient; // in 0.1 percentage points: rate ≈ tenths / 1000
          const twiceScaled = BigInt(2000) * a; // 2 × 1000 × a / b compared with 2 × tenths ± 1
          if (a >= BigInt(0)) {
            expect(twiceScaled >= (BigInt(2) * tenths - BigInt(1)) * b).toBe(true);
            expect(twiceScaled < (BigInt(2) * tenths + BigInt(1)) * b).toBe(true);
          } else {
            expect(twiceScaled > (BigInt(2) * tenths - BigInt(1)) * b).toBe(true);
            expect(twiceScaled <= (BigInt(2) * tenths + BigInt(1)) * b).toBe(true);
          }
        },
      ),
      PROPERTY_RUNS,
    );
  });
});

describe("matchesPublishedRate: the rounding rule as the tolerance for a published value", () => {
  const ratio = ratioOf(achievementRate(3350, 1600));

  test.each([
    ["209.4%", true],
    ["209%", true],
    ["209.3%", false],
    ["209.38%", true],
    [2.094, true],
  ] as const)("2.09375 against published %j → %s", (published, expected) => {
    expect(matchesPublishedRate(ratio, published)).toBe(expected);
  });

  test("a published text that is not a number (#VALUE!, 集計中) gives null, not false", () => {
    expect(matchesPublishedRate(ratio, "#VALUE!")).toBeNull();
    expect(matchesPublishedRate(ratio, "集計中")).toBeNull();
  });
});

describe("Decimal", () => {
  test("decimalFromNumber takes the shortest representation: 0.1 is exactly one tenth", () => {
    expect(compareDecimal(decimalFromNumber(0.1) as Decimal, exact("0.10"))).toBe(0);
    expect(decimalFromNumber(Number.NaN)).toBeNull();
  });

  test("decimal string ↔ number round trip for any finite double (property)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const d = decimalFromNumber(n) as Decimal;
        expect(decimalToNumber(d)).toBe(n === 0 ? 0 : n);
        expect(Number(decimalToString(d))).toBe(n === 0 ? 0 : n);
      }),
      PROPERTY_RUNS,
    );
  });

  test("significantDecimal keeps the 15 digits Excel keeps of a double: 0.448 / 0.56 is 0.8, not 0.7999999999999999", () => {
    expect(significantDecimal(0.448 / 0.56)).toEqual({
      coefficient: BigInt("800000000000000"),
      exponent: -15,
    });
    expect(compareDecimal(significantDecimal(0.086 / 0.8) as Decimal, exact("0.1075"))).toBe(0);
    expect(compareDecimal(significantDecimal(1e21) as Decimal, exact("1e21"))).toBe(0);
    expect(significantDecimal(0.1234567, 3)).toEqual({ coefficient: BigInt(123), exponent: -3 });
    expect(significantDecimal(Number.POSITIVE_INFINITY)).toBeNull();
  });

  test("ratioToNumber is finite even for ratios beyond the double range", () => {
    const huge = divideDecimals(exact("1e400"), exact("1e-400")) as Ratio;
    expect(Number.isFinite(ratioToNumber(huge))).toBe(true);
    expect(ratioToNumber(divideDecimals(exact("1"), exact("3")) as Ratio)).toBe(1 / 3);
  });
});
