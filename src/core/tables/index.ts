/** Table detection: from a grid to the indicator model. */
export type { DetectOptions } from "./detect";
export { detectTables } from "./detect";
export type {
  CountCell,
  CountRow,
  CountTable,
  HeaderBands,
  StatusTable,
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
} from "./model";
export { ROLES } from "./model";
export { detectRateScale, rateScaleOf } from "./rate-scale";
export type { FillCounts } from "./tables-to-fill";
export { indicatorsInSheetOrder, toFillLine } from "./tables-to-fill";
