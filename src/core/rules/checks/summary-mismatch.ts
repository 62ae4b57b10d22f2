/**
 * `summary-mismatch`: a summary block (`プラン全体 36単位施策 / 達成見込み 19 / 未達成見込み 9 / 集計中等 8`)
 * that no counting rule reproduces from the tables. Rules tried, per table: one per indicator row, one per
 * unit-measure code, one per distinct unit measure, and, for a table with slots to fill, one per row with
 * the slots counted as pending (a sheet made before its summary stopped counting them); statuses are those
 * of the latest fiscal year, counted by core's `summarize`. The message lists what every rule gives.
 */
import { fillMessage } from "../../i18n/fill";
import { summarize, type SummaryItem } from "../../summary";
import type { StatusResult } from "../../status";
import type { Indicator, KpiTable, SummaryBlock } from "../../tables/model";
import type { Evaluation } from "../evaluate";
import type { CheckSettings } from "../settings";
import { finding } from "../finding";
import type { Check, Finding } from "../types";
import type { Catalog } from "../../i18n/types";

interface Counts {
  readonly total: number;
  readonly achieved: number;
  readonly notAchieved: number;
  readonly pending: number;
}

interface RuleResult {
  readonly rule: "indicator-rows" | "measure-codes" | "unit-measures" | "rows-with-slots";
  readonly table: KpiTable;
  readonly counts: Counts;
}

function countsOf(items: readonly SummaryItem[], countBy: "item" | "key", settings: CheckSettings): Counts {
  const summary = summarize(items, { countBy, bands: settings.bands });
  let achieved = 0;
  let notAchieved = 0;
  for (const { category, count } of summary.counts) {
    const band = settings.bands.labels.indexOf(category);
    if (band < 0) continue;
    if (settings.summaryAchievedBands.includes(band)) achieved += count;
    else notAchieved += count;
  }
  return { total: summary.total, achieved, notAchieved, pending: summary.total - achieved - notAchieved };
}

function rulesFor(
  table: KpiTable,
  statusOf: (i: Indicator) => StatusResult | string,
  settings: CheckSettings,
): RuleResult[] {
  const results: RuleResult[] = [];
  const rows = table.indicators.map((i) => ({ status: statusOf(i) }));
  results.push({ rule: "indicator-rows", table, counts: countsOf(rows, "item", settings) });
  const codes = table.indicators.flatMap((i) => i.measureCodes.map(() => ({ status: statusOf(i) })));
  if (codes.length > 0)
    results.push({ rule: "measure-codes", table, counts: countsOf(codes, "item", settings) });
  const measures = table.indicators
    .filter((i) => i.measureKey !== null)
    .map((i) => ({ status: statusOf(i), key: i.measureKey as string }));
  if (measures.length > 0)
    results.push({ rule: "unit-measures", table, counts: countsOf(measures, "key", settings) });
  const slots = (table.unfilled ?? []).map(() => ({ status: settings.bands.pendingLabel }));
  if (slots.length > 0)
    results.push({ rule: "rows-with-slots", table, counts: countsOf([...rows, ...slots], "item", settings) });
  return results;
}

function reproduces(block: SummaryBlock, counts: Counts): boolean {
  return (
    block.total.value === counts.total &&
    (block.achieved === null || block.achieved.value === counts.achieved) &&
    (block.notAchieved === null || block.notAchieved.value === counts.notAchieved) &&
    (block.pending === null || block.pending.value === counts.pending)
  );
}

function describe(results: readonly RuleResult[], lang: "ja" | "en"): string {
  return results
    .map(({ rule, table, counts }) =>
      fillMessage(messages[`rules.summary-mismatch.rule.${rule}`], lang, {
        range: `${table.sheet}!${table.range}`,
        total: counts.total,
        achieved: counts.achieved,
        notAchieved: counts.notAchieved,
        pending: counts.pending,
      }),
    )
    .join(lang === "ja" ? "／" : "; ");
}

/** The latest fiscal year of the model: the year a summary line reports. */
function latestYear(evaluations: readonly Evaluation[]): number | null {
  let latest: number | null = null;
  for (const e of evaluations)
    if (e.period.fiscalYear !== null && (latest === null || e.period.fiscalYear > latest))
      latest = e.period.fiscalYear;
  return latest;
}

/** The messages of its findings (`rules.<id>[.<variant>]`), in the catalog through catalog/rules.ts. */
export const messages = {
  "rules.summary-mismatch": {
    ja: "{cell} の集計「{found}」は、どの数え方でも表から再現できません。試した数え方: {triedJa}",
    en: "{cell}: the summary “{found}” is not reproduced by any counting rule. Rules tried: {triedEn}",
  },
  "rules.summary-mismatch.rule.indicator-rows": {
    ja: "{range} の成果指標ごと {total} = {achieved} + {notAchieved} + {pending}",
    en: "per indicator row of {range}: {total} = {achieved} + {notAchieved} + {pending}",
  },
  "rules.summary-mismatch.rule.measure-codes": {
    ja: "{range} の単位施策番号ごと {total} = {achieved} + {notAchieved} + {pending}",
    en: "per unit-measure code of {range}: {total} = {achieved} + {notAchieved} + {pending}",
  },
  "rules.summary-mismatch.rule.unit-measures": {
    ja: "{range} の単位施策（重複なし）ごと {total} = {achieved} + {notAchieved} + {pending}",
    en: "per distinct unit measure of {range}: {total} = {achieved} + {notAchieved} + {pending}",
  },
  "rules.summary-mismatch.rule.rows-with-slots": {
    ja: "{range} の行ごと（記入前の行を集計中等に含む） {total} = {achieved} + {notAchieved} + {pending}",
    en: "per row of {range}, rows to fill counted as pending: {total} = {achieved} + {notAchieved} + {pending}",
  },
} as const satisfies Catalog;

export const summaryMismatch: Check<keyof typeof messages> = {
  id: "summary-mismatch",
  severity: "error",
  messages,
  run({ model, evaluations, settings }) {
    if (model.summaries.length === 0) return [];
    const year = latestYear(evaluations);
    const byIndicator = new Map<Indicator, StatusResult>();
    for (const e of evaluations)
      if (e.period.fiscalYear === year && e.status !== null) byIndicator.set(e.indicator, e.status);
    const statusOf = (i: Indicator): StatusResult | string =>
      byIndicator.get(i) ?? settings.bands.pendingLabel;
    const results = model.tables.flatMap((t) => rulesFor(t, statusOf, settings));
    const findings: Finding[] = [];
    for (const block of model.summaries) {
      if (results.some((r) => reproduces(block, r.counts))) continue;
      const cell = block.total.cell;
      const stated = `${block.total.value} = ${block.achieved?.value ?? "?"} + ${block.notAchieved?.value ?? "?"} + ${block.pending?.value ?? "?"}`;
      findings.push(
        finding(this, {
          code: "rules.summary-mismatch",
          sheet: block.sheet,
          cell,
          params: { cell, found: stated, triedJa: describe(results, "ja"), triedEn: describe(results, "en") },
          found: stated,
        }),
      );
    }
    return findings;
  },
};
