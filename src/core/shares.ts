/**
 * Whole percentages that add up: each count's share of the total rounded by the largest remainder
 * (Hamilton's method), so a summary's 「達成 33%・概ね達成 33%・未達成 34%」 sums to 100%, never 99% or 101%.
 * Integer arithmetic only: count × 100 / total is split into quotient and remainder exactly.
 */

/**
 * `counts` (non-negative integers) as whole percentages summing to 100; all 0 when the total is 0. Each
 * share is its exact percentage rounded down or up; the ones rounded up are those with the largest
 * remainders, the earlier first on a tie, so a larger count never gets a smaller share.
 */
export function percentShares(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return counts.map(() => 0);
  const shares = counts.map((count) => Math.floor((count * 100) / total));
  const left = 100 - shares.reduce((sum, share) => sum + share, 0);
  const byRemainder = counts
    .map((count, index) => ({ index, remainder: (count * 100) % total }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let i = 0; i < left; i++) shares[byRemainder[i].index]++;
  return shares;
}
