/**
 * `status-mismatch`: a published status that is not the band of the exact rate, or that lacks or wrongly
 * carries 見込み for the period's projection, or a band where the actual is pending (and the reverse).
 */
import type { ParsedStatus, StatusResult } from "../status";
import { statusFix } from "./expected";
import { mismatchFinding } from "./period-finding";
import type { Check, Finding } from "./types";

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

export const statusMismatch: Check = {
  id: "status-mismatch",
  severity: "error",
  run({ evaluations }) {
    const findings: Finding[] = [];
    for (const e of evaluations) {
      const cell = e.period.cells.status;
      if (cell === undefined || e.published === null || e.status === null || agrees(e.published, e.status))
        continue;
      findings.push(mismatchFinding(this, e, cell, e.status.label, { fix: statusFix(e, cell) }));
    }
    return findings;
  },
};
