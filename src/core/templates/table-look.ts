/**
 * The standard look of a detected table as one change set: numbers stored as text become numbers with
 * a unit number format, rates 0.0%, status cells coloured by conditional formatting, borders, header
 * fill, frozen headings and A4 landscape print with the heading rows repeated. The task pane's format view
 * offers it part by part.
 */
import type { CellChange, ChangeSet, ConditionalFormatRule, RangeStyle, SheetLayout } from "../changes";
import { columnName, parseA1, parseRangeA1, rangeToA1 } from "../grid";
import { isCleanNumber, RATE_FORMAT, storedNumber, writtenNumberFormat } from "../number-formats";
import type { StatusBands } from "../status";
import { parseValue } from "../values";
import type { NumberValue } from "../value-types";
import { bandColours, PENDING_COLOURS, type StatusColours } from "./status-colours";

/** What the look needs of a detected table: where it is, its heading rows and the cells it formats. */
export interface LookTable {
  readonly sheet: string;
  /** A1 range of the table ("A3:K40"). */
  readonly range: string;
  /** Sheet rows (0-based) of the table's headings: header fill, frozen rows, printed title rows. */
  readonly headerRows: readonly number[];
  readonly cells: {
    /** Targets, actuals and baselines that hold a number written as text (`1,600件`). */
    readonly numbers: readonly { readonly address: string; readonly text: string }[];
    /** Rate cells; `text` is the cell's content when it holds text, else `null`. */
    readonly rates: readonly { readonly address: string; readonly text: string | null }[];
    readonly statuses: readonly string[];
  };
}

/** The parts of the look, each applied or not. */
export interface LookParts {
  numbers: boolean;
  rates: boolean;
  status: boolean;
  borders: boolean;
  freeze: boolean;
  print: boolean;
}

export const ALL_LOOK_PARTS: LookParts = {
  numbers: true,
  rates: true,
  status: true,
  borders: true,
  freeze: true,
  print: true,
};

/** The fill of a table's heading rows (and of the task pane's summary sheet's). */
export const TABLE_HEADER_FILL = "#D9E1F2";
/** A text that is exactly a number with a unit (no note, nothing doubtful), read as such; else `null`. */
function cleanNumber(text: string): NumberValue | null {
  const parsed = parseValue(text);
  return isCleanNumber(parsed) ? parsed : null;
}

function numberChange(sheet: string, address: string, text: string): CellChange | null {
  const parsed = cleanNumber(text);
  if (!parsed) return null;
  const numberFormat = parsed.percent ? RATE_FORMAT : writtenNumberFormat(parsed);
  return { sheet, address, value: storedNumber(parsed), numberFormat };
}

function rateChange(sheet: string, address: string, text: string | null): CellChange {
  const parsed = text === null ? null : cleanNumber(text);
  return parsed?.percent
    ? { sheet, address, value: storedNumber(parsed), numberFormat: RATE_FORMAT }
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
function statusRules(table: LookTable, bands: StatusBands): ConditionalFormatRule[] {
  const { sheet } = table;
  const address = statusArea(table.cells.statuses);
  if (address === null) return [];
  const rule = (text: string, colours: StatusColours, bold = false): ConditionalFormatRule => ({
    sheet,
    address,
    kind: "textEquals",
    text,
    fill: colours.fill,
    fontColor: colours.fontColor,
    ...(bold ? { bold } : {}),
  });
  const { labels } = bands;
  const last = labels.length - 1;
  return [
    ...labels.flatMap((label, i) => {
      const colours = bandColours(i, labels.length);
      return [rule(label, colours, i === last), rule(label + bands.projectedSuffix, colours, i === last)];
    }),
    rule(bands.pendingLabel, PENDING_COLOURS),
  ];
}

function headerStyles(table: LookTable): RangeStyle[] {
  const range = parseRangeA1(table.range);
  if (!range) return [];
  const first = columnName(range.col);
  const last = columnName(range.col + range.colCount - 1);
  return table.headerRows.map((row) => ({
    sheet: table.sheet,
    address: `${first}${row + 1}:${last}${row + 1}`,
    fill: TABLE_HEADER_FILL,
    bold: true,
    borders: "thin-all",
  }));
}

function layout(table: LookTable, parts: LookParts): SheetLayout | null {
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

/** The look of `tables` as one change set named `label`, with the status colours of `bands`. */
export function tableLookChanges(
  tables: readonly LookTable[],
  bands: StatusBands,
  parts: LookParts,
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
    if (parts.status) conditionalFormats.push(...statusRules(table, bands));
    if (parts.borders)
      styles.push({ sheet, address: table.range, borders: "thin-all" }, ...headerStyles(table));
    const l = layout(table, parts);
    if (l) layouts.push(l);
  }
  return { label, cells, styles, conditionalFormats, layouts };
}
