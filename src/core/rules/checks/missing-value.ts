/**
 * `missing-value`: an empty target, or an empty actual in a final (not projected) period up to the latest
 * period any indicator of the table reported. Later periods are the future, not missing.
 */
import type { KpiTable } from "../../tables/model";
import { finding, where } from "../finding";
import type { Check, Finding } from "../types";
import type { Catalog } from "../../i18n/types";

function latestReported(table: KpiTable): number {
  let latest = -Infinity;
  for (const indicator of table.indicators) {
    for (const p of indicator.periods)
      if (p.fiscalYear !== null && p.actual !== null && p.actual.kind !== "pending")
        latest = Math.max(latest, p.fiscalYear);
  }
  return latest;
}

/** The messages of its findings (`rules.<id>[.<variant>]`), in the catalog through catalog/rules.ts. */
export const messages = {
  "rules.missing-value.target": {
    ja: "{cell}（{indicator} {period}）の目標が空欄です。",
    en: "{cell} ({indicator}, {period}): the target is empty.",
  },
  "rules.missing-value.actual": {
    ja: "{cell}（{indicator} {period}）は確定値の年度ですが、実績が空欄です。",
    en: "{cell} ({indicator}, {period}): the actual of a final period is empty.",
  },
} as const satisfies Catalog;

export const missingValue: Check<keyof typeof messages> = {
  id: "missing-value",
  severity: "warning",
  messages,
  run({ model, evaluations }) {
    const latest = new Map(model.tables.map((t) => [t, latestReported(t)]));
    const findings: Finding[] = [];
    for (const e of evaluations) {
      const { period } = e;
      if (period.cumulative || period.fiscalYear === null) continue;
      const hasActual = period.actual !== null && period.actual.kind !== "pending";
      const reportedYear = period.fiscalYear <= (latest.get(e.table) ?? -Infinity);
      const missing: ["target" | "actual", string][] = [];
      if (
        period.cells.target !== undefined &&
        period.target?.kind === "pending" &&
        period.target.placeholder === "empty" &&
        hasActual
      ) {
        missing.push(["target", period.cells.target.address]);
      }
      if (
        period.cells.actual !== undefined &&
        period.actual?.kind === "pending" &&
        period.actual.placeholder === "empty" &&
        !e.projected &&
        reportedYear
      ) {
        missing.push(["actual", period.cells.actual.address]);
      }
      for (const [role, cell] of missing) {
        findings.push(
          finding(this, {
            sheet: e.table.sheet,
            cell,
            code: `rules.missing-value.${role}`,
            params: { ...where(e.indicator, period), cell },
          }),
        );
      }
    }
    return findings;
  },
};
