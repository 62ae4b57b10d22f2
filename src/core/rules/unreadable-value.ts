/**
 * `unreadable-value` (warning): a target, actual or baseline that is no number, no placeholder and no
 * error (`約3,450件`, `abc`, `1.000.000`): the period cannot be rated, and the message says why the value
 * is not read. A published status beside such an actual is questioned: nothing supports it any more.
 */
import { message } from "../i18n";
import type { Indicator, Period, SourceCell } from "../tables/model";
import type { InvalidValue, ParsedValue } from "../value-types";
import { finding, shown, where } from "./finding";
import type { Check, Finding } from "./types";

const BASELINE = "現状値 (baseline)";

function reasons(value: InvalidValue): { reasonJa: string; reasonEn: string } {
  const params = { text: value.text };
  return {
    reasonJa: message(`value.${value.code}`, "ja", params),
    reasonEn: message(`value.${value.code}`, "en", params),
  };
}

export const unreadableValue: Check = {
  id: "unreadable-value",
  severity: "warning",
  run({ model }) {
    const findings: Finding[] = [];
    for (const table of model.tables) {
      const report = (
        indicator: Indicator,
        period: Period | string,
        value: ParsedValue | null,
        cell: SourceCell | null | undefined,
        variant: "target" | "actual" | "baseline",
      ): boolean => {
        if (value?.kind !== "invalid" || !cell) return false;
        findings.push(
          finding(this, {
            sheet: table.sheet,
            cell: cell.address,
            variant,
            params: {
              ...where(indicator, period),
              cell: cell.address,
              found: shown(cell.raw),
              ...reasons(value),
            },
            found: shown(cell.raw),
          }),
        );
        return true;
      };
      for (const indicator of table.indicators) {
        report(indicator, BASELINE, indicator.baseline, indicator.baselineCell, "baseline");
        for (const period of indicator.periods) {
          report(indicator, period, period.target, period.cells.target, "target");
          const unreadable = report(indicator, period, period.actual, period.cells.actual, "actual");
          const status = period.cells.status;
          const actual = period.cells.actual;
          if (!unreadable || status === undefined || actual === undefined || shown(status.raw).trim() === "")
            continue;
          findings.push(
            finding(this, {
              sheet: table.sheet,
              cell: status.address,
              variant: "stale-status",
              params: {
                ...where(indicator, period),
                cell: status.address,
                found: shown(status.raw),
                other: actual.address,
                value: shown(actual.raw),
              },
              found: shown(status.raw),
            }),
          );
        }
      }
    }
    return findings;
  },
};
