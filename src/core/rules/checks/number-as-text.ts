/**
 * `number-as-text`: a target or actual stored as text (`1,600件`, full-width digits). Excel's own formulas
 * cannot use it; the fix writes the number with a format that keeps the unit visible (`#,##0"件"`), and is
 * offered only when that unit is the indicator's: a fix never changes a unit (`5,022件` among `人`).
 */
import { formatUnit, isCleanNumber, storedNumber, writtenNumberFormat } from "../../number-formats";
import type { NumberValue } from "../../value-types";
import type { SourceCell } from "../../tables/model";
import { finding, indicatorLabel, shown, valueFix } from "../finding";
import type { CellFix, Check, Finding } from "../types";
import { parseValue } from "../../values";
import type { Catalog } from "../../i18n/types";

/** Formats built so far, by unit (`%` for a percentage) then decimals: a sheet has a handful. */
const formats = new Map<string, Map<number, string>>();

/** `#,##0"件"` for `1,600件`, `#,##0.0"千円"`; a percentage is written as a fraction with `0.0%`. */
function numberFormatOf(value: NumberValue): string {
  const unit = value.percent ? "%" : value.unit;
  let byExponent = formats.get(unit);
  if (byExponent === undefined) {
    byExponent = new Map();
    if (formats.size < 1024) formats.set(unit, byExponent);
  }
  let format = byExponent.get(value.decimal.exponent);
  if (format === undefined) {
    format = writtenNumberFormat(value);
    byExponent.set(value.decimal.exponent, format);
  }
  return format;
}

/**
 * Writing the value with its own unit's format changes no unit: the indicator's unit (from labels,
 * formats or most values) and the unit the cell's format already shows agree with it, or say nothing.
 */
function keepsUnit(value: NumberValue, indicatorUnit: string | null, numberFormat: string | null): boolean {
  const shown = formatUnit(numberFormat)?.unit ?? "";
  const own = value.percent ? "%" : value.unit;
  return [indicatorUnit ?? "", shown].every((unit) => unit === "" || unit === own);
}

const LISTED_CELLS = 4;

/** `E8, F8, G8` (the first few, then `…`). */
function listOf(cells: readonly SourceCell[]): string {
  const shownCells = cells.slice(0, LISTED_CELLS).map((c) => c.address);
  return cells.length > LISTED_CELLS ? `${shownCells.join(", ")}, …` : shownCells.join(", ");
}

/**
 * One finding per indicator and role (a row of targets, a row of actuals), at its first text cell, with a
 * fix for every cell of it: a PDF-like sheet holds its numbers as text throughout, and one line per row
 * is what a person can act on.
 */
/** The messages of its findings (`rules.<id>[.<variant>]`), in the catalog through catalog/rules.ts. */
export const messages = {
  "rules.number-as-text.target": {
    ja: "{indicator} の目標（{cells}、{count} セル）が文字列として入力された数値です（例: 「{found}」）。数値にして単位は表示形式で示すと、Excel の数式で計算できます。",
    en: "{indicator}: {count} targets ({cells}) are numbers stored as text (e.g. “{found}”); store numbers and show the unit with a number format so that formulas can use them.",
  },
  "rules.number-as-text.actual": {
    ja: "{indicator} の実績（{cells}、{count} セル）が文字列として入力された数値です（例: 「{found}」）。数値にして単位は表示形式で示すと、Excel の数式で計算できます。",
    en: "{indicator}: {count} actuals ({cells}) are numbers stored as text (e.g. “{found}”); store numbers and show the unit with a number format so that formulas can use them.",
  },
} as const satisfies Catalog;

export const numberAsText: Check<keyof typeof messages> = {
  id: "number-as-text",
  severity: "warning",
  messages,
  run({ model }) {
    const findings: Finding[] = [];
    for (const table of model.tables) {
      for (const indicator of table.indicators) {
        for (const role of ["target", "actual"] as const) {
          const cells: SourceCell[] = [];
          const fixes: CellFix[] = [];
          for (const period of indicator.periods) {
            const value = period[role];
            const cell = period.cells[role];
            if (value?.kind !== "number" || cell === undefined || typeof cell.raw !== "string") continue;
            // A value glued after its name (`就業相談者数 100 人`) is not a bare number: storing the number
            // would drop the name. A cell shared by periods (a plan's final target) is listed once.
            if (parseValue(cell.raw).kind !== "number" || cells.includes(cell)) continue;
            cells.push(cell);
            if (isCleanNumber(value) && keepsUnit(value, indicator.unit, cell.numberFormat))
              fixes.push(valueFix(table.sheet, cell, storedNumber(value), numberFormatOf(value)));
          }
          if (cells.length === 0) continue;
          const first = cells[0];
          findings.push(
            finding(this, {
              sheet: table.sheet,
              cell: first.address,
              code: `rules.number-as-text.${role}`,
              params: {
                indicator: indicatorLabel(indicator),
                cell: first.address,
                cells: listOf(cells),
                count: cells.length,
                found: shown(first.raw),
              },
              found: shown(first.raw),
              fix: fixes,
            }),
          );
        }
      }
    }
    return findings;
  },
};
