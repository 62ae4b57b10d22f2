/** The checks: `runChecks(model, settings)` over the model that `detectTables` built. */
export { checkModel, runChecks } from "./run";
export type { CheckedModel } from "./run";
export { CHECKS } from "./registry";
export { DEFAULT_CHECK_SETTINGS, withDefaults } from "./settings";
export type { CheckSettings, IndicatorDirection } from "./settings";
export type { Check, CheckContext, CellFix, Finding, Severity } from "./types";
export { SEVERITIES } from "./types";
export { fixesOf, fixableFindings } from "./fixes";
export { readCheckSettings, readCheckSettingsText, describeSettingsProblems } from "./settings-schema";
export { detectWords } from "./settings-words";
export { VOCABULARY_KEYS, type VocabularyKey } from "./settings";
export type { SettingsProblem, SettingsReading } from "./settings-schema";
export type { FixingFinding } from "./fixes";
export { evaluateModel } from "./evaluate";
export type { Evaluation } from "./evaluate";
export {
  readKpiTable,
  readCountTable,
  readStatusTable,
  countShares,
  kpiRounding,
  readRateScale,
} from "./reading";
export { rateScaleLine } from "./rate-scale-line";
export type { TableReading, PeriodReading, RateScaleReading } from "./reading";
export { findingKind, countKinds, KINDS } from "./kinds";
export type { FindingKind, KindCounts } from "./kinds";
export { consolidateFindings, countProblems } from "./consolidate";
export type { ConsolidatingFinding, Problem } from "./consolidate";
export { verdictOf } from "./verdict";
export type { Verdict } from "./verdict";
