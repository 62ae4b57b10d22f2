/**
 * `number-as-text`: a target or actual stored as text (`1,600件`, full-width digits). Excel's own formulas
 * cannot use it; the fix writes the number with a format that keeps the unit visible (`#,##0"件"`), and is
 * offered only when that unit is the indicator's: a fix never changes a unit (`5,022件` among `人`).
 */
import { formatUnit, isCleanNumber, storedNumber, writtenNumberFormat } from "../../number-formats";
import type { NumberValue, ParsedValue } from "../../value-types";
import type { SourceCell } from "../../tables/model";
import { finding, shown, valueFix } from "../finding";
import type { Check, Finding } from "../types";
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
  const named = indicatorUnit ?? "";
  return (named === "" || named === own) && (shown === "" || shown === own);
}

const LISTED_CELLS = 3;

/** `E8, F8, G8` (the first few, then `…`). */
function listOf(cells: readonly SourceCell[]): string {
  const shownCells = cells.slice(0, LISTED_CELLS).map((c) => c.address);
  return cells.length > LISTED_CELLS ? `${shownCells.join(", ")}, …` : shownCells.join(", ");
}

/**
 * One finding per table, at its first text cell, with a fix for every cell it can store as a number: a
 * PDF-like sheet holds its numbers as text throughout, and it is one problem with one fix, not one per
 * row. Advice: the numbers read the same; only Excel's own formulas cannot use them.
 */
/** The messages of its findings (`rules.<id>[.<variant>]`), in the catalog through catalog/rules.ts. */
export const messages = {
  "rules.number-as-text": {
    ja: "数値が文字列で入力されています（{count} セル: {cells}、例「{found}」）。数値にして単位を表示形式で示すと、見た目はそのままで Excel の数式で計算できます。",
    en: "Numbers are stored as text ({count} cells: {cells}, e.g. “{found}”). Stored as numbers with the unit in the number format, they look the same and formulas can use them.",
  },
} as const satisfies Catalog;

export const numberAsText: Check<keyof typeof messages> = {
  id: "number-as-text",
  severity: "warning",
  advice: true,
  messages,
  run({ model, parse }) {
    const findings: Finding[] = [];
    for (const table of model.tables) {
      const cells: SourceCell[] = [];
      // Cells to store as numbers and their values: the fix itself is made only if it is read.
      const fixCells: SourceCell[] = [];
      const fixValues: NumberValue[] = [];
      for (const indicator of table.indicators) {
        // A cell shared by periods (a plan's final target) is one of its indicator's: listed once.
        const listed: SourceCell[] = [];
        const visit = (value: ParsedValue | null, cell: SourceCell | undefined) => {
          if (value?.kind !== "number" || cell === undefined || typeof cell.raw !== "string") return;
          // A value glued after its name (`就業相談者数 100 人`) is not a bare number: storing the number
          // would drop the name.
          if (parse(cell.raw).kind !== "number" || listed.includes(cell)) return;
          cells.push(cell);
          listed.push(cell);
          if (isCleanNumber(value) && keepsUnit(value, indicator.unit, cell.numberFormat)) {
            fixCells.push(cell);
            fixValues.push(value);
          }
        };
        // Targets, then actuals: each read by name (one shape per access, not a lookup by role).
        for (const period of indicator.periods) visit(period.target, period.cells.target);
        for (const period of indicator.periods) visit(period.actual, period.cells.actual);
      }
      if (cells.length === 0) continue;
      const first = cells[0];
      findings.push(
        finding(this, {
          sheet: table.sheet,
          cell: first.address,
          code: "rules.number-as-text",
          params: { cell: first.address, cells: listOf(cells), count: cells.length, found: shown(first) },
          found: shown(first),
          fix: {
            count: fixCells.length,
            make: () =>
              fixCells.map((cell, i) =>
                valueFix(table.sheet, cell, storedNumber(fixValues[i]), numberFormatOf(fixValues[i])),
              ),
          },
        }),
      );
    }
    return findings;
  },
};
