/**
 * `hardcoded-rate` (info): a rate or status typed as a constant in a table where most of that row kind is
 * a formula: it will not follow a corrected actual.
 */
import type { KpiTable, Role } from "../tables/model";
import { finding, shown } from "./finding";
import type { Check, Finding } from "./types";

const CHECKED: readonly Role[] = ["rate", "status"];

/** Filled cells of a role: how many, and how many hold a formula (counted without collecting them). */
function countsOf(table: KpiTable, role: Role): { total: number; formulas: number } {
  let total = 0;
  let formulas = 0;
  for (const indicator of table.indicators)
    for (const p of indicator.periods) {
      const cell = p.cells[role];
      if (cell === undefined || cell.raw === null) continue;
      total++;
      if (cell.formula !== null) formulas++;
    }
  return { total, formulas };
}

export const hardcodedRate: Check = {
  id: "hardcoded-rate",
  severity: "info",
  run({ model }) {
    const findings: Finding[] = [];
    for (const table of model.tables) {
      for (const role of CHECKED) {
        const { total, formulas } = countsOf(table, role);
        if (formulas === 0 || formulas * 2 < total) continue;
        for (const indicator of table.indicators)
          for (const p of indicator.periods) {
            const cell = p.cells[role];
            if (cell === undefined || cell.raw === null || cell.formula !== null) continue;
            findings.push(
              finding(this, {
                sheet: table.sheet,
                cell: cell.address,
                variant: role,
                params: { cell: cell.address, found: shown(cell.raw), formulas, total },
                found: shown(cell.raw),
              }),
            );
          }
      }
    }
    return findings;
  },
};
