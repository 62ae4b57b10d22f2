/** `malformed-number`: digit grouping like `13,0000`, an unknown unit (a stray character). */
import type { ValueIssue } from "../../value-types";
import { valueCellFinding, valueCellsOf } from "../period-finding";
import type { Check, Finding } from "../types";
import type { Catalog } from "../../i18n/types";

const MALFORMED = ["malformed-grouping", "unknown-unit"] as const satisfies readonly ValueIssue[];

/** The messages of its findings (`rules.<id>[.<variant>]`), in the catalog through catalog/rules.ts. */
export const messages = {
  "rules.malformed-number.malformed-grouping": {
    ja: "{cell}（{indicator} {period}）の「{found}」は桁区切りのカンマの位置が正しくありません。",
    en: "{cell} ({indicator}, {period}): “{found}” has misplaced digit-grouping commas.",
  },
  "rules.malformed-number.unknown-unit": {
    ja: "{cell}（{indicator} {period}）の「{found}」の単位「{unit}」は不明です（余分な文字の可能性があります）。",
    en: "{cell} ({indicator}, {period}): the unit “{unit}” of “{found}” is unknown (possibly a stray character).",
  },
} as const satisfies Catalog;

export const malformedNumber: Check<keyof typeof messages> = {
  id: "malformed-number",
  severity: "warning",
  messages,
  run({ model }) {
    const findings: Finding[] = [];
    for (const table of model.tables)
      for (const { indicator, period, value, cell } of valueCellsOf(table)) {
        if (value?.kind !== "number") continue;
        const issue = MALFORMED.find((i) => value.issues.includes(i));
        if (issue === undefined) continue;
        const code = `rules.malformed-number.${issue}` as const;
        findings.push(
          valueCellFinding(this, table.sheet, indicator, period, cell, code, { unit: value.unit }),
        );
      }
    return findings;
  },
};
