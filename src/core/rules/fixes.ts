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
  const chosen = new Map<string, { change: CellChange; rank: number }>();
  for (const finding of findings) {
    const rank = SEVERITIES.indexOf(finding.severity);
    for (const change of finding.fix ?? []) {
      const key = `${change.sheet}!${change.address}`;
      const before = chosen.get(key);
      // Setting a key again keeps its place in the map: the cell stays where it was first reported.
      if (before === undefined || rank < before.rank) chosen.set(key, { change, rank });
    }
  }
  return [...chosen.values()].map(({ change }) => change);
}
