/** `indicator-changed`: the name says the indicator was replaced between periods (004 No.12); its periods are different series. */
import { formatFiscalYear } from "../../era";
import { changedYearsOf } from "../changed-years";
import { finding } from "../finding";
import type { Check, Finding } from "../types";
import type { Catalog } from "../../i18n/types";

/** The messages of its findings (`rules.<id>[.<variant>]`), in the catalog through catalog/rules.ts. */
export const messages = {
  "rules.indicator-changed": {
    ja: "{cell} の指標「{indicator}」は年度の途中で変わっています（{years}）。異なる指標の年度を比較・合算しないでください。",
    en: "{cell}: the indicator “{indicator}” changes between periods ({years}); periods of different indicators must not be compared or summed.",
  },
} as const satisfies Catalog;

export const indicatorChanged: Check<keyof typeof messages> = {
  id: "indicator-changed",
  severity: "warning",
  messages,
  run({ model }) {
    const findings: Finding[] = [];
    for (const table of model.tables) {
      for (const indicator of table.indicators) {
        const years = changedYearsOf(indicator);
        if (years.length < 2 || indicator.nameCell === null) continue;
        const cell = indicator.nameCell.address;
        const shownYears = years.map((y) => formatFiscalYear(y, "short")).join(" / ");
        findings.push(
          finding(this, {
            code: "rules.indicator-changed",
            sheet: table.sheet,
            cell,
            params: { cell, indicator: indicator.name, years: shownYears },
            found: indicator.name,
          }),
        );
      }
    }
    return findings;
  },
};
