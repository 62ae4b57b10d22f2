/**
 * `rate-mismatch`: a published rate that the exact rate, rounded by the publication rule, does not give.
 * Text (`209.4%`) is compared at the precision written. A numeric cell is compared as Excel holds it, at
 * 15 significant digits: it agrees when it is the exact rate to those digits (a formula such as `=F12/F11`
 * is never flagged for float noise such as 0.10749999999999998 for 10.75%), or when it shows the
 * published rounding at its percent format (`0.0%`), else at the settings' decimals (see `rateAgrees`).
 */
import { expectedRate, rateAgrees, rateFix } from "../expected";
import { mismatchFinding } from "../period-finding";
import { rateScaleOf } from "../../tables/rate-scale";
import type { Check, Finding } from "../types";
import type { Catalog } from "../../i18n/types";

/** The messages of its findings (`rules.<id>[.<variant>]`), in the catalog through catalog/rules.ts. */
export const messages = {
  "rules.rate-mismatch": {
    ja: "{cell}（{indicator} {period}）の達成率 {found} は、実績÷目標を 0.1 ポイントで四捨五入した {expected} と一致しません。",
    en: "{cell} ({indicator}, {period}): the published rate {found} differs from actual ÷ target rounded half up to 0.1 point, {expected}.",
  },
} as const satisfies Catalog;

export const rateMismatch: Check<keyof typeof messages> = {
  id: "rate-mismatch",
  severity: "error",
  messages,
  run({ evaluations, settings }) {
    const findings: Finding[] = [];
    for (const e of evaluations) {
      const cell = e.period.cells.rate;
      if (cell === undefined || e.rate?.kind !== "rate" || e.period.cumulative) continue;
      if (rateAgrees(e.rate.ratio, cell, e.period.rate, settings, rateScaleOf(e.table)) !== false) continue;
      const expected = expectedRate(e, settings) ?? "";
      findings.push(
        mismatchFinding(this, e, cell, expected, {
          code: "rules.rate-mismatch",
          fix: rateFix(e, cell, settings),
        }),
      );
    }
    return findings;
  },
};
