/**
 * Rounding as cities publish: half up (away from zero) at 0.1 percentage point, on the exact rate.
 * `3350 / 1600 = 209.375%` → 209.4%; `17 / 16 = 106.25%` → 106.3%; `23 / 80 = 28.75%` → 28.8%.
 * A table's reading may state another rule (`half-even`: 106.25% → 106.2%; `truncate`).
 */
import type { Decimal } from "./decimal";
import { formatNumber } from "./format";
import { roundRatio, type Ratio, type RoundingRule } from "./ratio";
import { baseDecimal, toParsed } from "./operands";
import type { RateInput } from "./rate-types";

/**
 * The rate in percentage points, rounded by `rule` (default half up) to `fractionDigits` (default 1):
 * 2.09375 → 209.4 (`{2094n, -1}`). Negative rates round away from zero, like Excel's ROUND.
 */
export function roundRate(ratio: Ratio, fractionDigits = 1, rule: RoundingRule = "half-up"): Decimal {
  const rounded = roundRatio(ratio, -(fractionDigits + 2), rule);
  return { coefficient: rounded.coefficient, exponent: -fractionDigits };
}

/** The rate as officials print it: `209.4%` (`fractionDigits` default 1, grouping for ≥ 1,000%). */
export function formatRate(ratio: Ratio, fractionDigits = 1, rule: RoundingRule = "half-up"): string {
  return formatNumber(roundRate(ratio, fractionDigits, rule), "%");
}

/**
 * Whether a published rate agrees with the exact one, by the publication rule: the exact rate rounded
 * (half up unless `rule` says otherwise) to the published precision equals the published value
 * (`209.4%` ⇐ 2.09375; `125%` ⇐ 1.25; a plain `2.094` in a %-formatted cell is read as a fraction).
 * `null` when `published` is not a number.
 */
export function matchesPublishedRate(
  ratio: Ratio,
  published: RateInput,
  rule: RoundingRule = "half-up",
): boolean | null {
  const parsed = toParsed(published);
  if (parsed.kind !== "number" || parsed.baseUnit !== "") return null;
  const target = baseDecimal(parsed);
  const rounded = roundRatio(ratio, target.exponent, rule);
  return rounded.coefficient === target.coefficient;
}
