/**
 * `number-as-text`: a target or actual stored as text (`1,600件`, full-width digits). Excel's own formulas
 * cannot use it; the fix writes the number with a format that keeps the unit visible (`#,##0"件"`), and is
 * offered only when that unit is the indicator's: a fix never changes a unit (`5,022件` among `人`).
 */
import { decimalToNumber, shiftDecimal } from "../../decimal";
import { formatUnit } from "../../number-format-unit";
import type { NumberValue } from "../../value-types";
import type { SourceCell } from "../../tables/model";
import { finding, indicatorLabel, shown, valueFix } from "../finding";
import type { CellFix, Check, Finding } from "../types";
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
    format = buildFormat(value);
    byExponent.set(value.decimal.exponent, format);
  }
  return format;
}

/**
 * The format that shows the base value in the unit as written: `#,##0"件"`, and for a scaled unit one
 * scaling comma per thousand (`#,##0,"千円"` shows 130,000,000 as 130,000千円).
 */
function buildFormat(value: NumberValue): string {
  const decimals = Math.max(0, -value.decimal.exponent);
  const body = `#,##0${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}`;
  if (value.percent) return `${decimals > 0 ? `0.${"0".repeat(decimals)}` : "0"}%`;
  const scaling = ",".repeat(value.scalePower / 3);
  return value.unit === "" ? body : `${body}${scaling}"${value.unit.replace(/"/g, "")}"`;
}

/**
 * The number the cell gets: the value in its base unit (a fraction for `%`, 円 for `千円`), so that every
 * formula and KPI function reads the same quantity as from the text it replaces.
 */
function cellValueOf(value: NumberValue): number {
  return value.scalePower === 0
    ? value.value
    : decimalToNumber(shiftDecimal(value.decimal, value.scalePower));
}

/** A number format can show the unit's scale only in thousands (`千円`, `百万円`), not `万人` or `億円`. */
function showableScale(value: NumberValue): boolean {
  return value.percent || (value.scalePower >= 0 && value.scalePower % 3 === 0);
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
            cells.push(cell);
            const clean =
              value.note === undefined &&
              !value.issues.includes("malformed-grouping") &&
              showableScale(value) &&
              keepsUnit(value, indicator.unit, cell.numberFormat);
            if (clean) fixes.push(valueFix(table.sheet, cell, cellValueOf(value), numberFormatOf(value)));
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
