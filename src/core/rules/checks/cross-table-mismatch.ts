/**
 * `cross-table-mismatch`: the same indicator (same name) in two tables with different values for one
 * fiscal year (004 No.14: R5 target 300人 in the first table, 731人 in the second). Compared after scaling.
 */
import { compareDecimal } from "../../decimal";
import { baseDecimal } from "../../operands";
import type { Period } from "../../tables/model";
import { finding, shown } from "../finding";
import type { Check, Finding } from "../types";
import { indexBy, nameKey } from "../indicator-index";
import type { Catalog } from "../../i18n/types";

const COMPARED = ["target", "actual"] as const;

function differ(a: Period, b: Period, role: (typeof COMPARED)[number]): boolean {
  const x = a[role];
  const y = b[role];
  if (x?.kind !== "number" || y?.kind !== "number" || x.percent !== y.percent) return false;
  if (x.baseUnit !== y.baseUnit && x.baseUnit !== "" && y.baseUnit !== "") return true;
  return compareDecimal(baseDecimal(x), baseDecimal(y)) !== 0;
}

/** The messages of its findings (`rules.<id>[.<variant>]`), in the catalog through catalog/rules.ts. */
export const messages = {
  "rules.cross-table-mismatch.target": {
    ja: "{cell}（{indicator} {period}）の目標 {found} が、別の表 {other} の {expected} と異なります。",
    en: "{cell} ({indicator}, {period}): the target {found} differs from {expected} in another table ({other}).",
  },
  "rules.cross-table-mismatch.actual": {
    ja: "{cell}（{indicator} {period}）の実績 {found} が、別の表 {other} の {expected} と異なります。",
    en: "{cell} ({indicator}, {period}): the actual {found} differs from {expected} in another table ({other}).",
  },
} as const satisfies Catalog;

export const crossTableMismatch: Check<keyof typeof messages> = {
  id: "cross-table-mismatch",
  severity: "error",
  messages,
  run({ model }) {
    const findings: Finding[] = [];
    for (const occurrences of indexBy(model.tables, (i) => [nameKey(i)]).values()) {
      if (occurrences.length < 2) continue;
      const [first, ...others] = occurrences;
      const byYear = new Map(
        first.indicator.periods.filter((p) => p.fiscalYear !== null).map((p) => [p.fiscalYear, p]),
      );
      for (const other of others) {
        if (other.table === first.table) continue;
        for (const period of other.indicator.periods) {
          const reference = byYear.get(period.fiscalYear);
          if (reference === undefined || period.fiscalYear === null) continue;
          for (const role of COMPARED) {
            const cell = period.cells[role];
            const otherCell = reference.cells[role];
            if (cell === undefined || otherCell === undefined || !differ(period, reference, role)) continue;
            findings.push(
              finding(this, {
                sheet: other.table.sheet,
                cell: cell.address,
                code: `rules.cross-table-mismatch.${role}`,
                params: {
                  indicator: other.indicator.name,
                  period: period.label,
                  cell: cell.address,
                  found: shown(cell),
                  expected: shown(otherCell),
                  other: `${first.table.sheet}!${otherCell.address}`,
                },
                found: shown(cell),
                expected: shown(otherCell),
              }),
            );
          }
        }
      }
    }
    return findings;
  },
};
