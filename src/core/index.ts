/**
 * Public API of the core engine (pure TypeScript: no Office, DOM or I/O). Faces import from here only.
 */
export * from "./grid";
export type {
  CellChange,
  ChangeSet,
  ChartSpec,
  ConditionalFormatRule,
  DataValidationRule,
  RangeStyle,
  SheetLayout,
} from "./changes";

export type { Decimal } from "./decimal";
export {
  decimal,
  decimalFromNumber,
  decimalFromPlainString,
  significantDecimal,
  displayedDecimal,
  EXCEL_SIGNIFICANT_DIGITS,
  decimalToNumber,
  decimalToString,
  addDecimal,
  subtractDecimal,
  compareDecimal,
  shiftDecimal,
} from "./decimal";
export type { Ratio } from "./ratio";
export { divideDecimals, ratioFromDecimal, compareRatios, ratioToNumber, roundRatio } from "./ratio";

export type { PendingPlaceholder } from "./placeholders";
export { AWAITING_MARKERS } from "./placeholders";
export type { UnitInfo } from "./units";
export { unitInfo, KNOWN_BASE_UNITS, MAGNITUDE_PREFIXES } from "./units";
export type {
  ParsedValue,
  NumberValue,
  PendingValue,
  ErrorValue,
  InvalidValue,
  InvalidValueCode,
  ValueIssue,
} from "./value-types";
export { VALUE_ISSUES, INVALID_VALUE_CODES, isParsedValue } from "./value-types";
export { parseValue } from "./values";
export { EXCEL_ERROR_CODES, CALCULATION_ERROR_CODES } from "./excel-errors";
export { baseDecimal } from "./operands";

export type {
  Era,
  FiscalYear,
  FiscalYearLabel,
  FiscalYearError,
  FiscalYearErrorCode,
  FiscalYearStyle,
} from "./era";
export {
  parseFiscalYear,
  parseFiscalYearLabel,
  formatFiscalYear,
  eraOf,
  ERAS,
  WESTERN_YEAR_RANGE,
  FISCAL_YEAR_ERROR_CODES,
} from "./era";

export type {
  RateInput,
  Direction,
  DownMethod,
  KeepMode,
  RateOptions,
  RateNote,
  RateErrorCode,
  RateOperand,
  RateValue,
  PendingRate,
  RateError,
  RateResult,
} from "./rate-types";
export { RATE_NOTES, RATE_ERROR_CODES } from "./rate-types";
export { achievementRate, progressRate, cumulativeRate } from "./rate";
export { roundRate, formatRate, matchesPublishedRate } from "./rounding";

export type { StatusBands, ClassifyOptions, StatusResult, ParsedStatus } from "./status";
export {
  DEFAULT_BANDS,
  classifyStatus,
  parseStatus,
  bandOf,
  roundingCrossesBand,
  bandsProblem,
} from "./status";
export type { BandsProblem } from "./status";
export type { SummaryItem, CountBy, SummaryOptions, SummaryCount, Summary } from "./summary";
export { summarize } from "./summary";
export { percentShares } from "./shares";
export type { StatusTally, TallyCount } from "./status-tally";
export { tallyStatuses } from "./status-tally";
export { periodLabels, latestPeriodWithActuals } from "./summary-periods";

export type { PeriodReport, IndicatorReport, TableReport, EvaluationsByPeriod } from "./report";
export { periodReport, indicatorReport, evaluationsByPeriod, tableHolding } from "./report";

export type { FormatNumberOptions } from "./format";
export { formatNumber } from "./format";
export { displayValue } from "./display";

export type { Lang, Catalog, CatalogEntry, MessageParams, MessageCode } from "./i18n";
export { message, isMessageCode, CATALOGS, MESSAGES } from "./i18n";

export type {
  DetectOptions,
  FillCounts,
  Indicator,
  KpiModel,
  KpiTable,
  LayoutId,
  Period,
  RateScale,
  Role,
  SourceCell,
  SummaryBlock,
  SummaryEntry,
} from "./tables";
export {
  detectTables,
  detectRateScale,
  indicatorsInSheetOrder,
  rateScaleOf,
  ROLES,
  toFillLine,
} from "./tables";
export type {
  CheckSettings,
  IndicatorDirection,
  Check,
  CheckContext,
  CellFix,
  Finding,
  Severity,
  Evaluation,
  TableReading,
  PeriodReading,
  RateScaleReading,
} from "./rules";
export {
  checkModel,
  runChecks,
  evaluateModel,
  CHECKS,
  DEFAULT_CHECK_SETTINGS,
  withDefaults,
  SEVERITIES,
  fixesOf,
  fixableFindings,
  readCheckSettings,
  readCheckSettingsText,
  describeSettingsProblems,
  detectWords,
  VOCABULARY_KEYS,
} from "./rules";
export type { FixingFinding, SettingsProblem, SettingsReading, VocabularyKey } from "./rules";
export {
  readKpiTable,
  readCountTable,
  readStatusTable,
  countShares,
  readRateScale,
  rateScaleLine,
} from "./rules";
export { findingKind, countKinds, KINDS, consolidateFindings, countProblems, verdictOf } from "./rules";
export type { FindingKind, KindCounts, ConsolidatingFinding, Problem, Verdict } from "./rules";

export type {
  TemplateId,
  TemplateParams,
  TemplatePlan,
  FormulaStyle,
  TemplateDirection,
  IndicatorParam,
  IndicatorCells,
  PeriodCells,
  ResolvedParams,
} from "./templates";
export {
  buildTemplate,
  planTemplate,
  isTemplateId,
  checkSettingsOf,
  TemplateError,
  TEMPLATE_IDS,
  DEFAULT_PENDING_WORDS,
  DEFAULT_JUDGEMENTS,
  tableLookChanges,
  ALL_LOOK_PARTS,
  TABLE_HEADER_FILL,
  bandColours,
  PENDING_COLOURS,
} from "./templates";
export type { LookTable, LookParts, StatusColours } from "./templates";
export {
  RATE_FORMAT,
  COUNT_FORMAT,
  percentFormat,
  percentFormatDecimals,
  unitNumberFormat,
  writtenNumberFormat,
  storedNumber,
  isCleanNumber,
} from "./number-formats";
export type { InferredRounding, InferredRule, RoundingRule } from "./rounding-inference";
export { inferRounding, publishedBy, shownPercent } from "./rounding-inference";

export * from "./consolidate";

export * from "./layout";
