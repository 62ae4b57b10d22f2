/**
 * `hardcoded-rate` (info): a rate or status typed as a constant in a table where most of that row kind is
 * a formula: it will not follow a corrected actual.
 */
import type { KpiTable, Role } from "../../tables/model";
import { finding, shown } from "../finding";
import type { Check, Finding } from "../types";
import type { Catalog } from "../../i18n/types";

const CHECKED = ["rate", "status"] as const satisfies readonly Role[];

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

/** The messages of its findings (`rules.<id>[.<variant>]`), in the catalog through catalog/rules.ts. */
export const messages = {
  "rules.hardcoded-rate.rate": {
    ja: "{cell} の達成率 {found} は直接入力された値です（この表の達成率 {total} 個のうち {formulas} 個は数式）。",
    en: "{cell}: the rate {found} is typed in, while {formulas} of the table's {total} rates are formulas.",
  },
  "rules.hardcoded-rate.status": {
    ja: "{cell} の結果「{found}」は直接入力された値です（この表の結果 {total} 個のうち {formulas} 個は数式）。",
    en: "{cell}: the status “{found}” is typed in, while {formulas} of the table's {total} statuses are formulas.",
  },
} as const satisfies Catalog;

export const hardcodedRate: Check<keyof typeof messages> = {
  id: "hardcoded-rate",
  severity: "info",
  messages,
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
                code: `rules.hardcoded-rate.${role}`,
                params: { cell: cell.address, found: shown(cell), formulas, total },
                found: shown(cell),
              }),
            );
          }
      }
    }
    return findings;
  },
};
