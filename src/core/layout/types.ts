/**
 * The reading file, version 1: how to read tables that detection misses or misreads, written by a person
 * (the task pane's 読み方), stored in the workbook (a custom XML part) or given to kpi-check (`--layout`).
 * Key names are part of the format: other tools write it. See the README's "Reading file".
 */

/** What a row (or column) of a block holds. `cumulative*`: running totals, read as an indicator of their own. */
export type LayoutRole =
  "target" | "actual" | "rate" | "status" | "baseline" | "cumulativeTarget" | "cumulativeActual";

export const LAYOUT_ROLES: readonly LayoutRole[] = [
  "target",
  "actual",
  "rate",
  "status",
  "baseline",
  "cumulativeTarget",
  "cumulativeActual",
];

/**
 * Each indicator is a block of `size` rows (columns when the periods run down a column) from `first`
 * (a 1-based sheet row, or a column letter) to the end of the range; `roles` are offsets inside a block.
 */
export interface LayoutBlocks {
  readonly first: number | string;
  readonly size: number;
  readonly roles: Readonly<Partial<Record<LayoutRole, number>>>;
}

/** A column letter (a row number when the periods run down a column), or a fixed text for every indicator. */
export type LayoutCells = string | number | { readonly value: string };

/** A direction for every indicator, or a column (a row when periods run down) of words such as アップ / ダウン. */
export type LayoutDirection = "up" | "down" | "keep" | { readonly column: string | number };

/**
 * Publication rounding of the table's rates: `half-up` (Excel's ROUND), `half-even` (a tie to the even
 * digit: 106.25% → 106.2%), `down` truncates; `digits` decimals of a percentage.
 */
export type LayoutRoundingRule = "half-up" | "half-even" | "down";
export const LAYOUT_ROUNDING_RULES: readonly LayoutRoundingRule[] = ["half-up", "half-even", "down"];
export type LayoutRounding =
  LayoutRoundingRule | { readonly rule: LayoutRoundingRule; readonly digits?: number };

export interface LayoutBands {
  readonly thresholds: readonly number[];
  readonly labels: readonly string[];
}

/** One table. Either `periods` + `blocks` (roles in rows or columns), or `columns` + `period` (one indicator per row). */
export interface TableLayout {
  readonly sheet: string;
  /** The whole table, header included (`A3:I12`). */
  readonly range: string;
  /** The cells holding the period labels: one row (periods across) or one column (periods down). */
  readonly periods?: string;
  readonly blocks?: LayoutBlocks;
  /** One indicator per row, each role in a column (`{ "target": "D", "actual": "G" }`), for one `period`. */
  readonly columns?: Readonly<Partial<Record<LayoutRole, string>>>;
  /** The period of a `columns` table (`令和5年度`). */
  readonly period?: string;
  /** First row of indicators of a `columns` table (default: the row under the range's first row). */
  readonly first?: number;
  /** The column (row when periods run down) holding each block's id (`No.`, 番号): `A`. */
  readonly id?: string | number;
  readonly name?: LayoutCells;
  readonly unit?: LayoutCells;
  /** The column (row when periods run down) of each indicator's baseline (基準値). */
  readonly baseline?: string | number;
  readonly direction?: LayoutDirection;
  readonly rounding?: LayoutRounding;
  readonly rateScale?: "fraction" | "points";
  readonly bands?: LayoutBands;
}

export interface KpiLayout {
  readonly version: 1;
  readonly tables: readonly TableLayout[];
}

/** The custom XML part's namespace and root: `<kpiLayout xmlns="…">` holding the JSON as text. */
export const LAYOUT_NAMESPACE = "urn:kpi-evaluation-addin:layout:1";
export const LAYOUT_ROOT = "kpiLayout";
