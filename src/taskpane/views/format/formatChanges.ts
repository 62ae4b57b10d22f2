/**
 * The standard look of a detected table as one change set: numbers stored as text become numbers with
 * a unit number format, rates 0.0%, status cells coloured by conditional formatting, borders, header
 * fill, frozen headings and A4 landscape print with the heading rows repeated.
 */
import {
  columnName,
  decimalToNumber,
  parseA1,
  parseRangeA1,
  parseValue,
  rangeToA1,
  shiftDecimal,
  type NumberValue,
} from "../../../core";
import type {
  CellChange,
  ChangeSet,
  ConditionalFormatRule,
  RangeStyle,
  SheetLayout,
} from "../../../workbook/port";
import type { PaneTable } from "../../checking/report";
import type { PaneSettings } from "../../settings/settings";
import { bandColours, PENDING_COLOURS, type StatusColours } from "../common/statusPalette";

export interface FormatParts {
  numbers: boolean;
  rates: boolean;
  status: boolean;
  borders: boolean;
  freeze: boolean;
  print: boolean;
}

export const ALL_PARTS: FormatParts = {
  numbers: true,
  rates: true,
  status: true,
  borders: true,
  freeze: true,
  print: true,
};

const HEADER_FILL = "#D9E1F2";
export const RATE_FORMAT = "0.0%";

/** `#,##0"件"`, `#,##0.0"人"`: grouping, the decimals as written, the unit as a literal suffix. */
export function unitFormat(value: NumberValue): string {
  const decimals = Math.max(0, -value.decimal.exponent);
  const number = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  return value.unit === "" ? number : `${number}"${value.unit.replace(/"/g, "")}"`;
}

/** A text that is exactly a number with a unit (no note, nothing doubtful), read as such; else `null`. */
function cleanNumber(text: string): NumberValue | null {
  const parsed = parseValue(text);
  if (parsed.kind !== "number" || parsed.note !== undefined) return null;
  const doubtful = parsed.issues.includes("malformed-grouping");
  return doubtful ? null : parsed;
}

function numberChange(sheet: string, address: string, text: string): CellChange | null {
  const parsed = cleanNumber(text);
  if (!parsed) return null;
  if (parsed.percent)
    return {
      sheet,
      address,
      value: decimalToNumber(shiftDecimal(parsed.decimal, -2)),
      numberFormat: RATE_FORMAT,
    };
  return { sheet, address, value: parsed.value, numberFormat: unitFormat(parsed) };
}

function rateChange(sheet: string, address: string, text: string | null): CellChange {
  const parsed = text === null ? null : cleanNumber(text);
  return parsed?.percent
    ? { sheet, address, value: decimalToNumber(shiftDecimal(parsed.decimal, -2)), numberFormat: RATE_FORMAT }
    : { sheet, address, numberFormat: RATE_FORMAT };
}

/** The smallest range holding every status cell of the table. */
function statusArea(statuses: readonly string[]): string | null {
  const cells = statuses.map(parseA1).filter((c): c is { row: number; col: number } => c !== null);
  if (cells.length === 0) return null;
  const [top, bottom, left, right] = cells.reduce(
    ([t, b, l, r], c) => [Math.min(t, c.row), Math.max(b, c.row), Math.min(l, c.col), Math.max(r, c.col)],
    [Infinity, -Infinity, Infinity, -Infinity],
  );
  return rangeToA1({ row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 });
}

/**
 * One rule per label over the area of the status cells (not one per cell: a big table would get hundreds of
 * thousands). Rules compare the whole text, so `達成` does not colour `達成率` or `未達成`; projected labels
 * (`達成見込み`) get their band's colours.
 */
function statusRules(table: PaneTable, settings: PaneSettings): ConditionalFormatRule[] {
  const { sheet } = table;
  const address = statusArea(table.cells.statuses);
  if (address === null) return [];
  const rule = (text: string, colours: StatusColours, bold = false): ConditionalFormatRule => ({
    sheet,
    address,
    kind: "textEquals",
    text,
    fill: colours.fill,
    fontColor: colours.font,
    ...(bold ? { bold } : {}),
  });
  const last = settings.bands.length - 1;
  return [
    ...settings.bands.flatMap((band, i) => {
      const colours = bandColours(i, settings.bands.length);
      return [
        rule(band.label, colours, i === last),
        rule(band.label + settings.projectedSuffix, colours, i === last),
      ];
    }),
    rule(settings.pendingLabel, PENDING_COLOURS),
  ];
}

function headerStyles(table: PaneTable): RangeStyle[] {
  const range = parseRangeA1(table.range);
  if (!range) return [];
  const first = columnName(range.col);
  const last = columnName(range.col + range.colCount - 1);
  return table.headerRows.map((row) => ({
    sheet: table.sheet,
    address: `${first}${row + 1}:${last}${row + 1}`,
    fill: HEADER_FILL,
    bold: true,
    borders: "thin-all",
  }));
}

function layout(table: PaneTable, parts: FormatParts): SheetLayout | null {
  if (table.headerRows.length === 0 || !(parts.freeze || parts.print)) return null;
  const top = Math.min(...table.headerRows) + 1;
  const bottom = Math.max(...table.headerRows) + 1;
  return {
    sheet: table.sheet,
    ...(parts.freeze ? { freeze: { rows: bottom, columns: 0 } } : {}),
    ...(parts.print
      ? {
          print: {
            orientation: "landscape",
            paperSize: "A4",
            fitToWidth: true,
            titleRows: `$${top}:$${bottom}`,
          },
        }
      : {}),
  };
}

export function formatChanges(
  tables: readonly PaneTable[],
  settings: PaneSettings,
  parts: FormatParts,
  label: string,
): ChangeSet {
  const cells: CellChange[] = [];
  const styles: RangeStyle[] = [];
  const conditionalFormats: ConditionalFormatRule[] = [];
  const layouts: SheetLayout[] = [];
  for (const table of tables) {
    const { sheet } = table;
    if (parts.numbers)
      for (const { address, text } of table.cells.numbers) {
        const change = numberChange(sheet, address, text);
        if (change) cells.push(change);
      }
    if (parts.rates)
      for (const { address, text } of table.cells.rates) cells.push(rateChange(sheet, address, text));
    if (parts.status) conditionalFormats.push(...statusRules(table, settings));
    if (parts.borders)
      styles.push({ sheet, address: table.range, borders: "thin-all" }, ...headerStyles(table));
    const l = layout(table, parts);
    if (l) layouts.push(l);
  }
  return { label, cells, styles, conditionalFormats, layouts };
}
