/**
 * `hardcoded-rate` (info): a rate or status typed as a constant in a table where most of that row kind is
 * a formula: it will not follow a corrected actual.
 */
import type { KpiTable, Role, SourceCell } from "../tables/model";
import { finding, shown } from "./finding";
import type { Check, Finding } from "./types";

const CHECKED: readonly Role[] = ["rate", "status"];

function cellsOf(table: KpiTable, role: Role): SourceCell[] {
  const cells: SourceCell[] = [];
  for (const indicator of table.indicators)
    for (const p of indicator.periods) {
      const cell = p.cells[role];
      if (cell !== undefined && cell.raw !== null) cells.push(cell);
    }
  return cells;
}

export const hardcodedRate: Check = {
  id: "hardcoded-rate",
  severity: "info",
  run({ model }) {
    const findings: Finding[] = [];
    for (const table of model.tables) {
      for (const role of CHECKED) {
        const cells = cellsOf(table, role);
        const formulas = cells.filter((c) => c.formula !== null).length;
        if (formulas === 0 || formulas * 2 < cells.length) continue;
        for (const cell of cells) {
          if (cell.formula !== null) continue;
          findings.push(
            finding(this, {
              sheet: table.sheet,
              cell: cell.address,
              variant: role,
              params: { cell: cell.address, found: shown(cell.raw), formulas, total: cells.length },
              found: shown(cell.raw),
            }),
          );
        }
      }
    }
    return findings;
  },
};
