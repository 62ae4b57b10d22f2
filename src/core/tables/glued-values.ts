/**
 * A value written after its indicator's name in the same cell (`合同企業説明会参加者延べ人数 300 人`,
 * `新規農業生産法人数5件`, `地産地消の実践割合 80%以上`), as tables without a name column print them:
 * the name is the text before the last number, the value that number with a short unit and note.
 * Text whose number is followed by more than a unit (`市民1人あたりの1日に出すごみの量`) is a name only.
 */
import type { CellValue } from "../grid";
import { toHalfWidth } from "../text";
import type { ParsedValue } from "../value-types";
import { splitDated } from "./dated-values";

/** Unit and note after the number: a few characters (`人`, `件`, `%以上`, `回/年`). */
const MAX_TAIL = 6;
const MIN_NAME = 2;
const DIGIT = /[0-9]/;

export interface GluedValue {
  readonly name: string;
  readonly value: string;
}

/** The name and the value text of a glued cell, or `null` when the cell is not one. */
export function splitGlued(text: string): GluedValue | null {
  const half = toHalfWidth(text).trim();
  if (half === "" || DIGIT.test(half[0]) || half.includes("\n")) return null;
  let end = half.length;
  while (end > 0 && !DIGIT.test(half[end - 1])) end--;
  if (end === 0 || half.length - end > MAX_TAIL) return null;
  let start = end;
  while (start > 0 && /[0-9.,]/.test(half[start - 1])) start--;
  const name = half.slice(0, start).trim();
  if (name.length < MIN_NAME || DIGIT.test(name[name.length - 1])) return null;
  return { name, value: half.slice(start) };
}

/**
 * The cell parsed, or, when it is text that does not parse, its glued value parsed, or the value before
 * the period it is dated with (`112人(令和元年度)`, see `dated-values.ts`).
 */
export function parseGlued(raw: CellValue, parse: (value: CellValue) => ParsedValue): ParsedValue {
  const parsed = parse(raw);
  if (parsed.kind !== "invalid" || typeof raw !== "string") return parsed;
  const inner = splitGlued(raw)?.value ?? splitDated(raw)?.value;
  if (inner === undefined) return parsed;
  const value = parse(inner);
  return value.kind === "number" ? value : parsed;
}
