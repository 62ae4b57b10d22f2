/**
 * What ExcelJS 4.4 makes of a cell's raw XML, taken from ExcelJS itself (small modules that load none of
 * its dependencies), so that the fast reader reads exactly what ./worksheetGrid.ts reads through ExcelJS:
 * shared formulas translated from their master, date-formatted numbers turned into dates (then serials,
 * rounded to the millisecond as ExcelJS rounds them), `str` cells decoded a second time, built-in formats.
 */
import sharedFormula from "exceljs/lib/utils/shared-formula.js";
import utils from "exceljs/lib/utils/utils.js";
import defaultNumFormats from "exceljs/lib/xlsx/defaultnumformats.js";
import { dateToSerial } from "../serial";

export const slideFormula = sharedFormula.slideFormula;
export const isDateFormat = utils.isDateFmt;
export const xmlDecode = utils.xmlDecode;

/**
 * A value under a date format: ExcelJS's Date, as worksheetGrid turns it back into a serial. ExcelJS converts a
 * formula's result whatever it is, so a text or error result becomes an Invalid Date, read as NaN.
 */
export function dateSerial(value: number | string | boolean | { error: string }): number {
  return dateToSerial(utils.excelToDate(value, false));
}

export function builtInFormat(id: number): string | undefined {
  return defaultNumFormats[id]?.f;
}

/** `_x000D_`-style escapes in shared and rich strings, as ExcelJS's text reader decodes them. */
export function decodeEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
