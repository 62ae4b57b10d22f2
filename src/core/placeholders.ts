/**
 * Cell texts that mean "no value yet" (pending), as opposed to zero or an error.
 * Matching is done on width-normalised, trimmed text.
 */
import { isDashOnly } from "./text";

/** What kind of placeholder a pending cell holds. */
export type PendingPlaceholder =
  /** Nothing in the cell. */
  | "empty"
  /** Only a dash (`-`, `—`, `ー`…): no value written; 004 also uses it for an abolished measure. */
  | "dash"
  /** A word saying the value will come (`集計中`, `年度末に調査`). */
  | "awaiting";

/**
 * Endings of texts that announce a value still to come. A text equal to or ending with one of these is
 * pending (`集計中`, `年度末に調査`, `令和6年度に調査`). Seen in the seeds: 集計中, 年度末に調査.
 */
export const AWAITING_MARKERS: readonly string[] = [
  "集計中",
  "に調査",
  "調査中",
  "調査予定",
  "未集計",
  "集計前",
  "算定中",
  "確認中",
  "未確定",
];

/** The placeholder kind of a trimmed, width-normalised text, or `null` when it is not a placeholder. */
export function placeholderOf(text: string): PendingPlaceholder | null {
  if (text === "") return "empty";
  if (isDashOnly(text)) return "dash";
  for (const marker of AWAITING_MARKERS) if (text.endsWith(marker)) return "awaiting";
  return null;
}
