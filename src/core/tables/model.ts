/**
 * The indicator model that table detection builds from a grid and every check reads: tables of
 * indicators × periods × target / actual / published rate / published status, each with its cell.
 */
import type { CellValue } from "../grid";
import type { ParsedValue } from "../value-types";
import type { TableLayout } from "../layout/types";

/**
 * How a table is laid out (see docs/domain.md, "Table layouts"):
 * - `measure-rows`: rows 目標 / 実績 / 結果 / 達成率 under period columns, the indicator named in leading columns (004, first half);
 * - `value-rows`: rows 目標値 / 実績値 / 達成率 under a period header of their own, often with a 累計 column (000);
 * - `small-blocks`: a heading line per indicator, years like `2015 (27) 年度`, rows `目標 (人)` with the unit in the label;
 * - `indicator-rows`: one indicator per row pair with a 現状値 (baseline) column and per-year columns (004, second half);
 * - `evaluation-sheet`: `令和3年度予定 / 令和3年度実績` columns under a 指標名 line (002);
 * - `column-roles`: one row per indicator, each column a period and a role (`FY2023 Target`, `令和5年度実績`);
 * - `stacked-rows`: unlabeled rows per indicator whose roles a header note gives by position (`目標値(上段)・実績値(下段)`).
 */
export type LayoutId =
  | "measure-rows"
  | "value-rows"
  | "small-blocks"
  | "indicator-rows"
  | "evaluation-sheet"
  | "column-roles"
  | "stacked-rows";

/** What a cell of a period holds. */
export type Role = "target" | "actual" | "rate" | "status";

export const ROLES: readonly Role[] = ["target", "actual", "rate", "status"];

/** One cell as the grid gave it, with its sheet address. */
export interface SourceCell {
  /** A1 address in the sheet ("E5"). */
  readonly address: string;
  /** Sheet coordinates, 0-based. */
  readonly row: number;
  readonly col: number;
  readonly raw: CellValue;
  readonly formula: string | null;
  readonly numberFormat: string | null;
}

export interface Period {
  /** The header as written, without the role part (`R3`, `令和3年度`, `H28`, `累計`). */
  readonly label: string;
  /** Western year the fiscal year starts in; `null` for a 累計 column. */
  readonly fiscalYear: number | null;
  /** A projected (見込値) period: from a header (`R5見込`), a note (`R5は見込値`) or the settings. */
  projected: boolean;
  /** A 累計 column: the sum of the yearly periods (its rate is progress against the whole plan). */
  readonly cumulative: boolean;
  readonly cells: Partial<Record<Role, SourceCell>>;
  /** Target and actual parsed by core's `parseValue`; `null` when the table has no such cell. */
  readonly target: ParsedValue | null;
  readonly actual: ParsedValue | null;
  /** The published rate, parsed; `null` when the table has no rate cell. */
  readonly rate: ParsedValue | null;
  /** A part-year column (`9月30日現在`): an actual so far. */
  readonly partial?: boolean;
  /** The plan's final target (`5ヵ年目標`, `平成32年3月まで`), not one year's. */
  readonly final?: boolean;
  /** A calendar year (`2021年`, `令和3年`, `暦年`), not a fiscal year: `fiscalYear` holds the calendar year. */
  readonly calendar?: boolean;
  /** A range of years (`R3～R5`, `2021-2023`): its first year; `fiscalYear` is its last. */
  readonly firstYear?: number;
  /** The target a revision row (`(修正後)`) replaced; `cells.target` is the revised one. */
  readonly revisedFrom?: SourceCell;
}

/** A direction the sheet itself states: a direction column (`アップ` / `ダウン`) or a bound in a target (`28人以下`). */
export interface StatedDirection {
  readonly direction: "up" | "down";
  readonly cell: SourceCell;
}

export interface Indicator {
  /** `No.1` (id column header + value), `活動指標1`, or `null` when the table has no id. */
  readonly id: string | null;
  readonly name: string;
  readonly nameCell: SourceCell | null;
  /** Unit as written (`件`, `千円`, `%`), from the row label (`目標 (人)`) or the values; `null` when none. */
  readonly unit: string | null;
  readonly baseline: ParsedValue | null;
  readonly baselineCell: SourceCell | null;
  /** Unit-measure codes (`I-1-(1)-①`), one per code written in the code column. */
  readonly measureCodes: readonly string[];
  /** Unit-measure names (`事業者の経営課題解決と経営基盤の安定`), leading circled numbers removed. */
  readonly measureNames: readonly string[];
  /** The full path of leading cells (基本方針 / 基本施策 / 単位施策) naming this row's unit measure; `null` when none. */
  readonly measureKey: string | null;
  /** The name says 累計: every value is a running total (a stock), rated like any other period. */
  readonly cumulativeSeries: boolean;
  readonly periods: Period[];
  /** The direction the sheet states for this indicator; absent when it states none. */
  readonly direction?: StatedDirection;
}

/**
 * How published rates are kept: `fraction` (2.094 formatted `0.0%`), `points` (209.4 under `達成率(%)`),
 * `text` (`"209.4%"`). See `rate-scale.ts`.
 */
export type RateScale = "fraction" | "points" | "text";

export interface KpiTable {
  readonly sheet: string;
  /** "A3:K40": from the first header row to the last data row. */
  readonly range: string;
  readonly layout: LayoutId;
  /** 0–1: how much of the expected structure was found (roles, names, header words). */
  readonly confidence: number;
  readonly indicators: Indicator[];
  /** The band scheme a legend on the sheet states (`達成 … 100%以上`), when there is one. */
  readonly legend?: HeaderBands;
  /**
   * How the table keeps its rates, found by `detectTables`; a face may show it and set it when the
   * detection is wrong. Checks compare rates and fixes write them in it.
   */
  rateScale?: RateScale;
  /**
   * Slots of a table to fill: indicators nothing has been written in yet (a generated template, the rows
   * left for next year), read with their periods and cells. They are not indicators to check or count:
   * no evaluation, check or summary sees them. Absent when there are none.
   */
  readonly unfilled?: readonly Indicator[];
  /**
   * The reading the table was read by (a reading file, the workbook's, the pane's 読み方), when it was given
   * rather than detected: its direction, rounding and bands are used instead of what checks infer.
   */
  readonly given?: TableLayout;
}

/** One number of a summary line (`成果指標達成見込み 19単位施策`). */
export interface SummaryEntry {
  readonly value: number;
  readonly cell: string;
  /** The line as written. */
  readonly text: string;
  /** What is counted, as written after the number (`単位施策` in `19単位施策`); `""` when nothing is. */
  readonly unit: string;
}

/** A summary block above or beside a table: a total and counts per status category. */
export interface SummaryBlock {
  readonly sheet: string;
  readonly total: SummaryEntry;
  readonly achieved: SummaryEntry | null;
  readonly notAchieved: SummaryEntry | null;
  readonly pending: SummaryEntry | null;
}

/** Everything detection found in one or more sheets. */
export interface KpiModel {
  readonly tables: KpiTable[];
  readonly summaries: SummaryBlock[];
  /** Summary tables that count statuses per field (absent from models built before they were read). */
  readonly countTables?: CountTable[];
  /** Tables of published statuses with no target or actual. */
  readonly statusTables?: StatusTable[];
}

/** One cell of a count table: the count and, when the cell or a share row gives it, its share (`7\n(31.8%)`). */
export interface CountCell {
  readonly cell: SourceCell;
  /** The count; `0` for a dash (`-`: none). */
  readonly count: number;
  /** The published share (`31.8%` → its parsed value) and the cell it is written in. */
  readonly share: { readonly value: ParsedValue; readonly cell: SourceCell } | null;
}

/** A row of a count table: a field (政策分野) or the total row. */
export interface CountRow {
  readonly label: string;
  readonly labelCell: SourceCell | null;
  /** The row's own total (指標数); `null` when the cell is empty. */
  readonly total: CountCell | null;
  /** One per status column, `null` where the cell is empty. */
  readonly counts: readonly (CountCell | null)[];
  /** A 合計 row (by its label, or because it is the sum of the rows above it). */
  readonly isTotal: boolean;
  /** Per-row statuses in a trailing status column (an external A/B grade), with their cells. */
  readonly status: SourceCell | null;
}

/** Status names of a summary table's columns, and thresholds when the headers state them (`90%以上達成した`). */
export interface HeaderBands {
  readonly labels: readonly string[];
  /** Inclusive lower bounds as fractions, highest first; `null` when no header states one. */
  readonly thresholds: readonly number[] | null;
}

/**
 * A summary table that counts statuses (`対象取組数 | 順調 | やや遅れ | …`, `指標数 | 向上している指標数 | …`):
 * statuses in the column headers, a total column, rows per field and a total row, shares beside counts.
 */
export interface CountTable {
  readonly sheet: string;
  readonly range: string;
  /** The status column headers as written (`""` where the header is missing), and their cells. */
  readonly statuses: readonly { readonly label: string; readonly col: number }[];
  readonly totalCol: number;
  readonly rows: readonly CountRow[];
  /** The band scheme the headers name; `null` when the status names are missing. */
  readonly bands: HeaderBands | null;
}

/**
 * A table of published statuses per item (`H28 H29 … | A B A`, `重点目標 | 重点目標評価 B 成果あり`), with
 * no target or actual: the statuses are read as found, in the scheme their letters or words belong to.
 */
export interface StatusTable {
  readonly sheet: string;
  readonly range: string;
  readonly items: readonly {
    readonly name: string;
    readonly nameCell: SourceCell;
    readonly statuses: readonly {
      readonly period: string;
      readonly cell: SourceCell;
      readonly label: string;
    }[];
  }[];
  /** The scheme's labels best first (`A B C D`), from the status words the table uses. */
  readonly scheme: readonly string[];
}
