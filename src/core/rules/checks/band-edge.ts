/**
 * `band-edge` (info): the displayed rate rounds into another band than the exact rate (9,999 / 10,000
 * shows 100.0% but is 概ね達成 by the exact rate). The status follows the `banding` setting; this says so.
 */
import { roundingCrossesBand } from "../../status";
import { formatRate } from "../../rounding";
import { periodCellFinding } from "../period-finding";
import { tableBands } from "../evaluate";
import { givenRounding } from "../given";
import { roundingRuleOf } from "../settings";
import type { Check, Finding } from "../types";
import type { Catalog } from "../../i18n/types";

/** The messages of its findings (`rules.<id>[.<variant>]`), in the catalog through catalog/rules.ts. */
export const messages = {
  "rules.band-edge": {
    ja: "{cell}（{indicator} {period}）: 表示上の達成率は {rate} ですが、端数を含む正確な達成率では区分が変わります。判定基準（{banding}）により「{expected}」です。",
    en: "{cell} ({indicator}, {period}): the displayed rate {rate} rounds into another band than the exact rate; by the {banding} basis the status is “{expected}”.",
  },
} as const satisfies Catalog;

export const bandEdge: Check<keyof typeof messages> = {
  id: "band-edge",
  severity: "info",
  messages,
  run({ evaluations, settings }) {
    const findings: Finding[] = [];
    for (const e of evaluations) {
      const rule = roundingRuleOf(givenRounding(e.table, settings));
      if (
        e.rate?.kind !== "rate" ||
        e.status === null ||
        !roundingCrossesBand(e.rate.ratio, tableBands(e.table, settings), rule)
      )
        continue;
      const cell = e.period.cells.status ?? e.period.cells.rate ?? e.period.cells.actual;
      if (cell === undefined) continue;
      const rate = formatRate(e.rate.ratio, settings.rateDecimals, rule);
      findings.push(
        periodCellFinding(this, e, cell, {
          code: "rules.band-edge",
          params: { rate, expected: e.status.label, banding: settings.banding },
          expected: e.status.label,
        }),
      );
    }
    return findings;
  },
};
