/**
 * Optional arguments as users type them: keywords in English or Japanese (`"down"`, `"減少"`), TRUE/FALSE
 * or 1/0 flags. An empty cell or an omitted argument means the default; an unknown word is a failure that
 * quotes it.
 */
import type { Direction, DownMethod, FiscalYearStyle } from "../core";
import { isBlank, type Cell } from "./cell";
import { failure, type Failure } from "./errors";

/** Accepted keywords (lower-case, trimmed) per option. */
const DIRECTIONS: Readonly<Record<string, Direction>> = {
  up: "up",
  増加: "up",
  増加型: "up",
  down: "down",
  減少: "down",
  減少型: "down",
  keep: "keep",
  維持: "keep",
  維持型: "keep",
};

/** `baseline` is not here: it needs a baseline, which KPI.PROGRESS takes (the same quotient). */
const METHODS: Readonly<Record<string, DownMethod>> = {
  ratio: "ratio",
  比率: "ratio",
  diff: "diff",
  差: "diff",
};

const STYLES: Readonly<Record<string, FiscalYearStyle>> = {
  long: "wareki",
  wareki: "wareki",
  和暦: "wareki",
  short: "short",
  略: "short",
  略称: "short",
  western: "western",
  西暦: "western",
};

const FLAGS: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  見込: true,
  見込み: true,
  見込値: true,
  確定: false,
  確定値: false,
};

/** The cell as the user sees it, for messages (`TRUE` for a boolean). */
export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

function keyword<T>(
  table: Readonly<Record<string, T>>,
  cell: Cell,
  fallback: T,
  code: Failure["code"],
): T | Failure {
  if (isBlank(cell)) return fallback;
  const key = cellText(cell).trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(table, key)
    ? table[key]
    : failure(code, { text: cellText(cell) });
}

export function directionOption(cell: Cell): Direction | Failure {
  return keyword(DIRECTIONS, cell, "up", "functions.direction");
}

export function methodOption(cell: Cell): DownMethod | Failure {
  return keyword(METHODS, cell, "ratio", "functions.method");
}

export function styleOption(cell: Cell): FiscalYearStyle | Failure {
  return keyword(STYLES, cell, "wareki", "functions.style");
}

/** TRUE/FALSE, a number (non-zero is TRUE, as in Excel), or 見込み/確定; blank is FALSE. */
export function flagOption(cell: Cell): boolean | Failure {
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number") return cell !== 0;
  return keyword(FLAGS, cell, false, "functions.flag");
}
