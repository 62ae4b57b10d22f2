/**
 * `rate-mismatch`: a published rate that the exact rate, rounded by the publication rule, does not give.
 * Text (`209.4%`) is compared at the precision written. A numeric cell is compared as Excel holds it, at
 * 15 significant digits: it agrees when it is the exact rate to those digits (a formula such as `=F12/F11`
 * is never flagged for float noise such as 0.10749999999999998 for 10.75%), or when it shows the
 * published rounding at its percent format (`0.0%`), else at the settings' decimals (see `rateAgrees`).
 *
 * Rounding is the table's own (`rounding: "infer"`, the default): a table whose every rate is truncated
 * is right as published; a table mixing truncated and rounded rates is told once (info), not cell by cell;
 * a single truncated rate among rounded ones is the error it looks like. A rule stated (the settings'
 * `rounding`, or a table's given reading with its decimals, which wins) holds every rate to it: half to
 * even (106.25% → 106.2%) or truncation, with no other rule excused.
 */
import { publishedBy, shownPercent } from "../../rounding-inference";
import type { KpiTable } from "../../tables/model";
import { rateScaleOf } from "../../tables/rate-scale";
import { parseValue } from "../../values";
import type { Evaluation } from "../evaluate";
import { expectedRate, rateAgrees, rateFix } from "../expected";
import { mismatchFinding, periodCellFinding } from "../period-finding";
import { kpiRounding } from "../reading";
import { givenRounding } from "../given";
import { roundingRuleOf } from "../settings";
import type { Check, Finding } from "../types";
import type { Catalog } from "../../i18n/types";

/** The messages of its findings (`rules.<id>[.<variant>]`), in the catalog through catalog/rules.ts. */
export const messages = {
  "rules.rate-mismatch": {
    ja: "{cell}（{indicator} {period}）の達成率 {found} は、実績÷目標を 0.1 ポイントで四捨五入した {expected} と一致しません。",
    en: "{cell} ({indicator}, {period}): the published rate {found} differs from actual ÷ target rounded half up to 0.1 point, {expected}.",
  },
  "rules.rate-mismatch.half-even": {
    ja: "{cell}（{indicator} {period}）の達成率 {found} は、実績÷目標を偶数丸め（端数がちょうど半分なら偶数側）した {expected} と一致しません。",
    en: "{cell} ({indicator}, {period}): the published rate {found} differs from actual ÷ target rounded half to even, {expected}.",
  },
  "rules.rate-mismatch.truncate": {
    ja: "{cell}（{indicator} {period}）の達成率 {found} は、実績÷目標の端数を切り捨てた {expected} と一致しません。",
    en: "{cell} ({indicator}, {period}): the published rate {found} differs from actual ÷ target truncated, {expected}.",
  },
  "rules.rate-mismatch.mixed-rounding": {
    ja: "{cell} から（{indicator} {period} ほか {count} セル）: この表の達成率は、四捨五入のものと切り捨てのものが混在しています。端数処理をそろえてください。",
    en: "From {cell} ({indicator}, {period} and {count} cells in all): this table's rates mix rounding half up and truncation; use one rule.",
  },
} as const satisfies Catalog;

/** A rate the table's rounding rule may still give: the published rate is the exact one truncated. */
function truncates(e: Evaluation): boolean {
  const cell = e.period.cells.rate;
  if (cell === undefined || e.rate?.kind !== "rate") return false;
  const points = rateScaleOf(e.table) === "points";
  const shown = shownPercent(cell.raw, cell.numberFormat, e.period.rate, parseValue, points);
  return shown !== null && publishedBy(e.rate.ratio, shown, "truncate");
}

export const rateMismatch: Check<keyof typeof messages> = {
  id: "rate-mismatch",
  severity: "error",
  messages,
  run({ evaluations, settings }) {
    const findings: Finding[] = [];
    const truncated = new Map<KpiTable, Evaluation[]>();
    const mismatch = (e: Evaluation) => {
      const cell = e.period.cells.rate;
      if (cell === undefined) return;
      const own = givenRounding(e.table, settings);
      const expected = expectedRate(e, own) ?? "";
      const rule = roundingRuleOf(own);
      findings.push(
        mismatchFinding(this, e, cell, expected, {
          code: rule === "half-up" ? "rules.rate-mismatch" : `rules.rate-mismatch.${rule}`,
          fix: rateFix(e, cell, own),
        }),
      );
    };
    for (const e of evaluations) {
      const cell = e.period.cells.rate;
      if (cell === undefined || e.rate?.kind !== "rate" || e.period.cumulative) continue;
      const own = givenRounding(e.table, settings);
      if (rateAgrees(e.rate.ratio, cell, e.period.rate, own, rateScaleOf(e.table)) !== false) continue;
      if (own.rounding === "infer" && truncates(e)) {
        const list = truncated.get(e.table) ?? [];
        list.push(e);
        truncated.set(e.table, list);
      } else mismatch(e);
    }
    for (const [table, list] of truncated) {
      const rule = kpiRounding(evaluations.filter((e) => e.table === table))?.rule;
      if (rule === "truncate") continue;
      if (list.length < 2) {
        list.forEach(mismatch);
        continue;
      }
      const [first] = list;
      const cell = first.period.cells.rate;
      if (cell === undefined) continue;
      findings.push(
        periodCellFinding(this, first, cell, {
          code: "rules.rate-mismatch.mixed-rounding",
          params: { count: list.length },
          severity: "info",
        }),
      );
    }
    return findings;
  },
};
