/**
 * Settings of the checks, one object with documented defaults that reproduce 004 (厚木市): bands 達成 ≥ 100%,
 * 概ね達成 ≥ 80%, 未達成 below, 見込み on projected periods, 集計中 for a pending actual, higher-is-better.
 */
import type { Direction, DownMethod, KeepMode } from "../rate-types";
import type { RoundingRule } from "../ratio";
import type { RateScale } from "../tables/model";
import { DEFAULT_BANDS, type StatusBands } from "../status";

export interface IndicatorDirection {
  readonly direction: Direction;
  readonly method?: DownMethod;
  readonly keep?: KeepMode;
  /** For `keep` + `tolerance`: ±fraction (0.1 = ±10%). */
  readonly tolerance?: number;
  /** `ratio`: a negative target is rated actual ÷ target (default: the `target-negative` error). */
  readonly negativeTarget?: "error" | "ratio";
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
  /**
   * How published rates are rounded: `infer` (default) the rule each table's own rates follow (half up, or
   * truncation when every rate of the table is truncated; a table mixing both is told once), or one rule
   * (`half-even`: a tie to the even digit, 106.25% → 106.2%), which every rate is then held to.
   */
  readonly rounding: "infer" | RoundingRule;
  /**
   * Words table detection reads besides its own (`{ "roles": { "target": ["目標量"] }, "counts": ["校数"] }`;
   * the lists of core's tables/words.ts). Words are only ever added.
   */
  readonly words: Readonly<Record<string, unknown>>;
  /**
   * A city's own words for roles and headers (`{ "target": ["期待値"], "actual": ["実績見込"] }`), added to
   * detection's word lists (see `detectWords`). Words are only ever added.
   */
  readonly vocabulary: Readonly<Partial<Record<VocabularyKey, readonly string[]>>>;
  /**
   * How every table keeps its rates, when a city keeps them one way (`points`: 209.4 for 209.4%; `fraction`:
   * 2.094 formatted as a percentage). Absent (default): each table's own rate cells say (`detectRateScale`).
   * A reading given for one table comes first.
   */
  readonly rateScale?: Exclude<RateScale, "text">;
}

/** The rule rates are rounded by when shown or written: the one stated, half up when it is inferred. */
export function roundingRuleOf(settings: Pick<CheckSettings, "rounding">): RoundingRule {
  return settings.rounding === "infer" ? "half-up" : settings.rounding;
}

/** What a vocabulary word can name: a role row or column, an identity header, a 累計 header, a direction word. */
export const VOCABULARY_KEYS = [
  "target",
  "actual",
  "rate",
  "status",
  "id",
  "name",
  "unit",
  "baseline",
  "cumulative",
  "up",
  "down",
] as const;
export type VocabularyKey = (typeof VOCABULARY_KEYS)[number];

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
  rounding: "infer",
  words: {},
  vocabulary: {},
};

/**
 * The defaults with `given` over them: a check run from code names only what differs (`{ banding: "rounded" }`);
 * given bands are merged over the default bands. Settings from outside (a file, a workbook) are read and
 * validated first by `readCheckSettings` (./settings-schema).
 */
export function withDefaults(given: Partial<CheckSettings> = {}): CheckSettings {
  const d = DEFAULT_CHECK_SETTINGS;
  const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
  return { ...d, ...defined, bands: given.bands === undefined ? d.bands : { ...d.bands, ...given.bands } };
}
