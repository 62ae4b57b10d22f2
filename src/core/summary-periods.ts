/**
 * Which period a status summary is of: the periods of the reported indicators in the order the tables
 * give them, and the one a summary opens on — the latest with actuals, not simply the last column (a
 * table often runs to the plan's final year, whose actuals are not in yet).
 */
import type { PeriodReport } from "./report";

interface ReportedIndicator {
  readonly periods: readonly Pick<PeriodReport, "label" | "actual">[];
}

/** Period labels in the order first seen over the indicators. */
export function periodLabels(indicators: readonly ReportedIndicator[]): string[] {
  const labels = new Set<string>();
  for (const indicator of indicators) for (const period of indicator.periods) labels.add(period.label);
  return [...labels];
}

/**
 * The last period (in `periodLabels` order) in which some indicator has an actual number (a projected
 * one counts: 見込み is written as the actual); the last period when none has; `null` without periods.
 */
export function latestPeriodWithActuals(indicators: readonly ReportedIndicator[]): string | null {
  const labels = periodLabels(indicators);
  const withActuals = new Set<string>();
  for (const indicator of indicators)
    for (const period of indicator.periods) if (period.actual !== null) withActuals.add(period.label);
  for (let i = labels.length - 1; i >= 0; i--) if (withActuals.has(labels[i])) return labels[i];
  return labels[labels.length - 1] ?? null;
}
