/**
 * A cell as Excel displays it: its value under its number format (`0.75` with `0.0%` → `75.0%`, `1600`
 * with `#,##0"件"` → `1,600件`), an error as its code, text as it is. Every message, preview and summary
 * that quotes a cell uses this, so a reader never sees a raw float (`0.46399999999999997`) or a format
 * code. Covers what KPI sheets use: sections (positive;negative;zero;text), `0 # ?` placeholders,
 * grouping and scaling commas, decimals, `%`, quoted and escaped literals, `[Red]`/`[$¥-411]` brackets;
 * dates as `yyyy/m/d`. Rules: https://support.microsoft.com/office/review-guidelines-for-customizing-a-number-format-c0a1d1fa-d3f4-4018-96b7-9c9354dd99f5
 */
import { decimalToString, displayedDecimal, shiftDecimal } from "./decimal";
import type { CellValue } from "./grid";
import { isCellError } from "./grid";
import { ratioFromDecimal, roundRatio } from "./ratio";

/** Excel's General in a standard column: at most 11 characters (0.46399999999999997 → 0.464), else scientific. */
const GENERAL_WIDTH = 11;

function general(value: number): string {
  if (!Number.isFinite(value)) return "#NUM!";
  const width = GENERAL_WIDTH + (value < 0 ? 1 : 0);
  for (let digits = 10; digits >= 1; digits--) {
    const text = String(Number(value.toPrecision(digits)));
    if (!text.includes("e") && text.length <= width) return text;
  }
  const [mantissa, exponent] = value.toExponential(5).split("e");
  const power = Number(exponent);
  const sign = power < 0 ? "-" : "+";
  return `${mantissa.replace(/\.?0+$/, "")}E${sign}${String(Math.abs(power)).padStart(2, "0")}`;
}

/** The sections of a format: split at `;` outside quotes and brackets. */
function sections(format: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === "\\" && !quoted) i++;
    else if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "[") bracket = true;
    else if (!quoted && ch === "]") bracket = false;
    else if (!quoted && !bracket && ch === ";") {
      out.push(format.slice(start, i));
      start = i + 1;
    }
  }
  out.push(format.slice(start));
  return out;
}

/** One section read as literal text around a number pattern. */
interface Pattern {
  readonly prefix: string;
  readonly suffix: string;
  readonly minInteger: number;
  readonly grouped: boolean;
  readonly minFraction: number;
  readonly maxFraction: number;
  /** Power of ten the value is shifted by: +2 per `%`, −3 per scaling comma. */
  readonly power: number;
  readonly hasNumber: boolean;
  readonly isDate: boolean;
  /** Text section: `@` stands for the text. */
  readonly text: boolean;
}

/** Where a text section's `@` puts the text (a private-use character no format holds). */
const TEXT_AT = "\uE000";

const DATE_LETTERS = /[ymdhsge]/i;

function readPattern(section: string): Pattern {
  let prefix = "";
  let suffix = "";
  let minInteger = 0;
  let grouped = false;
  let minFraction = 0;
  let maxFraction = 0;
  let power = 0;
  let pendingCommas = 0;
  let seenDigit = false;
  let inFraction = false;
  let isDate = false;
  let text = false;
  const literal = (s: string) => {
    if (seenDigit) suffix += s;
    else prefix += s;
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal(section.slice(i + 1, end < 0 ? section.length : end));
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      literal(section[i + 1] ?? "");
      i++;
    } else if (ch === "_") {
      literal(" ");
      i++;
    } else if (ch === "*") i++;
    else if (ch === "[") {
      const end = section.indexOf("]", i);
      const inner = section.slice(i + 1, end < 0 ? section.length : end);
      // [$¥-411] shows its symbol; colours, conditions and locales show nothing.
      if (inner.startsWith("$")) literal(inner.slice(1).split("-")[0]);
      i = end < 0 ? section.length : end;
    } else if (ch === "0" || ch === "#" || ch === "?") {
      if (suffix !== "" && seenDigit) break; // digits after the suffix literal: not a layout KPI sheets use
      if (pendingCommas > 0 && !inFraction) grouped = true;
      pendingCommas = 0;
      seenDigit = true;
      if (inFraction) {
        maxFraction++;
        if (ch !== "#") minFraction++;
      } else if (ch !== "#") minInteger++;
    } else if (ch === "." && !inFraction && (seenDigit || /[0#?]/.test(section[i + 1] ?? ""))) {
      power -= 3 * pendingCommas;
      pendingCommas = 0;
      inFraction = true;
      seenDigit = true;
    } else if (ch === "," && seenDigit && suffix === "") pendingCommas++;
    else if (ch === "%") {
      power += 2;
      literal("%");
    } else if (ch === "@") {
      text = true;
      literal(TEXT_AT);
    } else if (DATE_LETTERS.test(ch)) isDate = true;
    else literal(ch);
  }
  power -= 3 * pendingCommas;
  return {
    prefix,
    suffix,
    minInteger,
    grouped,
    minFraction,
    maxFraction,
    power,
    hasNumber: seenDigit,
    isDate,
    text,
  };
}

function groupDigits(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** |value| under the pattern (the sign is the caller's). */
function numberText(magnitude: number, p: Pattern): string {
  const exact = displayedDecimal(magnitude);
  if (exact === null) return "#NUM!";
  const rounded = roundRatio(ratioFromDecimal(shiftDecimal(exact, p.power)), -p.maxFraction);
  const [integerPart, fractionPart = ""] = decimalToString(rounded).split(".");
  let integer = integerPart === "0" && p.minInteger === 0 ? "" : integerPart.padStart(p.minInteger, "0");
  if (p.grouped) integer = groupDigits(integer);
  let fraction = fractionPart.padEnd(p.maxFraction, "0");
  while (fraction.length > p.minFraction && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  return fraction === "" ? integer : `${integer}.${fraction}`;
}

/** Days since 1899-12-30 (Excel's 1900 system, after its phantom 29 February) as `yyyy/m/d`. */
function dateText(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return `${date.getUTCFullYear()}/${date.getUTCMonth() + 1}/${date.getUTCDate()}`;
}

function numberUnder(value: number, format: string): string {
  const all = sections(format);
  const numeric = all.filter((_, k) => k < 3);
  let section = numeric[0];
  let signed = value;
  if (value < 0 && numeric.length >= 2) {
    section = numeric[1];
    signed = -value; // the negative section writes its own sign, if any
  } else if (value === 0 && numeric.length >= 3) section = numeric[2];
  if (/^\s*general\s*$/i.test(section.replace(/\[[^\]]*\]/g, ""))) return general(signed);
  const pattern = readPattern(section);
  if (pattern.isDate && !pattern.hasNumber) return dateText(value);
  if (!pattern.hasNumber) return pattern.prefix + pattern.suffix;
  const body = numberText(Math.abs(signed), pattern);
  const sign = signed < 0 ? "-" : "";
  return `${sign}${pattern.prefix}${body}${pattern.suffix}`;
}

function textUnder(value: string, format: string): string {
  const all = sections(format);
  if (all.length < 4 && !(all.length === 1 && all[0].includes("@"))) return value;
  const pattern = readPattern(all.length >= 4 ? all[3] : all[0]);
  return (pattern.prefix + pattern.suffix).split(TEXT_AT).join(value);
}

/** What Excel shows in a cell holding `value` under `numberFormat` (`null` or `General`: General). */
export function displayValue(value: CellValue | undefined, numberFormat?: string | null): string {
  if (value === null || value === undefined) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const format = numberFormat ?? "";
  if (typeof value === "string") return format === "" ? value : textUnder(value, format);
  if (format === "" || /^general$/i.test(format)) return general(value);
  return numberUnder(value, format);
}
