/**
 * Status counts over a set of indicator-periods, with the counting unit explicit: a summary line such
 * as 004's "36 unit measures = 19 + 9 + 8" is right or wrong only relative to a counting rule.
 */
import { DEFAULT_BANDS, parseStatus, type StatusBands, type StatusResult } from "./status";

export interface SummaryItem {
  /** A status result, a published label (`達成見込み`), or `null` when the cell has none (not counted). */
  readonly status: StatusResult | string | null;
  /** The counting key for `countBy: "key"` (row id, unit-measure code…). */
  readonly key?: string;
}

/**
 * - `item`: every item with a status counts once (one indicator-period = one).
 * - `key`: every distinct `key` counts once, in the category of its first item; keys whose items
 *   disagree are listed in `conflictingKeys`; items without a key are not counted (`unkeyed`).
 */
export type CountBy = "item" | "key";

export interface SummaryOptions {
  readonly countBy: CountBy;
  readonly bands?: StatusBands;
}

export interface SummaryCount {
  /** The band label without the projected suffix (`達成` also counts `達成見込み`), or the text as written. */
  readonly category: string;
  readonly count: number;
  /** How many of `count` were projected (見込み). */
  readonly projected: number;
}

export interface Summary {
  readonly countBy: CountBy;
  readonly total: number;
  /** Band labels in band order, then the pending label, then any other text in first-seen order. */
  readonly counts: readonly SummaryCount[];
  readonly conflictingKeys: readonly string[];
  /** Items skipped by `countBy: "key"` because they have no key. */
  readonly unkeyed: number;
}

interface Category {
  readonly name: string;
  readonly projected: boolean;
}

function categoryOf(status: StatusResult | string, bands: StatusBands): Category {
  if (typeof status !== "string") {
    const name = status.kind === "band" ? bands.labels[status.band] : status.label;
    return { name, projected: status.kind === "band" && status.projected };
  }
  const parsed = parseStatus(status, bands);
  if (parsed === null) return { name: status.trim(), projected: false };
  if (parsed.kind === "band") return { name: bands.labels[parsed.band], projected: parsed.projected };
  return { name: parsed.kind === "pending" ? bands.pendingLabel : bands.dashLabel, projected: false };
}

/**
 * Counts statuses per category under an explicit counting rule. Linear in the number of items and of
 * distinct labels: one tally per category in a map that keeps first-seen order (200,000 distinct labels
 * are counted in one pass, not compared with each other).
 */
export function summarize(items: readonly SummaryItem[], options: SummaryOptions): Summary {
  const bands = options.bands ?? DEFAULT_BANDS;
  const tallies = new Map<string, { count: number; projected: number }>();
  for (const name of [...bands.labels, bands.pendingLabel])
    if (!tallies.has(name)) tallies.set(name, { count: 0, projected: 0 });
  let total = 0;
  const count = (category: Category) => {
    let tally = tallies.get(category.name);
    if (tally === undefined) {
      tally = { count: 0, projected: 0 };
      tallies.set(category.name, tally);
    }
    tally.count++;
    if (category.projected) tally.projected++;
    total++;
  };
  const conflictingKeys = new Set<string>();
  let unkeyed = 0;
  const byKey = new Map<string, string>();
  const categories = new Map<string, Category>();
  for (const item of items) {
    if (item.status === null) continue;
    let category: Category;
    if (typeof item.status === "string") {
      // A column repeats a handful of labels: each distinct text is read once.
      const known = categories.get(item.status);
      category = known ?? categoryOf(item.status, bands);
      if (known === undefined) categories.set(item.status, category);
    } else category = categoryOf(item.status, bands);
    if (options.countBy === "item") {
      count(category);
      continue;
    }
    if (item.key === undefined) {
      unkeyed++;
      continue;
    }
    const first = byKey.get(item.key);
    if (first === undefined) {
      byKey.set(item.key, category.name);
      count(category);
    } else if (first !== category.name) conflictingKeys.add(item.key);
  }
  const counts = [...tallies].map(([category, tally]) => ({ category, ...tally }));
  return { countBy: options.countBy, total, counts, conflictingKeys: [...conflictingKeys], unkeyed };
}
