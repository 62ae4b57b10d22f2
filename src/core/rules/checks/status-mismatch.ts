/**
 * `status-mismatch`: a published status that is not the band of the exact rate, or that lacks or wrongly
 * carries 見込み for the period's projection, or a band where the actual is pending (and the reverse).
 */
import type { ParsedStatus, StatusResult } from "../../status";
import { statusFix } from "../expected";
import { mismatchFinding } from "../period-finding";
import type { Check, Finding } from "../types";
import type { Catalog } from "../../i18n/types";

function agrees(published: ParsedStatus, computed: StatusResult): boolean {
  if (computed.kind === "band")
    return (
      published.kind === "band" &&
      published.band === computed.band &&
      published.projected === computed.projected
    );
  if (computed.kind === "pending")
    return published.kind === (computed.placeholder === "dash" ? "dash" : "pending");
  return true;
}

/** The messages of its findings (`rules.<id>[.<variant>]`), in the catalog through catalog/rules.ts. */
export const messages = {
  "rules.status-mismatch": {
    ja: "{cell}（{indicator} {period}）の結果「{found}」は、達成率から求めた「{expected}」と一致しません。",
    en: "{cell} ({indicator}, {period}): the status “{found}” is not the one the rate gives, “{expected}”.",
  },
} as const satisfies Catalog;

export const statusMismatch: Check<keyof typeof messages> = {
  id: "status-mismatch",
  severity: "error",
  messages,
  run({ evaluations }) {
    const findings: Finding[] = [];
    for (const e of evaluations) {
      const cell = e.period.cells.status;
      if (cell === undefined || e.published === null || e.status === null || agrees(e.published, e.status))
        continue;
      findings.push(
        mismatchFinding(this, e, cell, e.status.label, {
          code: "rules.status-mismatch",
          fix: statusFix(e, cell),
        }),
      );
    }
    return findings;
  },
};
