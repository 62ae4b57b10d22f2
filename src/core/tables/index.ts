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
  Role,
  SourceCell,
  SummaryBlock,
  SummaryEntry,
} from "./model";
export { ROLES } from "./model";
