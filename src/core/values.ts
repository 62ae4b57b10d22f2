/**
 * `parseValue`: from whatever a cell holds to a typed {@link ParsedValue}.
 *
 * One left-to-right scan, no regular expression on the hot path, so it is linear in the input length
 * (a 100,000-character cell is fine) and fast on the common shapes (`3350`, `"1,600件"`, `"30.0%"`).
 */
import { isCellError, type CellValue } from "./grid";
import { EXCEL_ERROR_CODES } from "./excel-errors";
import { decimalFromPlainString, decimalToNumber, displayedDecimal, type Decimal } from "./decimal";
import { placeholderOf } from "./placeholders";
import { hasFullWidth, isAsciiDigit, toHalfWidth } from "./text";
import { unitInfo } from "./units";
import type { InvalidValue, NumberValue, ParsedValue, PendingValue, ValueIssue } from "./value-types";

/** Every error value, looked up also when it arrives as text. */
const EXCEL_ERRORS = new Set(EXCEL_ERROR_CODES);

/** Exponents beyond this are out of range: keeps exact arithmetic on such values cheap. */
const MAX_EXPONENT = 400;
/** Up to this many digits the value is accumulated in a double without loss. */
const MAX_EXACT_DIGITS = 15;
const NO_ISSUES: readonly ValueIssue[] = Object.freeze([]);
const EMPTY: PendingValue = Object.freeze({ kind: "pending", text: "", placeholder: "empty" });
const GROUPING_COMMAS = /,/g;

const enum Char {
  Tab = 9,
  LineFeed = 10,
  CarriageReturn = 13,
  Space = 32,
  Hash = 35,
  Percent = 37,
  OpenParen = 40,
  CloseParen = 41,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  UpperE = 69,
  LowerE = 101,
  OpenBracket = 91,
  MinusSign = 0x2212,
  BlackTriangle = 0x25b2,
  WhiteTriangle = 0x25b3,
  IdeographicComma = 0x3001,
  IdeographicFullStop = 0x3002,
  LeftLenticular = 0x3010,
  Slash = 47,
  ReferenceMark = 0x203b,
}

/**
 * Reads one cell.
 *
 * - number → `number` without unit (`NaN`/`±Infinity` → `invalid` `not-finite`);
 * - `null`/`undefined`/blank text → `pending` (`empty`);
 * - boolean → `invalid` (`boolean`): TRUE/FALSE is never a KPI value;
 * - `{ error }` or text equal to an Excel error code → `error` with that code;
 * - placeholder text (`集計中`, `年度末に調査`, `-`, `—`, `ー`) → `pending` with the text as written;
 * - text starting with a number (after an optional sign `-`, `+`, `△`, `▲`) → `number` with unit, note and
 *   issues; `△1,234` is −1234; full-width forms are normalised first;
 * - other text → `invalid` (`not-a-number`).
 *
 * Never throws.
 */
export function parseValue(input: CellValue | undefined): ParsedValue {
  if (typeof input === "number") return parseNumberCell(input);
  if (typeof input === "string") return parseText(input);
  if (input === null || input === undefined) return EMPTY;
  if (typeof input === "boolean") return invalid("boolean", input ? "TRUE" : "FALSE");
  if (isCellError(input)) return { kind: "error", code: input.error };
  return invalid("unsupported-type", String(input));
}

/**
 * `parseValue` once per distinct text, for one pass that reads the same texts many times (a table repeats
 * `達成`, `集計中`, units and numbers): a round of checks has one, dropped after it (detection keeps each
 * text's value beside its label, in the sheet reader).
 */
export function textMemoParser(): (value: CellValue) => ParsedValue {
  const byText = new Map<string, ParsedValue>();
  return (value) => {
    if (typeof value !== "string") return parseValue(value);
    let parsed = byText.get(value);
    if (parsed === undefined) {
      parsed = parseText(value);
      byText.set(value, parsed);
    }
    return parsed;
  };
}

function invalid(code: InvalidValue["code"], text: string): InvalidValue {
  return { kind: "invalid", code, text };
}

/**
 * A numeric cell as Excel shows it: its double at 15 significant digits, trailing zeros dropped. A formula's
 * `=0.7+0.1` caches 0.7999999999999999, which Excel shows, compares and saves as 0.8; reading the double's
 * shortest form instead would make 80% a 概ね達成.
 */
function parseNumberCell(value: number): ParsedValue {
  const exact = displayedDecimal(value);
  if (exact === null) return invalid("not-finite", String(value));
  const shown = decimalToNumber(exact);
  // A double within 15 digits of the largest one rounds beyond it: Excel holds no such number either.
  if (!Number.isFinite(shown)) return invalid("out-of-range", String(value));
  return {
    kind: "number",
    value: shown,
    decimal: exact,
    unit: "",
    baseUnit: "",
    scale: 1,
    scalePower: 0,
    percent: false,
    issues: NO_ISSUES,
  };
}

function parseText(raw: string): ParsedValue {
  const fullWidth = hasFullWidth(raw);
  const text = (fullWidth ? toHalfWidth(raw) : raw).trim();
  const first = text.charCodeAt(0);
  if (!isAsciiDigit(first)) {
    const placeholder = placeholderOf(text);
    if (placeholder !== null) return { kind: "pending", text: raw, placeholder };
    if (first === Char.Hash && EXCEL_ERRORS.has(text.toUpperCase()))
      return { kind: "error", code: text.toUpperCase() };
  }
  return scanNumber(raw, text, fullWidth);
}

/** Spaces, tabs and line breaks (a cell may hold Alt+Enter line breaks). */
function isSpace(c: number): boolean {
  return c === Char.Space || c === Char.Tab || c === Char.LineFeed || c === Char.CarriageReturn;
}

/** Words of a bound written after a unit (`28人以下`): read as the note, so the unit stays `人`. */
const BOUND_WORDS = ["以上", "以下", "未満", "超"];

/** Characters that end a unit: spaces, brackets, digits and punctuation that starts a remark. */
function endsUnit(c: number): boolean {
  return (
    isSpace(c) ||
    isAsciiDigit(c) ||
    c === Char.OpenParen ||
    c === Char.OpenBracket ||
    c === Char.Comma ||
    c === Char.IdeographicComma ||
    c === Char.IdeographicFullStop ||
    c === Char.LeftLenticular ||
    c === Char.ReferenceMark
  );
}

function scanNumber(raw: string, text: string, fullWidth: boolean): ParsedValue {
  const n = text.length;
  let i = 0;
  let negative = false;
  const signChar = text.charCodeAt(0);
  if (
    signChar === Char.Minus ||
    signChar === Char.MinusSign ||
    signChar === Char.WhiteTriangle ||
    signChar === Char.BlackTriangle
  ) {
    negative = true;
    i++;
  } else if (signChar === Char.Plus) i++;
  while (i < n && isSpace(text.charCodeAt(i))) i++;

  // Integer part with optional grouping commas; a comma counts only between digits.
  const digitsStart = i;
  let accumulated = 0;
  let digitCount = 0;
  let groupLength = 0;
  let grouped = false;
  let malformed = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiDigit(c)) {
      accumulated = accumulated * 10 + (c - 48);
      digitCount++;
      groupLength++;
    } else if (c === Char.Comma && digitCount > 0 && isAsciiDigit(text.charCodeAt(i + 1))) {
      if (grouped ? groupLength !== 3 : groupLength > 3) malformed = true;
      grouped = true;
      groupLength = 0;
    } else break;
  }
  if (grouped && groupLength !== 3) malformed = true;
  const integerEnd = i;

  let fractionDigits = 0;
  if (text.charCodeAt(i) === Char.Dot && isAsciiDigit(text.charCodeAt(i + 1))) {
    for (i++; i < n && isAsciiDigit(text.charCodeAt(i)); i++) {
      accumulated = accumulated * 10 + (text.charCodeAt(i) - 48);
      digitCount++;
      fractionDigits++;
    }
  }
  if (digitCount === 0) return invalid("not-a-number", raw);
  const numberEnd = i;

  let exponent = 0;
  const e = text.charCodeAt(i);
  if (e === Char.UpperE || e === Char.LowerE) {
    let j = i + 1;
    const expSign = text.charCodeAt(j);
    if (expSign === Char.Plus || expSign === Char.Minus) j++;
    if (isAsciiDigit(text.charCodeAt(j))) {
      const expStart = j;
      while (j < n && isAsciiDigit(text.charCodeAt(j))) j++;
      exponent = Number(text.slice(expStart, j)) * (expSign === Char.Minus ? -1 : 1);
      if (!(Math.abs(exponent) <= MAX_EXPONENT)) return invalid("out-of-range", raw);
      i = j;
    }
  }

  let coefficient: bigint;
  let value: number;
  if (digitCount <= MAX_EXACT_DIGITS && exponent === 0) {
    coefficient = BigInt(accumulated);
    value = fractionDigits === 0 ? accumulated : accumulated / 10 ** fractionDigits;
  } else {
    const digits = (text.slice(digitsStart, integerEnd) + text.slice(integerEnd + 1, numberEnd)).replace(
      GROUPING_COMMAS,
      "",
    );
    const integerDigits = text.slice(digitsStart, integerEnd).replace(GROUPING_COMMAS, "");
    const plain =
      fractionDigits > 0 ? `${integerDigits}.${digits.slice(integerDigits.length)}` : integerDigits;
    value = Number(`${plain}e${exponent}`);
    if (!Number.isFinite(value)) return invalid("out-of-range", raw);
    const exact = decimalFromPlainString(digits);
    if (exact === null) return invalid("not-a-number", raw);
    coefficient = exact.coefficient;
  }
  if (negative) {
    coefficient = -coefficient;
    value = value === 0 ? 0 : -value;
  }
  const decimal: Decimal = { coefficient, exponent: exponent - fractionDigits };
  const misread = misreadAfterNumber(text, i);
  if (misread !== null) return invalid(misread, raw);

  // Unit: `%` alone, or a run of characters up to a space, bracket, digit or remark punctuation.
  const spaced = isSpace(text.charCodeAt(i));
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (spaced && isAsciiDigit(text.charCodeAt(i)))
    return invalid(isThousandsGroup(text, i) ? "separators" : "multiple-numbers", raw);
  const unitStart = i;
  if (text.charCodeAt(i) === Char.Percent) i++;
  else while (i < n && !endsUnit(text.charCodeAt(i))) i++;
  let unit = text.slice(unitStart, i);
  if (unit !== "" && isAsciiDigit(text.charCodeAt(i))) return invalid("digits-after-unit", raw);
  let rest = text.slice(i).trim();
  // `28人以下`, `80%以上`: a bound after the unit is a note (a ceiling or a floor), not part of the unit.
  const bound = BOUND_WORDS.find((w) => unit.length > w.length && unit.endsWith(w));
  if (bound !== undefined) {
    unit = unit.slice(0, -bound.length);
    rest = `${bound}${rest}`;
  }
  if (rest !== "" && hasDigitOutsideParentheses(rest)) return invalid("multiple-numbers", raw);

  const issues: ValueIssue[] = ["text-number"];
  if (fullWidth) issues.push("full-width");
  if (malformed) issues.push("malformed-grouping");
  const info = unitInfo(unit);
  if (!info.known) issues.push("unknown-unit");

  const result: NumberValue = {
    kind: "number",
    value,
    decimal,
    unit,
    baseUnit: info.baseUnit,
    scale: 10 ** info.power,
    scalePower: info.power,
    percent: info.percent,
    issues,
  };
  return rest === "" ? result : { ...result, note: noteOf(rest) };
}

/**
 * What makes the text right after a number's digits unreadable as one number, or `null`: a second
 * decimal point or a separator after the decimals (`1.000.000`, `1.5,000`), a slash or a dash between
 * digits (`2023/4/1`, `1/2`, `5-10`), a sign after the number (`5-`). Reading the leading digits alone
 * would give a confident wrong number.
 */
function misreadAfterNumber(text: string, i: number): InvalidValue["code"] | null {
  const c = text.charCodeAt(i);
  const digitFollows = isAsciiDigit(text.charCodeAt(i + 1));
  if ((c === Char.Dot || c === Char.Comma) && digitFollows) return "separators";
  if (c === Char.Slash && digitFollows) return "date-or-fraction";
  if (c === Char.Minus || c === Char.MinusSign) return digitFollows ? "date-or-fraction" : "trailing-sign";
  return null;
}

/** Exactly three digits at `i`, then no further digit or separator: the rest of `1 600` written with a space. */
function isThousandsGroup(text: string, i: number): boolean {
  for (let k = i; k < i + 3; k++) if (!isAsciiDigit(text.charCodeAt(k))) return false;
  const after = text.charCodeAt(i + 3);
  return !isAsciiDigit(after) && after !== Char.Dot && after !== Char.Comma;
}

/** The remark after a number: one enclosing pair of parentheses is removed (`(中止)` → `中止`). */
function noteOf(rest: string): string {
  if (rest.charCodeAt(0) !== Char.OpenParen || rest.charCodeAt(rest.length - 1) !== Char.CloseParen)
    return rest;
  let depth = 0;
  for (let i = 0; i < rest.length - 1; i++) {
    const c = rest.charCodeAt(i);
    if (c === Char.OpenParen) depth++;
    else if (c === Char.CloseParen && --depth === 0) return rest; // the first group closes before the end
  }
  return rest.slice(1, -1).trim();
}

function hasDigitOutsideParentheses(rest: string): boolean {
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === Char.OpenParen) depth++;
    else if (c === Char.CloseParen) depth = Math.max(0, depth - 1);
    else if (depth === 0 && isAsciiDigit(c)) return true;
  }
  return false;
}
