/**
 * `direction-suspect` (info): an indicator the sheet marks lower-is-better (a ダウン direction column, a
 * `以下` target), or whose name reads as one (待機児童数, 交通事故件数, ごみ排出量: `words.ts`), while its
 * published rate is plain actual ÷ target. Above 100% then means the target was missed, not exceeded.
 * Reported once per indicator, at its first such rate; the rate is right as published arithmetic.
 */
import { normaliseLabel } from "../../tables/vocabulary";
import { DEFAULT_WORDS } from "../../tables/words";
import type { Indicator } from "../../tables/model";
import { directionOf } from "../evaluate";
import { rateAgrees } from "../expected";
import { rateScaleOf } from "../../tables/rate-scale";
import { periodCellFinding } from "../period-finding";
import type { Check, Finding } from "../types";
import type { Catalog } from "../../i18n/types";

export const messages = {
  "rules.direction-suspect": {
    ja: "{cell}（{indicator} {period}）: {why}のに、達成率は実績 ÷ 目標で計算されています。100% を超えると目標未達を意味します（減少型なら 目標 ÷ 実績 などで計算してください）。",
    en: "{cell} ({indicator}, {period}): {whyEn}, yet the rate is actual ÷ target, so above 100% means the target was missed (for lower-is-better use target ÷ actual or another method).",
  },
} as const satisfies Catalog;

function reason(indicator: Indicator): { ja: string; en: string } | null {
  const stated = indicator.direction;
  if (stated?.direction === "down")
    return {
      ja: `${stated.cell.address} で減少型とされている`,
      en: `${stated.cell.address} marks it lower-is-better`,
    };
  if (stated !== undefined) return null;
  const name = normaliseLabel(indicator.name);
  const word = DEFAULT_WORDS.downNames.find((w) => name.includes(w));
  return word === undefined
    ? null
    : { ja: `指標名（${word}）が減少型を示す`, en: `its name (${word}) reads as lower-is-better` };
}

export const directionSuspect: Check<keyof typeof messages> = {
  id: "direction-suspect",
  severity: "info",
  messages,
  run({ evaluations, settings }) {
    const findings: Finding[] = [];
    // The reason by indicator, asked once for all its periods; `null` once it has a finding or none applies.
    const reasons = new Map<Indicator, { ja: string; en: string } | null>();
    for (const e of evaluations) {
      const cell = e.period.cells.rate;
      if (cell === undefined || e.rate?.kind !== "rate") continue;
      let why = reasons.get(e.indicator);
      if (why === undefined) {
        why = directionOf(e.indicator, settings, e.table).direction === "up" ? reason(e.indicator) : null;
        reasons.set(e.indicator, why);
      }
      if (
        why === null ||
        rateAgrees(e.rate.ratio, cell, e.period.rate, settings, rateScaleOf(e.table)) !== true
      )
        continue;
      reasons.set(e.indicator, null);
      findings.push(
        periodCellFinding(this, e, cell, {
          code: "rules.direction-suspect",
          params: { why: why.ja, whyEn: why.en },
        }),
      );
    }
    return findings;
  },
};
