/**
 * `unreadable-value` (warning): a target or actual that is no number, no placeholder and no error
 * (`約3,450件`, `abc`, `1.000.000`): the period cannot be rated, and the message says why the value is not
 * read. A published status beside such an actual is questioned: nothing supports it any more. Baselines
 * are left alone: a remark such as `令和3年度新規` in place of one is common and rates nothing.
 */
import { coreMessages } from "../../i18n/catalog/core";
import { fillMessage } from "../../i18n/fill";
import type { Catalog } from "../../i18n/types";
import type { InvalidValue } from "../../value-types";
import { finding, shown, where } from "../finding";
import { valueCellFinding, valueCellsOf } from "../period-finding";
import type { Check, Finding } from "../types";

/** The messages of its findings (`rules.<id>[.<variant>]`), in the catalog through catalog/rules.ts. */
export const messages = {
  "rules.unreadable-value.target": {
    ja: "{cell}（{indicator} {period}）の目標からは達成率を算定できません。{reasonJa}",
    en: "{cell} ({indicator}, {period}): no rate can be computed from this target. {reasonEn}",
  },
  "rules.unreadable-value.actual": {
    ja: "{cell}（{indicator} {period}）の実績からは達成率を算定できません。{reasonJa}",
    en: "{cell} ({indicator}, {period}): no rate can be computed from this actual. {reasonEn}",
  },
  "rules.unreadable-value.stale-status": {
    ja: "{cell}（{indicator} {period}）の結果「{found}」は、実績 {other}「{value}」が数値として読めないため確かめられません。実績を数値にしてから結果を見直してください。",
    en: "{cell} ({indicator}, {period}): the status “{found}” cannot be confirmed, since the actual {other} “{value}” is not a readable number; correct the actual, then review the status.",
  },
} as const satisfies Catalog;

function reasons(value: InvalidValue): { reasonJa: string; reasonEn: string } {
  const params = { text: value.text };
  const reason = coreMessages[`value.${value.code}`];
  return { reasonJa: fillMessage(reason, "ja", params), reasonEn: fillMessage(reason, "en", params) };
}

export const unreadableValue: Check<keyof typeof messages> = {
  id: "unreadable-value",
  severity: "warning",
  messages,
  run({ model }) {
    const findings: Finding[] = [];
    for (const table of model.tables)
      for (const value of valueCellsOf(table)) {
        if (value.role === "baseline" || value.value?.kind !== "invalid") continue;
        const { indicator, period, cell, role } = value;
        const code = `rules.unreadable-value.${role}` as const;
        findings.push(
          valueCellFinding(this, table.sheet, indicator, period, cell, code, reasons(value.value)),
        );
        const status = period.cells.status;
        if (role !== "actual" || status === undefined || shown(status.raw).trim() === "") continue;
        findings.push(
          finding(this, {
            sheet: table.sheet,
            cell: status.address,
            code: "rules.unreadable-value.stale-status",
            params: {
              ...where(indicator, period),
              cell: status.address,
              found: shown(status.raw),
              other: cell.address,
              value: shown(cell.raw),
            },
            found: shown(status.raw),
          }),
        );
      }
    return findings;
  },
};
