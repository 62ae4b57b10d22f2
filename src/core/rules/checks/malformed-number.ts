/** `malformed-number`: digit grouping like `13,0000`, an unknown unit (a stray character). */
import type { Indicator, SourceCell } from "../../tables/model";
import type { ParsedValue, ValueIssue } from "../../value-types";
import { finding, shown, where } from "../finding";
import type { Check, Finding } from "../types";
import type { Catalog } from "../../i18n/types";

/** What a baseline cell is called in a message, in place of a period. */
const BASELINE = "現状値 (baseline)";
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
    for (const table of model.tables) {
      const report = (
        indicator: Indicator,
        value: ParsedValue | null,
        cell: SourceCell | undefined | null,
        periodLabel: string,
      ) => {
        if (value?.kind !== "number" || value.issues.length === 0 || !cell) return;
        const issue = MALFORMED.find((i) => value.issues.includes(i));
        if (issue === undefined) return;
        findings.push(
          finding(this, {
            sheet: table.sheet,
            cell: cell.address,
            code: `rules.malformed-number.${issue}`,
            params: {
              ...where(indicator, periodLabel),
              cell: cell.address,
              found: shown(cell.raw),
              unit: value.unit,
            },
            found: shown(cell.raw),
          }),
        );
      };
      for (const indicator of table.indicators) {
        for (const p of indicator.periods) {
          report(indicator, p.target, p.cells.target, p.label);
          report(indicator, p.actual, p.cells.actual, p.label);
        }
        report(indicator, indicator.baseline, indicator.baselineCell, BASELINE);
      }
    }
    return findings;
  },
};
