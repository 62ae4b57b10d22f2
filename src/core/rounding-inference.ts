/**
 * The rounding a table publishes its rates with, inferred from the rates themselves: half up (the
 * common rule), truncation, at the decimals written (0.1 point, or whole percent). A rule is the
 * table's when it reproduces every published rate; when neither does, the table mixes rules (or has
 * wrong rates) and says so once, not once per cell. Half to even is never inferred: it differs from half
 * up only on exact ties, so a table whose one tie is rounded down would pass for it; a reading states it.
 */
import { percentFormatDecimals, plainDecimals } from "./number-formats";
import { baseDecimal } from "./operands";
import { roundRatio, type Ratio, type RoundingRule } from "./ratio";
import type { ParsedValue } from "./value-types";

export type { RoundingRule } from "./ratio";

/** The rules inference tells apart. */
export type InferredRule = Exclude<RoundingRule, "half-even">;

export interface InferredRounding {
  /** `mixed` when no single rule reproduces every published rate. */
  readonly rule: InferredRule | "mixed";
  /** Decimals of a percentage as published (1 for `66.7%`, 0 for `68%`); `null` when they vary. */
  readonly decimals: number | null;
  /** How many published rates the inference read. */
  readonly rates: number;
  /** How many of them the rule reproduces (all, unless `mixed`). */
  readonly reproduced: number;
}

/**
 * A published rate as the sheet shows it: a number in a percent-formatted cell (0.818 as `0.0%`) is the
 * percentage it displays (`81.8%`); in a table that keeps points (`points`: 66.7 under `達成率(%)`), a
 * plain number is that many percent at the decimals its format shows; anything else is the value as parsed.
 */
export function shownPercent(
  raw: unknown,
  numberFormat: string | null,
  parsed: ParsedValue | null,
  parse: (text: string) => ParsedValue,
  points = false,
): ParsedValue | null {
  if (typeof raw !== "number") return parsed;
  const decimals = percentFormatDecimals(numberFormat);
  if (decimals !== null) return parse(`${(raw * 100).toFixed(decimals)}%`);
  return points ? parse(`${raw.toFixed(plainDecimals(numberFormat) ?? 0)}%`) : parsed;
}

/** Whether `ratio` published as `published` (a percentage) follows `rule` at the precision written. */
export function publishedBy(ratio: Ratio, published: ParsedValue, rule: RoundingRule): boolean {
  if (published.kind !== "number" || !published.percent) return false;
  const target = baseDecimal(published);
  return roundRatio(ratio, target.exponent, rule).coefficient === target.coefficient;
}

/** Decimals of a published percentage (`66.7%` → 1). */
function percentDecimals(published: ParsedValue): number | null {
  return published.kind === "number" && published.percent ? Math.max(0, -published.decimal.exponent) : null;
}

/**
 * The rule that reproduces every published rate (`pairs` of exact rate and published percentage), half
 * up first when both do; `null` when nothing is published.
 */
export function inferRounding(
  pairs: readonly { readonly ratio: Ratio; readonly published: ParsedValue }[],
): InferredRounding | null {
  const usable = pairs.filter((p) => p.published.kind === "number" && p.published.percent);
  if (usable.length === 0) return null;
  const decimals = new Set(usable.map((p) => percentDecimals(p.published)));
  const shown = decimals.size === 1 ? ([...decimals][0] ?? null) : null;
  let best: { rule: InferredRule; reproduced: number } | null = null;
  for (const rule of ["half-up", "truncate"] as const) {
    const reproduced = usable.filter((p) => publishedBy(p.ratio, p.published, rule)).length;
    if (reproduced === usable.length) return { rule, decimals: shown, rates: usable.length, reproduced };
    if (best === null || reproduced > best.reproduced) best = { rule, reproduced };
  }
  return { rule: "mixed", decimals: shown, rates: usable.length, reproduced: best?.reproduced ?? 0 };
}
