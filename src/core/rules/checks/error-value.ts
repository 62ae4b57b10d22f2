/** `error-value`: an Excel error in a rate or status cell (004: #VALUE! where the actual was 集計中). */
import type { SourceCell } from "../../tables/model";
import type { Evaluation } from "../evaluate";
import { expectedRate, expectedStatus, rateFix, statusFix } from "../expected";
import { holdsError, shown } from "../finding";
import { periodCellFinding } from "../period-finding";
import type { CellFix, Check, Finding } from "../types";
import type { Catalog } from "../../i18n/types";

/** The messages of its findings (`rules.<id>[.<variant>]`), in the catalog through catalog/rules.ts. */
export const messages = {
  "rules.error-value": {
    ja: "{cell}（{indicator} {period}）に Excel のエラー {found} が表示されています。正しくは「{expected}」です。",
    en: "{cell} ({indicator}, {period}) shows the Excel error {found}; it should read “{expected}”.",
  },
} as const satisfies Catalog;

export const errorValue: Check<keyof typeof messages> = {
  id: "error-value",
  severity: "error",
  messages,
  run({ evaluations, settings }) {
    const findings: Finding[] = [];
    const report = (e: Evaluation, cell: SourceCell, expected: string | null, fix: CellFix | null) => {
      findings.push(
        periodCellFinding(this, e, cell, {
          code: "rules.error-value",
          params: { found: shown(cell), expected: expected ?? "" },
          found: shown(cell),
          expected: expected ?? undefined,
          fix,
        }),
      );
    };
    for (const e of evaluations) {
      const { rate, status } = e.period.cells;
      if (holdsError(rate)) report(e, rate, expectedRate(e, settings), rateFix(e, rate, settings));
      if (holdsError(status)) report(e, status, expectedStatus(e), statusFix(e, status));
    }
    return findings;
  },
};
