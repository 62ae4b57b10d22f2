/** Counts per status category for one period: the bands of the settings, then pending, then anything else. */
import type { PaneReport } from "../../checking/report";
import type { PaneSettings } from "../../settings/settings";
import { bandColours, PENDING_COLOURS, type StatusColours } from "../../../core";

export interface StatusCount {
  label: string;
  count: number;
  colours: StatusColours;
}

/** Period labels in the order first seen in the tables. */
export function periodsOf(report: PaneReport): string[] {
  const labels = new Set<string>();
  for (const table of report.tables)
    for (const indicator of table.indicators)
      for (const period of indicator.periods) labels.add(period.label);
  return [...labels];
}

/** A status without its projected suffix: `達成見込み` counts as `達成`. */
function baseLabel(status: string, suffix: string): string {
  return suffix !== "" && status.endsWith(suffix) && status.length > suffix.length
    ? status.slice(0, -suffix.length)
    : status;
}

export function countStatuses(
  report: PaneReport,
  period: string,
  settings: PaneSettings,
  otherLabel: string,
): StatusCount[] {
  const { bands } = settings;
  const counts: StatusCount[] = [
    ...bands.map((band, i) => ({ label: band.label, count: 0, colours: bandColours(i, bands.length) })),
    { label: settings.pendingLabel, count: 0, colours: PENDING_COLOURS },
  ];
  const other: StatusCount = { label: otherLabel, count: 0, colours: PENDING_COLOURS };
  for (const table of report.tables) {
    for (const indicator of table.indicators) {
      const status = indicator.periods.find((p) => p.label === period)?.status;
      if (status === undefined) continue;
      const label = status === null ? null : baseLabel(status, settings.projectedSuffix);
      const bucket = counts.find((c) => c.label === label) ?? other;
      bucket.count++;
    }
  }
  return other.count > 0 ? [...counts, other] : counts;
}
