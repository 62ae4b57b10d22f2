/**
 * Settings of the checks, one object with documented defaults that reproduce 004 (厚木市): bands 達成 ≥ 100%,
 * 概ね達成 ≥ 80%, 未達成 below, 見込み on projected periods, 集計中 for a pending actual, higher-is-better.
 */
import type { Direction, DownMethod, KeepMode } from "../rate-types";
import { DEFAULT_BANDS, type StatusBands } from "../status";

export interface IndicatorDirection {
  readonly direction: Direction;
  readonly method?: DownMethod;
  readonly keep?: KeepMode;
  /** For `keep` + `tolerance`: ±fraction (0.1 = ±10%). */
  readonly tolerance?: number;
}

export interface CheckSettings {
  /** Status bands and labels (default: 004's). */
  readonly bands: StatusBands;
  /** `exact` (default): a status is the band of the exact rate; `rounded`: of the displayed rate. */
  readonly banding: "exact" | "rounded";
  /** Decimals of a percentage when a fix writes a rate (1: `209.4%`). */
  readonly rateDecimals: number;
  /**
   * Periods to treat as projected (見込値) besides what the sheet says in headers or notes (`R5は見込値`):
   * labels such as `R5` or `令和5年度`. Default none: 004's R5 is projected by its own note.
   */
  readonly projectedPeriods: readonly string[];
  /** Direction per indicator id or name; indicators not listed are `defaultDirection`. */
  readonly directions: Readonly<Record<string, IndicatorDirection>>;
  readonly defaultDirection: IndicatorDirection;
  /**
   * What a fix writes into a rate cell whose actual is pending: `label` (default) the status placeholder
   * itself (`集計中`, or `-` for a dash), which explains the gap; `empty` an empty cell.
   */
  readonly pendingRate: "label" | "empty";
  /** Bands counted as 達成 in a summary line ("概ね達成見込みを含む": bands 0 and 1). */
  readonly summaryAchievedBands: readonly number[];
  /** Rule ids not to run. */
  readonly disabledRules: readonly string[];
}

export const DEFAULT_CHECK_SETTINGS: CheckSettings = {
  bands: DEFAULT_BANDS,
  banding: "exact",
  rateDecimals: 1,
  projectedPeriods: [],
  directions: {},
  defaultDirection: { direction: "up" },
  pendingRate: "label",
  summaryAchievedBands: [0, 1],
  disabledRules: [],
};

function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

function isNumberArray(value: unknown): value is readonly number[] {
  return Array.isArray(value) && value.every((v) => typeof v === "number" && Number.isFinite(v));
}

/** Bands merged over the defaults; thresholds and labels only together and only when their counts agree. */
function bandsOf(given: unknown): StatusBands {
  if (typeof given !== "object" || given === null) return DEFAULT_BANDS;
  const g = given as Partial<Record<keyof StatusBands, unknown>>;
  const text = (value: unknown, fallback: string) => (typeof value === "string" ? value : fallback);
  const scale =
    isNumberArray(g.thresholds) && isStringArray(g.labels) && g.labels.length === g.thresholds.length + 1
      ? { thresholds: g.thresholds, labels: g.labels }
      : { thresholds: DEFAULT_BANDS.thresholds, labels: DEFAULT_BANDS.labels };
  return {
    ...scale,
    projectedSuffix: text(g.projectedSuffix, DEFAULT_BANDS.projectedSuffix),
    projectedSuffixAliases: isStringArray(g.projectedSuffixAliases)
      ? g.projectedSuffixAliases
      : DEFAULT_BANDS.projectedSuffixAliases,
    pendingLabel: text(g.pendingLabel, DEFAULT_BANDS.pendingLabel),
    dashLabel: text(g.dashLabel, DEFAULT_BANDS.dashLabel),
    unratedLabel: text(g.unratedLabel, DEFAULT_BANDS.unratedLabel),
  };
}

function pick<T>(value: unknown, valid: (v: unknown) => boolean, fallback: T): T {
  return valid(value) ? (value as T) : fallback;
}

const DIRECTIONS = new Set(["up", "down", "keep"]);

function isDirection(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    DIRECTIONS.has((value as { direction?: unknown }).direction as string)
  );
}

function directionsOf(given: unknown): Readonly<Record<string, IndicatorDirection>> {
  if (typeof given !== "object" || given === null) return {};
  const entries = Object.entries(given as Record<string, unknown>).filter(([, v]) => isDirection(v));
  return Object.fromEntries(entries) as Record<string, IndicatorDirection>;
}

/**
 * Defaults overridden by what is given. The input may come from a settings file (JSON): a key of the wrong
 * type or shape keeps its default, so a bad settings file never breaks a check.
 */
export function withDefaults(partial: unknown = {}): CheckSettings {
  const g = (typeof partial === "object" && partial !== null ? partial : {}) as Partial<
    Record<keyof CheckSettings, unknown>
  >;
  const d = DEFAULT_CHECK_SETTINGS;
  return {
    bands: g.bands === undefined ? d.bands : bandsOf(g.bands),
    banding: pick(g.banding, (v) => v === "exact" || v === "rounded", d.banding),
    rateDecimals: pick(
      g.rateDecimals,
      (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 6,
      d.rateDecimals,
    ),
    projectedPeriods: pick(g.projectedPeriods, isStringArray, d.projectedPeriods),
    directions: g.directions === undefined ? d.directions : directionsOf(g.directions),
    defaultDirection: pick(g.defaultDirection, isDirection, d.defaultDirection),
    pendingRate: pick(g.pendingRate, (v) => v === "label" || v === "empty", d.pendingRate),
    summaryAchievedBands: pick(g.summaryAchievedBands, isNumberArray, d.summaryAchievedBands),
    disabledRules: pick(g.disabledRules, isStringArray, d.disabledRules),
  };
}
