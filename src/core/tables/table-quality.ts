/**
 * When a candidate is a KPI table at all, and how sure detection is: a table needs numbers under target
 * or actual, and either two kinds of rows (target and actual, or a rate or status) or targets over two
 * periods. Anything less is no table, never a guess.
 */
import { rangeToA1 } from "../grid";
import { ROLES, type Indicator, type Role } from "./model";
import type { SheetReader } from "./sheet-reader";

/** The roles present in any period; stops as soon as all four are seen. */
function rolesOf(indicators: readonly Indicator[]): Set<Role> {
  const roles = new Set<Role>();
  for (const indicator of indicators) {
    for (const period of indicator.periods) {
      for (const role of ROLES) if (period.cells[role] !== undefined) roles.add(role);
      if (roles.size === ROLES.length) return roles;
    }
  }
  return roles;
}

function numbersOf(indicators: readonly Indicator[]): number {
  let count = 0;
  for (const indicator of indicators) {
    for (const period of indicator.periods) {
      if (period.target?.kind === "number") count++;
      if (period.actual?.kind === "number") count++;
    }
  }
  return count;
}

export function isAcceptable(indicators: readonly Indicator[]): boolean {
  if (indicators.length === 0) return false;
  const roles = rolesOf(indicators);
  if (!roles.has("target") && !roles.has("actual")) return false;
  const numbers = numbersOf(indicators);
  if (numbers === 0) return false;
  return roles.size >= 2 || numbers >= 2;
}

/** 0.4 for the bare structure, plus what was recognised: targets, actuals, a rate or status, names, header words. */
export function confidenceOf(indicators: readonly Indicator[], headerWords: boolean): number {
  const roles = rolesOf(indicators);
  const named = indicators.every((i) => i.name !== "");
  let score = 0.4;
  if (roles.has("target")) score += 0.15;
  if (roles.has("actual")) score += 0.15;
  if (roles.has("rate") || roles.has("status")) score += 0.1;
  if (named) score += 0.1;
  if (headerWords) score += 0.1;
  return Math.round(Math.min(1, score) * 100) / 100;
}

/** A1 range of grid rows/columns in sheet coordinates. */
export function tableRange(
  reader: SheetReader,
  firstRow: number,
  lastRow: number,
  firstCol: number,
  lastCol: number,
): string {
  const { origin } = reader;
  return rangeToA1({
    row: origin.row + firstRow,
    col: origin.col + firstCol,
    rowCount: lastRow - firstRow + 1,
    colCount: lastCol - firstCol + 1,
  });
}
