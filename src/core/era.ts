/**
 * Fiscal years (年度, April–March) as officials write them: `R5`, `令和5年度`, `令和元年度`, `H28`,
 * `平成28年度`, `2016`, `2016年度`, `2016 (28) 年度`, `FY2016`, full-width forms; and back.
 */
import type { CellValue } from "./grid";
import { isAsciiDigit, toHalfWidth } from "./text";

/** A Japanese era: `firstYear` is the fiscal year numbered 元 (1). */
export interface Era {
  readonly name: string;
  readonly letter: string;
  readonly firstYear: number;
  /** The era's last fiscal year; `null` for the current era. */
  readonly lastYear: number | null;
}

/**
 * Eras, newest first. A fiscal year is named after the era in force at its start, except that the
 * year an era begins takes the new name: 令和元年度 = 平成31年度 = 2019, 平成元年度 = 昭和64年度 = 1989.
 */
export const ERAS: readonly Era[] = [
  { name: "令和", letter: "R", firstYear: 2019, lastYear: null },
  { name: "平成", letter: "H", firstYear: 1989, lastYear: 2019 },
  { name: "昭和", letter: "S", firstYear: 1926, lastYear: 1989 },
  { name: "大正", letter: "T", firstYear: 1912, lastYear: 1926 },
];

/** Western years accepted as fiscal years. */
export const WESTERN_YEAR_RANGE = { min: 1900, max: 2200 } as const;

/** Why a text is not a fiscal year. Message key: `year.<code>`. */
export const FISCAL_YEAR_ERROR_CODES = [
  /** Nothing to read. */
  "empty",
  /** Not a fiscal-year form (`abc`, `28`, a boolean, an Excel error). */
  "unrecognized",
  /** An era year of 0 or below (`R0`). */
  "era-year-out-of-range",
  /** A western year outside {@link WESTERN_YEAR_RANGE}. */
  "year-out-of-range",
  /** `2016 (27) 年度`: the era year in parentheses is not the western year's. */
  "inconsistent-era",
  /** Text after the year (`令和3年度実績`) where only a year is allowed: use {@link parseFiscalYearLabel}. */
  "trailing-text",
] as const;
export type FiscalYearErrorCode = (typeof FISCAL_YEAR_ERROR_CODES)[number];

export interface FiscalYearError {
  readonly ok: false;
  readonly code: FiscalYearErrorCode;
}

export interface FiscalYear {
  readonly ok: true;
  /** The western year the fiscal year starts in (令和5年度 → 2023). */
  readonly year: number;
  /**
   * `true` when an era year lies past the era's end, as in plans written before the change
   * (`H32` = 2020). Accepted, but worth telling the user.
   */
  readonly extendedEra?: true;
}

export interface FiscalYearLabel extends FiscalYear {
  /** Whatever follows the year, trimmed (`実績` in `令和3年度実績`, `増加分` in `2019年度増加分`). */
  readonly suffix: string;
}

export type FiscalYearStyle = "wareki" | "short" | "western";

type LabelResult = FiscalYearLabel | FiscalYearError;

const FISCAL_SUFFIXES = ["年度", "年"];

function fail(code: FiscalYearErrorCode): FiscalYearError {
  return { ok: false, code };
}

/** The era a fiscal year is named in (the newest era begun by then), or `null` before 大正. */
export function eraOf(year: number): Era | null {
  for (const era of ERAS) if (year >= era.firstYear) return era;
  return null;
}

/**
 * Parses a cell that holds a fiscal year and nothing else. Numbers are western years
 * (1900–2200). `R0` and unknown forms are typed errors, never a guess. A bare `2000` is a year here
 * even when it is a count in a data row: call this on header cells only.
 */
export function parseFiscalYear(input: CellValue | undefined): FiscalYear | FiscalYearError {
  const label = parseFiscalYearLabel(input);
  if (!label.ok) return label;
  if (label.suffix !== "") return fail("trailing-text");
  return label.extendedEra
    ? { ok: true, year: label.year, extendedEra: true }
    : { ok: true, year: label.year };
}

/**
 * Parses a header label that starts with a fiscal year and may go on (`令和3年度実績`, `令和3年度予定`,
 * `2019年度増加分`, `R5見込`); the rest is returned as `suffix`. Table detection uses this.
 */
export function parseFiscalYearLabel(input: CellValue | undefined): LabelResult {
  if (typeof input === "number") {
    if (!Number.isInteger(input)) return fail("unrecognized");
    return westernYear(input, "");
  }
  if (typeof input !== "string")
    return fail(input === null || input === undefined ? "empty" : "unrecognized");
  const text = toHalfWidth(input).trim();
  if (text === "") return fail("empty");
  // Only the first two characters are compared case-blind: upper-casing the whole label is a copy of it.
  const upper = text.slice(0, 2).toUpperCase();
  if (upper.startsWith("FY")) return parseWestern(text, skipSpaces(text, 2));
  if (isAsciiDigit(text.charCodeAt(0))) return parseWestern(text, 0);
  for (const era of ERAS) {
    if (text.startsWith(era.name)) return parseEra(text, era, era.name.length);
    if (upper.charAt(0) === era.letter) return parseEra(text, era, 1);
  }
  return fail("unrecognized");
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (text.charAt(i) === " ") i++;
  return i;
}

function readDigits(text: string, from: number): number {
  let i = from;
  while (isAsciiDigit(text.charCodeAt(i))) i++;
  return i;
}

/** After the year: optional `年度`/`年`, the rest is the suffix. */
function finish(text: string, from: number, year: number, extendedEra: boolean): LabelResult {
  let i = skipSpaces(text, from);
  const marker = FISCAL_SUFFIXES.find((s) => text.startsWith(s, i));
  if (marker !== undefined) i += marker.length;
  const suffix = text.slice(i).trim();
  return extendedEra ? { ok: true, year, suffix, extendedEra: true } : { ok: true, year, suffix };
}

function westernYear(year: number, suffix: string): LabelResult {
  if (year < WESTERN_YEAR_RANGE.min || year > WESTERN_YEAR_RANGE.max) return fail("year-out-of-range");
  return { ok: true, year, suffix };
}

/** `2016`, `2016年度`, `FY2016`, `2016 (28) 年度`, `2016(H28)年度`. */
function parseWestern(text: string, start: number): LabelResult {
  const end = readDigits(text, start);
  if (end - start !== 4) return fail("unrecognized");
  const year = Number(text.slice(start, end));
  const range = westernYear(year, "");
  if (!range.ok) return range;
  let i = skipSpaces(text, end);
  if (text.charAt(i) === "(") {
    const close = text.indexOf(")", i);
    if (close < 0) return fail("unrecognized");
    const inner = parseFiscalYearLabel(text.slice(i + 1, close));
    const eraYear = Number(text.slice(i + 1, close).trim());
    const consistent = inner.ok
      ? inner.year === year && inner.suffix === ""
      : Number.isInteger(eraYear) && eraYearsOf(year).includes(eraYear);
    if (!consistent) return fail("inconsistent-era");
    i = close + 1;
  }
  return finish(text, i, year, false);
}

/** The era years a western fiscal year can be written with: 2019 → [1 (令和), 31 (平成)]. */
function eraYearsOf(year: number): number[] {
  return ERAS.filter((era) => year >= era.firstYear && (era.lastYear === null || year <= era.lastYear)).map(
    (era) => year - era.firstYear + 1,
  );
}

/** `R5`, `令和5年度`, `令和元年度`, `H.28`, `R 5`. */
function parseEra(text: string, era: Era, start: number): LabelResult {
  let i = skipSpaces(text, start);
  if (text.charAt(i) === ".") i = skipSpaces(text, i + 1);
  let eraYear: number;
  if (text.charAt(i) === "元") {
    eraYear = 1;
    i++;
  } else {
    const end = readDigits(text, i);
    if (end === i || end - i > 3) return fail("unrecognized");
    eraYear = Number(text.slice(i, end));
    i = end;
  }
  if (eraYear < 1) return fail("era-year-out-of-range");
  const year = era.firstYear + eraYear - 1;
  const range = westernYear(year, "");
  if (!range.ok) return range;
  return finish(text, i, year, era.lastYear !== null && year > era.lastYear);
}

/**
 * A fiscal year as officials write it: `wareki` → `令和5年度` (`令和元年度` for 2019), `short` → `R5`
 * (`R1`), `western` → `2023年度`. Years before 大正 (1912) have no era here and use the western form.
 */
export function formatFiscalYear(year: number, style: FiscalYearStyle): string {
  const era = eraOf(year);
  if (style === "western" || era === null) return `${year}年度`;
  const eraYear = year - era.firstYear + 1;
  if (style === "short") return `${era.letter}${eraYear}`;
  return `${era.name}${eraYear === 1 ? "元" : eraYear}年度`;
}
