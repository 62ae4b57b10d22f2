/**
 * A period's status counts as the summary view shows them and inserts them: core's tally (bands, then
 * pending, then 「その他」 with what it holds), core's whole percentages that add up to 100, the status
 * colours; and the period the view opens on (core's latest period with actuals).
 */
import {
  bandColours,
  latestPeriodWithActuals,
  percentShares,
  PENDING_COLOURS,
  periodLabels,
  tallyStatuses,
  type StatusColours,
  type StatusTally,
} from "../../../core";
import type { PaneIndicator, PaneReport } from "../../checking/report";
import { statusBands, type PaneSettings } from "../../settings/settings";

export interface StatusCount {
  label: string;
  count: number;
  /** Whole percent of the total; the shares of a period add up to 100. */
  share: number;
  colours: StatusColours;
}

export interface PeriodCounts {
  /** Bands, pending, then 「その他」 when anything is outside them. */
  counts: StatusCount[];
  total: number;
  /** What 「その他」 counts: each status as written, `null` for indicators with no status. */
  other: StatusTally["other"];
}

const indicatorsOf = (report: PaneReport): PaneIndicator[] => report.tables.flatMap((t) => t.indicators);

/** Period labels in the order first seen in the tables. */
export const periodsOf = (report: PaneReport): string[] => periodLabels(indicatorsOf(report));

/** The period the view opens on: the latest with actuals. */
export const openingPeriod = (report: PaneReport): string | null =>
  latestPeriodWithActuals(indicatorsOf(report));

export function countStatuses(
  report: PaneReport,
  period: string,
  settings: PaneSettings,
  otherLabel: string,
): PeriodCounts {
  const statuses: (string | null)[] = [];
  for (const indicator of indicatorsOf(report)) {
    const found = indicator.periods.find((p) => p.label === period);
    if (found !== undefined) statuses.push(found.status);
  }
  const tally = tallyStatuses(statuses, statusBands(settings));
  const bandCount = settings.bands.length;
  const rows = tally.named.map((c, i) => ({
    ...c,
    colours: i < bandCount ? bandColours(i, bandCount) : PENDING_COLOURS,
  }));
  const otherCount = tally.other.reduce((n, o) => n + o.count, 0);
  if (otherCount > 0) rows.push({ label: otherLabel, count: otherCount, colours: PENDING_COLOURS });
  const shares = percentShares(rows.map((r) => r.count));
  return {
    counts: rows.map((r, i) => ({ ...r, share: shares[i] })),
    total: tally.total,
    other: tally.other,
  };
}
