/**
 * The `<c>` element written for a changed cell: a number, an inline string (never a new shared string,
 * so xl/sharedStrings.xml stays as it was), a boolean, an error, or a formula with its cached result when
 * the change gives one. Text is escaped for XML, and characters XML cannot hold (controls) as Excel's
 * `_xHHHH_` escapes; a literal `_xHHHH_` in the text is protected as Excel does (`_x005F_`).
 */
import { isCellError, type CellValue } from "../../../core/grid";
import { encodeXml } from "./xmlTags";

function escapeText(text: string): string {
  return encodeXml(
    text
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
      .replace(
        /[^\t\n\r\u0020-\ufffd]/g,
        (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
      ),
  );
}

function numberText(value: number): string {
  // A double's shortest round-trip text; XML Schema's xsd:double reads `1e-7` as Excel does.
  return String(value);
}

export interface CellContent {
  /** The `t` attribute (`null`: none, a number or an empty cell). */
  readonly type: string | null;
  /** The children of `<c>`, prefix applied. */
  readonly inner: string;
}

/** `x:` for a part that spells its elements with a prefix, else "". */
function el(prefix: string, name: string): string {
  return prefix === "" ? name : `${prefix}:${name}`;
}

function textElement(prefix: string, name: string, text: string): string {
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<${el(prefix, name)}${space}>${escapeText(text)}</${el(prefix, name)}>`;
}

function valueContent(prefix: string, value: CellValue, inFormula: boolean): CellContent {
  const v = (text: string) => `<${el(prefix, "v")}>${encodeXml(text)}</${el(prefix, "v")}>`;
  if (value === null) return { type: null, inner: "" };
  if (typeof value === "boolean") return { type: "b", inner: v(value ? "1" : "0") };
  if (isCellError(value)) return { type: "e", inner: v(value.error) };
  if (typeof value === "number")
    return Number.isFinite(value)
      ? { type: null, inner: v(numberText(value)) }
      : { type: "e", inner: v("#NUM!") };
  if (inFormula) return { type: "str", inner: textElement(prefix, "v", value) };
  return {
    type: "inlineStr",
    inner: `<${el(prefix, "is")}>${textElement(prefix, "t", value)}</${el(prefix, "is")}>`,
  };
}

/** A formula (with or without `=`) and, when given, its cached result; or a constant. */
export function cellContent(
  prefix: string,
  value: CellValue | undefined,
  formula: string | undefined,
): CellContent {
  if (formula === undefined) return valueContent(prefix, value ?? null, false);
  const f = plainFormula(prefix, "", formula.replace(/^=/, ""));
  const cached =
    value === undefined || value === null ? { type: null, inner: "" } : valueContent(prefix, value, true);
  return { type: cached.type, inner: f + cached.inner };
}

/** `<f>` of a formula (its text only XML-escaped: `_xHHHH_` is not decoded in formulas), plain (not shared), with the given attributes (already written as ` a="b"`). */
export function plainFormula(prefix: string, attributes: string, formula: string): string {
  return `<${el(prefix, "f")}${attributes}>${encodeXml(formula)}</${el(prefix, "f")}>`;
}

export { el as elementName };
