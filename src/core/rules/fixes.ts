/**
 * The cells that fixing a list of findings writes, the same in the CLI (`--fix`) and the task pane (修正).
 * Two findings may fix one cell (an errored status is both an `error-value` and a `pending-actual`); the
 * rule: the fix of the more severe finding wins, and between findings of one severity the first one
 * reported (checks run in registry order, most fundamental first). Each cell is written once.
 */
import type { CellChange } from "../changes";
import { SEVERITIES, type Severity } from "./types";

/** What fix selection needs of a finding: the core's findings and the task pane's both have it. */
export interface FixingFinding {
  readonly severity: Severity;
  readonly fix?: readonly CellChange[];
}

/** The findings that carry a fix. */
export function fixableFindings<F extends FixingFinding>(findings: readonly F[]): F[] {
  return findings.filter((finding) => (finding.fix?.length ?? 0) > 0);
}

/** The cell changes that fix `findings`, each cell once (by the rule above), in the order first reported. */
export function fixesOf(findings: readonly FixingFinding[]): CellChange[] {
  // Cells by sheet, then address (no key string made per cell: a table-wide fix names ~100,000 cells).
  const slots = new Map<string, Map<string, number>>();
  const changes: CellChange[] = [];
  const ranks: number[] = [];
  for (const finding of findings) {
    const rank = SEVERITIES.indexOf(finding.severity);
    for (const change of finding.fix ?? []) {
      let sheet = slots.get(change.sheet);
      if (sheet === undefined) slots.set(change.sheet, (sheet = new Map()));
      const slot = sheet.get(change.address);
      if (slot === undefined) {
        sheet.set(change.address, changes.length);
        changes.push(change);
        ranks.push(rank);
      } else if (rank < ranks[slot]) {
        // The cell keeps the place where it was first reported.
        changes[slot] = change;
        ranks[slot] = rank;
      }
    }
  }
  return changes;
}
