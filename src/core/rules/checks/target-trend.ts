/**
 * `target-trend` (info): in a higher-is-better indicator, a target below the previous period's actual or
 * below the baseline. Often deliberate (004 No.1: 3,665件 → 1,600件), so information only.
 */
import { compareDecimal } from "../../decimal";
import { baseDecimal } from "../../operands";
import type { ParsedValue } from "../../value-types";
import { directionOf } from "../evaluate";
import type { SourceCell } from "../../tables/model";
import { finding, indicatorLabel, shown } from "../finding";
import type { Check, Finding } from "../types";
import type { Catalog } from "../../i18n/types";

/** Relative distance beyond which two doubles compare the same way as their exact decimals. */
const FLOAT_MARGIN = 1e-9;

function below(a: ParsedValue | null, b: ParsedValue | null): boolean {
  if (a?.kind !== "number" || b?.kind !== "number" || a.baseUnit !== b.baseUnit || a.percent !== b.percent)
    return false;
  const x = a.value * a.scale;
  const y = b.value * b.scale;
  // Doubles decide clear cases; values within rounding distance of each other are compared exactly.
  if (Math.abs(x - y) > FLOAT_MARGIN * Math.max(Math.abs(x), Math.abs(y))) return x < y;
  return compareDecimal(baseDecimal(a), baseDecimal(b)) < 0;
}

interface Dip {
  readonly cell: SourceCell;
  readonly text: string;
}

/**
 * One finding per indicator and kind (below the previous actual, below the baseline), at the first target
 * concerned, listing every period: random or real data can have a dip in most periods, and one line per
 * indicator is what a person reads.
 */
/** The messages of its findings (`rules.<id>[.<variant>]`), in the catalog through catalog/rules.ts. */
export const messages = {
  "rules.target-trend.previous": {
    ja: "{cell} から（{indicator}）: 目標が前年度の実績を下回っています（増加型の指標）: {list}。意図した設定か確認してください。",
    en: "From {cell} ({indicator}): targets below the previous period's actual in a higher-is-better indicator: {list}. Check that this is intended.",
  },
  "rules.target-trend.baseline": {
    ja: "{cell} から（{indicator}）: 目標が現状値 {other} を下回っています（増加型の指標）: {list}。意図した設定か確認してください。",
    en: "From {cell} ({indicator}): targets below the baseline {other} in a higher-is-better indicator: {list}. Check that this is intended.",
  },
} as const satisfies Catalog;

export const targetTrend: Check<keyof typeof messages> = {
  id: "target-trend",
  severity: "info",
  messages,
  run({ model, settings }) {
    const findings: Finding[] = [];
    for (const table of model.tables) {
      for (const indicator of table.indicators) {
        if (directionOf(indicator, settings, table).direction !== "up") continue;
        const yearly = indicator.periods.filter((p) => !p.cumulative);
        const belowPrevious: Dip[] = [];
        const belowBaseline: Dip[] = [];
        yearly.forEach((period, k) => {
          const cell = period.cells.target;
          if (cell === undefined) return;
          const previous = k > 0 ? yearly[k - 1] : null;
          if (previous !== null && below(period.target, previous.actual)) {
            const actual = shown(previous.cells.actual?.raw ?? null);
            belowPrevious.push({
              cell,
              text: `${period.label} ${shown(cell.raw)} < ${previous.label} ${actual}`,
            });
          } else if (below(period.target, indicator.baseline)) {
            belowBaseline.push({ cell, text: `${period.label} ${shown(cell.raw)}` });
          }
        });
        const other = shown(indicator.baselineCell?.raw ?? null);
        for (const [code, dips] of [
          ["rules.target-trend.previous", belowPrevious],
          ["rules.target-trend.baseline", belowBaseline],
        ] as const) {
          if (dips.length === 0) continue;
          const { cell } = dips[0];
          const list = dips.map((d) => d.text).join(", ");
          findings.push(
            finding(this, {
              sheet: table.sheet,
              cell: cell.address,
              code,
              params: { indicator: indicatorLabel(indicator), cell: cell.address, list, other },
              found: list,
            }),
          );
        }
      }
    }
    return findings;
  },
};
