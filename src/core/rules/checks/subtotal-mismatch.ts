/**
 * `subtotal-mismatch`: a 計 / 合計 / 小計 row of a table (an indicator named by a total word, `words.ts`)
 * whose target or actual in a period is not the sum of the rows above it, back to the previous total row.
 * Summed exactly, in base units, only when every part has a number in that period; a part that is pending
 * or of another unit leaves the period unchecked rather than guessed.
 */
import { addDecimal, compareDecimal, type Decimal } from "../../decimal";
import { formatNumber } from "../../format";
import { baseDecimal } from "../../operands";
import type { Indicator, KpiTable, Period } from "../../tables/model";
import { normaliseLabel } from "../../tables/vocabulary";
import { DEFAULT_WORDS } from "../../tables/words";
import type { ParsedValue } from "../../value-types";
import { finding, shown, where } from "../finding";
import type { Check, Finding } from "../types";
import type { Catalog } from "../../i18n/types";

export const messages = {
  "rules.subtotal-mismatch": {
    ja: "{cell}（{indicator} {period}）の{role} {found} が、上の {count} 行の和 {expected} と一致しません。",
    en: "{cell} ({indicator}, {period}): the {roleEn} {found} is not the sum of the {count} rows above, {expected}.",
  },
} as const satisfies Catalog;

const ROLE_NAMES = { target: { ja: "目標", en: "target" }, actual: { ja: "実績", en: "actual" } } as const;

function isTotalRow(indicator: Indicator): boolean {
  return DEFAULT_WORDS.totals.includes(normaliseLabel(indicator.name));
}

function periodOf(indicator: Indicator, period: Period): Period | undefined {
  return indicator.periods.find((p) => p.label === period.label && p.fiscalYear === period.fiscalYear);
}

/** The exact sum of the parts in the total's base unit, or `null` when a part has no comparable number. */
function sumOf(parts: readonly (ParsedValue | null)[], total: ParsedValue): Decimal | null {
  if (total.kind !== "number") return null;
  let sum: Decimal = { coefficient: BigInt(0), exponent: 0 };
  for (const part of parts) {
    if (part?.kind !== "number" || part.baseUnit !== total.baseUnit || part.percent !== total.percent)
      return null;
    sum = addDecimal(sum, baseDecimal(part));
  }
  return sum;
}

function tableFindings(check: Check<keyof typeof messages>, table: KpiTable): Finding[] {
  const findings: Finding[] = [];
  let start = 0;
  table.indicators.forEach((indicator, k) => {
    if (!isTotalRow(indicator)) return;
    const parts = table.indicators.slice(start, k);
    start = k + 1;
    if (parts.length < 2) return;
    for (const period of indicator.periods) {
      for (const role of ["target", "actual"] as const) {
        const total = period[role];
        const cell = period.cells[role];
        if (total === null || cell === undefined || total.kind !== "number") continue;
        const sum = sumOf(
          parts.map((p) => periodOf(p, period)?.[role] ?? null),
          total,
        );
        if (sum === null || compareDecimal(sum, baseDecimal(total)) === 0) continue;
        const expected = formatNumber({
          coefficient: sum.coefficient,
          exponent: sum.exponent - total.scalePower,
        });
        findings.push(
          finding(check, {
            code: "rules.subtotal-mismatch",
            sheet: table.sheet,
            cell: cell.address,
            params: {
              ...where(indicator, period),
              cell: cell.address,
              role: ROLE_NAMES[role].ja,
              roleEn: ROLE_NAMES[role].en,
              found: shown(cell),
              count: parts.length,
              expected,
            },
            found: shown(cell),
            expected,
          }),
        );
      }
    }
  });
  return findings;
}

export const subtotalMismatch: Check<keyof typeof messages> = {
  id: "subtotal-mismatch",
  severity: "error",
  messages,
  run({ model }) {
    return model.tables.flatMap((table) => tableFindings(this, table));
  },
};
