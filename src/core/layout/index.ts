/** Readings (the reading file, v1): how to read tables detection misses, given by a person or a file. */
export type {
  KpiLayout,
  TableLayout,
  LayoutRole,
  LayoutBlocks,
  LayoutCells,
  LayoutDirection,
  LayoutRounding,
  LayoutRoundingRule,
  LayoutBands,
} from "./types";
export { LAYOUT_ROLES, LAYOUT_ROUNDING_RULES, LAYOUT_NAMESPACE, LAYOUT_ROOT } from "./types";
export type { LayoutReading } from "./parse";
export { readLayout, readLayoutText, layoutProblems } from "./parse";
export type { LayoutDraft, Assignment, AssignProblem, DraftLine } from "./edit";
export type { Place } from "./geometry";
export { DRAFT_LINES, assign, draftOf, emptyDraft, periodsAcross, tableOfDraft } from "./edit";
export type { ModelLayout } from "./print";
export { layoutOfModel, layoutText } from "./print";
export { bandBounds, bandChoiceIndex, bandChoices } from "./bands";
export type { ColouredRange, ReadingPart } from "./colours";
export { READING_FILLS, colouredRanges, readingColours } from "./colours";
