/** `indicator-changed`: the name says the indicator was replaced between periods (004 No.12); its periods are different series. */
import { formatFiscalYear } from "../era";
import { changedYearsOf } from "./changed-years";
import { finding } from "./finding";
import type { Check, Finding } from "./types";

export const indicatorChanged: Check = {
  id: "indicator-changed",
  severity: "warning",
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
