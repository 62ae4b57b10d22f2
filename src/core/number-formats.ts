/**
 * Number formats and the numbers cells store: the one place that says how a rate, a count or a number with
 * a unit is shown (`0.0%`, `#,##0"件"`), what a number written as text is stored as, and which written
 * numbers are clean enough to be stored at all. Templates, checks and the task pane's formatting use these.
 * Values are stored as numbers and the unit lives in the format, so Excel's arithmetic works and the
 * cell still reads `1,600件`. Read back, a numeric cell carries the unit its format shows (`formatUnit`,
 * `withFormatUnit`): `#,##0"人"` → 人, `0.0"%"` → a literal % (the cell holds points), `0.0%` → a
 * percentage (the cell holds a fraction), `#,##0,"千円"` → 千円 with the value scaled by the comma.
 */
import { decimalToNumber, shiftDecimal, type Decimal } from "./decimal";
import { baseDecimal } from "./operands";
import { unitInfo } from "./units";
import type { NumberValue, ParsedValue } from "./value-types";
import { parseValue } from "./values";

/** Achievement rates: a fraction shown as a percentage to 0.1 point (as published). */
export const RATE_FORMAT = "0.0%";
/** Counts of the summary block (`30指標`). */
export const COUNT_FORMAT = '#,##0"指標"';

const zeros = (decimals: number) => "0".repeat(decimals);

/** A fraction shown as a percentage with `decimals` decimals: `0.0%`, `0%`. */
export function percentFormat(decimals: number): string {
  return decimals > 0 ? `0.${zeros(decimals)}%` : "0%";
}

/**
 * Grouped digits with `decimals` decimals, one scaling comma per thousand of `scalePower`, and the unit as
 * a quoted suffix: `#,##0"件"`, `#,##0.0"人"`, `#,##0,"千円"` (a stored 130,000,000 shows 130,000千円).
 */
function suffixedFormat(unit: string, decimals: number, scalePower = 0): string {
  const number = (decimals > 0 ? `#,##0.${zeros(decimals)}` : "#,##0") + ",".repeat(scalePower / 3);
  const literal = unit.replace(/"/g, "");
  return literal === "" ? number : `${number}"${literal}"`;
}

/** The format of an indicator's unit: `%` indicators hold fractions (`0.8` shows `80.0%`, one decimal
 * unless told); any other unit is appended in quotes (no decimals unless told). */
export function unitNumberFormat(unit: string, decimals?: number): string {
  return unit === "%" ? percentFormat(decimals ?? 1) : suffixedFormat(unit, decimals ?? 0);
}

/** The format that shows the stored number as it was written: its decimals and its unit
 * (`1,600件` → `#,##0"件"`, `12.5千円` → `#,##0.0,"千円"`, `12.5%` → `0.0%`). */
export function writtenNumberFormat(value: NumberValue): string {
  const decimals = Math.max(0, -value.decimal.exponent);
  return value.percent ? percentFormat(decimals) : suffixedFormat(value.unit, decimals, value.scalePower);
}

/**
 * What a cell stores for a written number: the quantity in its base unit (`30%` → 0.3, `130,000千円` →
 * 130000000, shown as written with `writtenNumberFormat`), so that formulas and the KPI functions read the
 * same quantity from the number as from the text it replaces.
 */
export function storedNumber(value: NumberValue): number {
  return value.scalePower === 0 ? value.value : decimalToNumber(baseDecimal(value));
}

/** A format can show a scale only in thousands (`千円`, `百万円`), not `万人` or `億円`. */
function showableScale(value: NumberValue): boolean {
  return value.percent || (value.scalePower >= 0 && value.scalePower % 3 === 0);
}

/** A number read from text with nothing doubtful (no note, no misplaced grouping commas) and a scale a
 * format can show, so that storing it as a number changes nothing a reader sees. */
export function isCleanNumber(value: ParsedValue): value is NumberValue {
  return (
    value.kind === "number" &&
    value.note === undefined &&
    !value.issues.includes("malformed-grouping") &&
    showableScale(value)
  );
}

/** Decimals a percent number format shows (`0.0%` → 1, `0%` → 0); `null` for other formats. */
export function percentFormatDecimals(format: string | null): number | null {
  if (format === null || !format.includes("%")) return null;
  const point = format.indexOf(".");
  if (point < 0) return 0;
  let count = 0;
  while (format[point + 1 + count] === "0") count++;
  return count;
}

export interface FormatUnit {
  /** The unit as shown (`人`, `千円`, `%`). */
  readonly unit: string;
  /** Power of ten the format divides the value by before showing it: 2 less for `%`, 3 more per scaling comma. */
  readonly shownPower: number;
}

const QUOTE = 34;
const BACKSLASH = 92;
const UNDERSCORE = 95;
const ASTERISK = 42;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const SEMICOLON = 59;
const PERCENT = 37;
const COMMA = 44;
const DIGIT_PLACEHOLDERS = new Set(["0", "#", "?"]);

const cache = new Map<string, FormatUnit | null>();

/** The first section of a format: up to the first `;` outside quotes and brackets. */
function firstSection(format: string): string {
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const c = format.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && c === OPEN_BRACKET) bracket = true;
    else if (!quoted && c === CLOSE_BRACKET) bracket = false;
    else if (!quoted && !bracket && c === SEMICOLON) return format.slice(0, i);
  }
  return format;
}

function read(format: string): FormatUnit | null {
  const section = firstSection(format);
  let literal = "";
  let percent = false;
  let scalingCommas = 0;
  let seenDigit = false;
  for (let i = 0; i < section.length; i++) {
    const c = section.charCodeAt(i);
    const ch = section[i];
    if (c === QUOTE) {
      const end = section.indexOf('"', i + 1);
      const text = section.slice(i + 1, end < 0 ? section.length : end);
      if (seenDigit) literal += text;
      i = end < 0 ? section.length : end;
    } else if (c === BACKSLASH) {
      if (seenDigit) literal += section[i + 1] ?? "";
      i++;
    } else if (c === UNDERSCORE || c === ASTERISK) i++;
    else if (c === OPEN_BRACKET) i = Math.max(i, section.indexOf("]", i));
    else if (c === PERCENT) percent = true;
    else if (DIGIT_PLACEHOLDERS.has(ch)) {
      seenDigit = true;
      literal = "";
      scalingCommas = 0;
    } else if (c === COMMA && seenDigit) {
      if (!DIGIT_PLACEHOLDERS.has(section[i + 1] ?? "")) scalingCommas++;
    }
  }
  if (!seenDigit) return null;
  if (percent) return { unit: "%", shownPower: -2 };
  const unit = unitOfLiteral(literal.trim());
  return unit === null ? null : { unit, shownPower: 3 * scalingCommas };
}

/** A literal that is a unit alone (`人`, `千円`, `%`), as the value parser reads units; else `null`. */
function unitOfLiteral(literal: string): string | null {
  if (literal === "") return null;
  const one = parseValue(`1${literal}`);
  return one.kind === "number" && one.note === undefined && one.unit === literal ? literal : null;
}

/** The unit a number format shows, or `null` for General, plain numbers and formats without one. */
export function formatUnit(numberFormat: string | null | undefined): FormatUnit | null {
  if (numberFormat === null || numberFormat === undefined || numberFormat === "") return null;
  let unit = cache.get(numberFormat);
  if (unit === undefined) {
    unit = read(numberFormat);
    if (cache.size < 1024) cache.set(numberFormat, unit);
  }
  return unit;
}

/**
 * A numeric cell's parsed value with the unit its number format shows (`4,800` formatted `#,##0"人"` is
 * 4,800人; 0.8 formatted `0.0%` is 80%). Text, placeholders, errors and unformatted numbers are returned
 * as they are: a unit typed into text is the text's.
 */
export function withFormatUnit(parsed: ParsedValue, raw: unknown, numberFormat: string | null): ParsedValue {
  if (parsed.kind !== "number" || typeof raw !== "number") return parsed;
  const shown = formatUnit(numberFormat);
  if (shown === null) return parsed;
  const info = unitInfo(shown.unit);
  const decimal = shiftDecimal(parsed.decimal, -shown.shownPower);
  const value: NumberValue = {
    ...parsed,
    value: decimalToNumber(decimal),
    decimal,
    unit: shown.unit,
    baseUnit: info.baseUnit,
    scale: 10 ** info.power,
    scalePower: info.power,
    percent: info.percent,
    unitFromFormat: true,
  };
  return value;
}

const QUOTED = /"[^"]*"/g;

/**
 * Decimals a number format shows without turning the value into a percentage (`0.0` → 1, `#,##0` → 0,
 * `0.0"%"` → 1: a quoted % is text after points); `null` for General, percentages and text formats.
 */
export function plainDecimals(format: string | null): number | null {
  const unquoted = format?.replace(QUOTED, "") ?? null;
  if (format === null || unquoted === null || unquoted.includes("%") || !/[0#]/.test(unquoted)) return null;
  const point = format.indexOf(".");
  if (point < 0) return 0;
  let zeros = 0;
  while (format[point + 1 + zeros] === "0") zeros++;
  return zeros;
}

/**
 * The number a numeric cell must store to show the base quantity `base` in the unit `shown` reads in, under
 * the cell's format: 130,000,000円 is 130000 under `#,##0"千円"` but 130000000 under `#,##0,"千円"`, and
 * 80% is 0.8 under `0.0%` but 80 under `0.0"%"`.
 */
export function storedForBase(base: Decimal, shown: NumberValue, numberFormat: string | null): number {
  const shownPower = formatUnit(numberFormat)?.shownPower ?? 0;
  return decimalToNumber(shiftDecimal(base, shownPower - shown.scalePower));
}
