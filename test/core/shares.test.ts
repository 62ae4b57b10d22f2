/** Whole percentages that add up to 100% (largest remainder). */
import fc from "fast-check";
import { percentShares } from "../../src/core";

const counts = fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 12 });
const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

test("three equal thirds are 34 + 33 + 33, not 33 × 3 = 99", () => {
  expect(percentShares([1, 1, 1])).toEqual([34, 33, 33]);
  expect(percentShares([2, 1, 1, 0])).toEqual([50, 25, 25, 0]);
  // Rounding each alone gives 17 + 17 + 17 + 17 + 17 + 17 = 102: two fewer are rounded up.
  expect(percentShares([1, 1, 1, 1, 1, 1])).toEqual([17, 17, 17, 17, 16, 16]);
  expect(percentShares([0, 0])).toEqual([0, 0]);
});

test("the shares of any counts sum to 100 (0 when there is nothing to count)", () => {
  fc.assert(
    fc.property(counts, (xs) => {
      expect(total(percentShares(xs))).toBe(total(xs) === 0 ? 0 : 100);
    }),
  );
});

test("each share is its exact percentage rounded down or up", () => {
  fc.assert(
    fc.property(counts, (xs) => {
      const sum = total(xs);
      fc.pre(sum > 0);
      percentShares(xs).forEach((share, i) => {
        const exact = (xs[i] * 100) / sum;
        expect(share === Math.floor(exact) || share === Math.ceil(exact)).toBe(true);
      });
    }),
  );
});

test("a larger count never gets a smaller share, and equal counts differ by at most 1", () => {
  fc.assert(
    fc.property(counts, (xs) => {
      const shares = percentShares(xs);
      for (let i = 0; i < xs.length; i++)
        for (let j = 0; j < xs.length; j++) {
          if (xs[i] > xs[j]) expect(shares[i]).toBeGreaterThanOrEqual(shares[j]);
          if (xs[i] === xs[j]) expect(Math.abs(shares[i] - shares[j])).toBeLessThanOrEqual(1);
        }
    }),
  );
});
