/**
 * `pending-actual`: an actual not reported yet (集計中, 年度末に調査, `-`). Information when the status and
 * rate already say so; an error when the sheet shows an Excel error instead (fixed by `error-value`).
 */
import { holdsError, shown } from "../finding";
import { periodCellFinding } from "../period-finding";
import type { Check, Finding } from "../types";
import type { Catalog } from "../../i18n/types";

/** The messages of its findings (`rules.<id>[.<variant>]`), in the catalog through catalog/rules.ts. */
export const messages = {
  "rules.pending-actual": {
    ja: "{cell}（{indicator} {period}）の実績は「{found}」で未確定です。結果は「{expected}」とし、達成率は空欄または説明にしてください。",
    en: "{cell} ({indicator}, {period}): the actual “{found}” is not reported yet; the status should be “{expected}” and the rate empty or explained.",
  },
  "rules.pending-actual.broken": {
    ja: "{cell}（{indicator} {period}）の実績が「{found}」（未確定）のため、{errors} が {error} になっています。結果は「{expected}」にしてください。",
    en: "{cell} ({indicator}, {period}): the actual “{found}” is not reported yet, which makes {errors} show {error}; the status should be “{expected}”.",
  },
} as const satisfies Catalog;

export const pendingActual: Check<keyof typeof messages> = {
  id: "pending-actual",
  severity: "info",
  messages,
  run({ evaluations }) {
    const findings: Finding[] = [];
    for (const e of evaluations) {
      const { actual } = e.period;
      const cell = e.period.cells.actual;
      if (cell === undefined || actual?.kind !== "pending" || actual.placeholder === "empty") continue;
      // The rate and status cells that show an error because of it: listed under this finding.
      const errorCells = [e.period.cells.rate, e.period.cells.status]
        .filter(holdsError)
        .sort((a, b) => a.row - b.row || a.col - b.col);
      const errors = errorCells.map((c) => c.address).filter((address, i, all) => all.indexOf(address) === i);
      const broken = errors.length > 0;
      findings.push(
        periodCellFinding(this, e, cell, {
          severity: broken ? "error" : "info",
          code: broken ? "rules.pending-actual.broken" : "rules.pending-actual",
          params: {
            found: shown(cell),
            expected: e.status?.label ?? "",
            errors: errors.join(", "),
            error: shown(errorCells[0]),
          },
          found: shown(cell),
          covers: errors,
        }),
      );
    }
    return findings;
  },
};
