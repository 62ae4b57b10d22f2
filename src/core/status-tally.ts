/**
 * A period's statuses as a status summary shows them: one count per band and for the pending label, then
 * 「その他」 said as what it holds — each other text as written (`-`, a label outside the bands) and the
 * indicators with no status at all — so a reader can see what was not counted in any band.
 */
import { summarize } from "./summary";
import type { StatusBands } from "./status";

export interface TallyCount {
  readonly label: string;
  readonly count: number;
}

export interface StatusTally {
  /** The band labels in band order, then the pending label, each with its count (0 included). */
  readonly named: readonly TallyCount[];
  /** Everything else: texts as written in first-seen order; `label: null` counts the statuses left empty. */
  readonly other: readonly { readonly label: string | null; readonly count: number }[];
  readonly total: number;
}

/** Tallies one status per indicator (`null`: none) under `bands`; `達成見込み` counts as `達成`. */
export function tallyStatuses(statuses: readonly (string | null)[], bands: StatusBands): StatusTally {
  const summary = summarize(
    statuses.map((status) => ({ status })),
    { countBy: "item", bands },
  );
  const namedLabels = new Set([...bands.labels, bands.pendingLabel]);
  const named = summary.counts
    .filter((c) => namedLabels.has(c.category))
    .map((c) => ({ label: c.category, count: c.count }));
  const other: { label: string | null; count: number }[] = summary.counts
    .filter((c) => !namedLabels.has(c.category) && c.count > 0)
    .map((c) => ({ label: c.category, count: c.count }));
  const empty = statuses.length - summary.total;
  if (empty > 0) other.push({ label: null, count: empty });
  return { named, other, total: statuses.length };
}
