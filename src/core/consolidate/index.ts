/** Consolidation: returned workbooks merged back into the master they were sent from. */
export { idKey, nameKey, indicatorsOf, MasterIndex, matchingPeriod } from "./match";
export type { MasterIndicator, IndicatorMatch, MatchedBy } from "./match";
export { isOpenValue, sameValue } from "./sameValue";
export { planMerge, mergeChanges, CONFLICT_REASONS } from "./plan";
export type {
  ConflictReason,
  UnmatchedReason,
  ReturnedModel,
  MergeOptions,
  MergedCell,
  MergeConflict,
  UnmatchedIndicator,
  MergePlan,
} from "./plan";
export { planSplit, partRows, moveRange } from "./split";
export type { SplitBlock, SplitPart, SplitPlan, MovedRange } from "./split";
