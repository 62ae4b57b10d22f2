/**
 * Parameters and results of the template generator. Parameters arrive as people give them (`R6`,
 * `令和6年度`, `2024`; counts; units); `resolveParams` turns them into {@link ResolvedParams}.
 */
import type { FiscalYearStyle } from "../era";
import type { CellValue } from "../grid";
import type { StatusBands } from "../status";
import type { ChangeSet } from "../changes";

export const TEMPLATE_IDS = ["progress", "grant-kpi", "evaluation-sheet"] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/**
 * `native`: plain Excel formulas (IF, ISNUMBER, ROUND, SUM, COUNTIF…), so a recipient without the add-in sees the
 * same results. `kpi`: the add-in's `KPI.*` custom functions.
 */
export type FormulaStyle = "native" | "kpi";

/** One indicator as the user describes it; everything is optional (an empty row to fill in). */
export interface IndicatorParam {
  name?: string;
  /** Unit as written after a number (`件`, `千円`, `%`); `""` or absent for a bare number. */
  unit?: string;
  /** Decimal places shown (default 0; `%` defaults to 1). */
  decimals?: number;
  /** 単位施策No. and 単位施策 (進捗管理表). */
  measureNo?: string;
  measure?: string;
  /** 事業評価調書 only: 活動指標 or 成果指標 (default `outcome`). */
  kind?: IndicatorKind;
  /** 増加型 `up` (default) or 減少型 `down` (rate = target ÷ actual, core's `down` + `ratio`). Never inferred. */
  direction?: TemplateDirection;
}

/** The directions a generated formula supports (core's `Direction` without `keep`). */
export type TemplateDirection = "up" | "down";

/** Core's banding bases (`CheckSettings.banding`). */
export type TemplateBanding = "exact" | "rounded";

export type IndicatorKind = "activity" | "outcome";

export interface TemplateParams {
  /** First fiscal year: `R6`, `令和6年度`, `2024`… (read by core's `parseFiscalYear`). */
  from: CellValue;
  /** Number of fiscal years (default: 3 for `progress`, 5 for `grant-kpi`; `evaluation-sheet` ignores it). */
  years?: number;
  /** A count of empty indicators, or the indicators themselves (default 10 / 3 / 2). */
  indicators?: number | readonly IndicatorParam[];
  /** The fiscal year whose actuals are projections (見込値); its statuses get the projected suffix. */
  projectedYear?: CellValue;
  /** Status bands from the settings (default core's `DEFAULT_BANDS`). */
  bands?: StatusBands;
  /**
   * The rate statuses are banded by, the check settings' `banding`: `exact` (default) the rate as Excel
   * shows it (15 significant digits), `rounded` the rate as displayed (half up at 0.1 point).
   */
  banding?: TemplateBanding;
  style?: FormulaStyle;
  /**
   * How fiscal-year headers are written: `short` (R6), `wareki` (令和6年度), `western` (2024年度).
   * Default `short`, `wareki` for the 事業評価調書 (as 002 writes them).
   */
  yearStyle?: FiscalYearStyle;
  /** Texts accepted in numeric cells while a value is pending; each must be a placeholder for core. */
  pendingWords?: readonly string[];
  /** Sheet name (default: the template's name). */
  sheetName?: string;
  /** 判定 labels of the 事業評価調書, best first (default A, B, C). */
  judgementLabels?: readonly string[];
}

export interface ResolvedIndicator {
  readonly name: string;
  readonly unit: string;
  readonly numberFormat: string;
  readonly measureNo: string;
  readonly measure: string;
  readonly kind: IndicatorKind;
  readonly direction: TemplateDirection;
}

export interface ResolvedParams {
  readonly id: TemplateId;
  readonly sheet: string;
  /** Western fiscal years, in order. */
  readonly years: readonly number[];
  readonly yearLabels: readonly string[];
  readonly yearStyle: FiscalYearStyle;
  readonly projectedYear: number | null;
  readonly indicators: readonly ResolvedIndicator[];
  readonly bands: StatusBands;
  readonly banding: TemplateBanding;
  readonly style: FormulaStyle;
  readonly pendingWords: readonly string[];
  readonly judgementLabels: readonly string[];
}

/** Where one indicator-period lives in the generated sheet (addresses in `sheet`). */
export interface PeriodCells {
  /** Fiscal year, or `"cumulative"` for the 累計 column. */
  readonly period: number | "cumulative";
  /** Each cell is absent where the template has none for this period (事業評価調書: no target for the year before). */
  readonly target?: string;
  readonly actual?: string;
  readonly rate?: string;
  readonly status?: string;
}

export interface IndicatorCells {
  /** Where the indicator's name is typed. */
  readonly name: string;
  readonly periods: readonly PeriodCells[];
}

/**
 * One line of 004's summary block (`プラン全体 36 / 達成見込み 19 / 未達成見込み 9 / 集計中等 8`): `achieved`
 * counts every band but the last, `notAchieved` the last band, `others` the rest (集計中, -, 算定不可).
 */
export interface SummaryLine {
  readonly category: "total" | "achieved" | "notAchieved" | "others";
  readonly label: string;
  readonly year: number;
  /** The count cell. */
  readonly address: string;
}

/** A generated template: the change set to apply and a map of its cells (for filling, previews and tests). */
export interface TemplatePlan {
  readonly params: ResolvedParams;
  readonly changes: ChangeSet;
  readonly indicators: readonly IndicatorCells[];
  /** The summary lines of the latest year, where the template has them (進捗管理表). */
  readonly summary: readonly SummaryLine[];
  /** Judgement cells (事業評価調書). */
  readonly judgements: readonly string[];
}
