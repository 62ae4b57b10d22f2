/**
 * Roles of header columns that say them only by their place (`H17 … H21 | H22目標`, `目標 | 平成32年 |
 * 23年度 | 達成率(%)`, `評価指標 | 目標 | 実績`, `初期値 | 現状値 | 目標値`), for the column-role reader:
 * - a period column with no role word is an actual when the header names a target elsewhere;
 * - a role column whose cells are direction words (アップ / ダウン) is the direction column, and its role
 *   goes to the year column right of it (`目標 | 平成32年`: the plan's final target);
 * - a rate or status column with no period belongs to the nearest period column on its left;
 * - a header with roles and no period at all has one unnamed period;
 * - a present-value header (`現状値`) beside another baseline column is the actual.
 */
import type { Role } from "./model";
import type { SheetReader } from "./sheet-reader";
import type { PeriodLabel } from "./vocabulary";
import { placeEralessYears } from "./eraless-years";
import { rowFiscalYear } from "./row-periods";

export interface RoleColumn {
  readonly col: number;
  readonly role: Role;
  /** `null` in a long table: the period comes from the 年度 column of each row. */
  readonly period: PeriodLabel | null;
  /** Columns of one period share a key: its fiscal year, else the column the period is written in. */
  readonly key: number;
}

/** The one period of a header that has roles and no period. */
const UNNAMED: PeriodLabel = { label: "", fiscalYear: null, cumulative: false, projected: false };
const UNNAMED_KEY = -1_000_000;

function keyOf(period: PeriodLabel, col: number): number {
  if (period.fiscalYear === null || period.partial === true || period.final === true) return -1 - col;
  // A range (`R3～R5`) is keyed by both its years: never the key of one year, the same in each of its columns.
  return period.firstYear === undefined
    ? period.fiscalYear
    : -(period.firstYear * 10_000 + period.fiscalYear);
}

interface Draft {
  col: number;
  role: Role | null;
  period: PeriodLabel | null;
  ownerCol: number;
}

/** The period of a role column from the row above (a merged year over 計画 / 実績), carried right. */
function periodAbove(reader: SheetReader, r: number, c: number): PeriodLabel | null {
  if (r === 0) return null;
  for (let cc = c; cc >= 0; cc--) {
    if (reader.isEmpty(r - 1, cc)) continue;
    const label = reader.label(r - 1, cc);
    return label.kind === "period" ? label.period : null;
  }
  return null;
}

/** Role and period columns of row `r` as its labels say them. */
function labelled(reader: SheetReader, r: number): Draft[] {
  const drafts: Draft[] = [];
  const baselines: number[] = [];
  for (let c = 0; c < reader.colCount; c++) {
    if (typeof reader.value(r, c) !== "string") continue;
    const label = reader.label(r, c);
    if (label.kind === "period-role") {
      const period = { ...label.period, projected: label.projected || label.period.projected };
      drafts.push({ col: c, role: label.role, period, ownerCol: c });
    } else if (label.kind === "role") {
      const above = periodAbove(reader, r, c);
      const period = above === null ? null : { ...above, projected: above.projected || label.projected };
      drafts.push({ col: c, role: label.role, period, ownerCol: c });
    } else if (label.kind === "period" && !label.period.cumulative) {
      drafts.push({ col: c, role: null, period: label.period, ownerCol: c });
    } else if (label.kind === "identity" && label.header === "baseline") baselines.push(c);
  }
  if (baselines.length >= 2) {
    const current = baselines.find((c) => reader.vocabulary.isCurrentValue(reader.text(r, c) ?? ""));
    if (current !== undefined) drafts.push({ col: current, role: "actual", period: null, ownerCol: current });
    drafts.sort((a, b) => a.col - b.col);
  }
  return drafts;
}

/** A role column whose first data cell is a direction word: it states the direction, it holds no value. */
function directionColumns(reader: SheetReader, r: number, drafts: Draft[]): Set<number> {
  const cols = new Set<number>();
  if (r + 1 >= reader.rowCount) return cols;
  for (const d of drafts) {
    if (d.role === null || d.period !== null) continue;
    const below = reader.text(r + 1, d.col);
    if (below !== null && reader.vocabulary.directionWord(below) !== null) cols.add(d.col);
  }
  return cols;
}

export interface HeaderColumns {
  readonly columns: RoleColumn[];
  /** A column of direction words (アップ / ダウン), or `null`. */
  readonly directionCol: number | null;
}

/** The role columns of header row `r`, read in context; an empty list when the row is no such header. */
export function headerColumns(reader: SheetReader, r: number): HeaderColumns {
  let drafts = labelled(reader, r);
  if (!drafts.some((d) => d.role !== null)) return { columns: [], directionCol: null };
  drafts = placeEralessYears(reader, r, drafts);
  const direction = directionColumns(reader, r, drafts);
  let directionCol: number | null = null;
  const kept: Draft[] = [];
  for (const d of drafts) {
    if (!direction.has(d.col)) {
      kept.push({ ...d });
      continue;
    }
    directionCol = d.col;
    const next = drafts.find((n) => n.col === d.col + 1);
    if (next !== undefined && next.role === null && next.period !== null) {
      next.role = d.role;
      next.period = { ...next.period, final: true };
    }
  }
  const hasTarget = kept.some((d) => d.role === "target");
  const hasPeriod = kept.some((d) => d.period !== null);
  const columns: RoleColumn[] = [];
  let lastPeriod: Draft | null = null;
  for (const d of kept) {
    if (d.role === null) {
      if (d.period !== null) lastPeriod = d;
      if (!hasTarget || d.period === null) continue;
      columns.push({ col: d.col, role: "actual", period: d.period, key: keyOf(d.period, d.col) });
      continue;
    }
    if (d.period !== null) {
      lastPeriod = d;
      columns.push({ col: d.col, role: d.role, period: d.period, key: keyOf(d.period, d.col) });
    } else if ((d.role === "rate" || d.role === "status") && lastPeriod?.period != null) {
      columns.push({
        col: d.col,
        role: d.role,
        period: lastPeriod.period,
        key: keyOf(lastPeriod.period, lastPeriod.col),
      });
    } else if (!hasPeriod && isUnnamedPeriod(reader, r, kept)) {
      columns.push({ col: d.col, role: d.role, period: UNNAMED, key: UNNAMED_KEY });
    } else columns.push({ col: d.col, role: d.role, period: null, key: 0 });
  }
  return { columns, directionCol };
}

/**
 * Roles with no period anywhere (`評価指標 | 目標 | 実績`): one period, unless the first data row has a
 * year in some column (a long table: one row per indicator and year, read by the 年度 column).
 */
function isUnnamedPeriod(reader: SheetReader, r: number, drafts: readonly Draft[]): boolean {
  if (r + 1 >= reader.rowCount) return false;
  const roleCols = new Set(drafts.filter((d) => d.role !== null).map((d) => d.col));
  for (let c = 0; c < reader.colCount; c++) {
    if (roleCols.has(c) || reader.isEmpty(r + 1, c)) continue;
    if (rowFiscalYear(reader.value(r + 1, c)) !== null) return false;
  }
  return true;
}
