/**
 * The summary of one file: how many indicators its tables hold, and each indicator counted once by the
 * status core computed for its latest fiscal year that has one (as 004's header counts the latest year).
 * Counting is core's `summarize` (`達成見込み` counts as 達成); the band labels and the pending label are
 * always present, other labels (`-`, `算定不可`) only when they occur.
 */
import { summarize, type Evaluation, type Indicator, type StatusBands } from "../core";

export interface StatusSummary {
  readonly indicators: number;
  readonly byStatus: Readonly<Record<string, number>>;
}

function latestWithStatus(evaluations: readonly Evaluation[]): Map<Indicator, Evaluation> {
  const latest = new Map<Indicator, Evaluation>();
  for (const evaluation of evaluations) {
    const year = evaluation.period.fiscalYear;
    if (evaluation.status === null || year === null) continue;
    const seen = latest.get(evaluation.indicator)?.period.fiscalYear;
    if (seen === undefined || seen === null || year >= seen) latest.set(evaluation.indicator, evaluation);
  }
  return latest;
}

export function statusSummary(
  indicators: number,
  evaluations: readonly Evaluation[],
  bands: StatusBands,
): StatusSummary {
  const items = [...latestWithStatus(evaluations).values()].map((e) => ({ status: e.status }));
  const { counts } = summarize(items, { countBy: "item", bands });
  return { indicators, byStatus: Object.fromEntries(counts.map((c) => [c.category, c.count])) };
}
