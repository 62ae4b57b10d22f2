/**
 * `summary-mismatch`: a summary block (`プラン全体 36単位施策 / 達成見込み 19 / 未達成見込み 9 / 集計中等 8`)
 * that no counting rule reproduces from the tables. Rules tried, per table: one per indicator row, one per
 * unit-measure code, one per distinct unit measure, and, for a table with slots to fill, one per row with
 * the slots counted as pending (a sheet made before its summary stopped counting them); statuses are those
 * of the latest fiscal year, counted by core's `summarize`. The message says how the closest rule counted
 * and which of the summary's numbers differ from it, not every rule tried.
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

const PARTS = ["total", "achieved", "notAchieved", "pending"] as const;
type Part = (typeof PARTS)[number];

/** The number the summary states for a part, `null` when it states none. */
function stated(block: SummaryBlock, part: Part): number | null {
  return block[part]?.value ?? null;
}

/** How far a rule's counts are from the summary: the sum of the differences of the parts it states. */
function distance(block: SummaryBlock, counts: Counts): number {
  let sum = 0;
  for (const part of PARTS) {
    const value = stated(block, part);
    if (value !== null) sum += Math.abs(value - counts[part]);
  }
  return sum;
}

/** The rule whose counts come nearest the summary (the first on a tie: indicator rows). */
function closest(block: SummaryBlock, results: readonly RuleResult[]): RuleResult {
  let best = results[0];
  let nearest = distance(block, best.counts);
  for (const r of results) {
    const d = distance(block, r.counts);
    if (d < nearest) [best, nearest] = [r, d];
  }
  return best;
}

/** `合計（シート 36、表 30）、達成（シート 19、表 17）`: each stated part that differs, both numbers. */
function differences(block: SummaryBlock, counts: Counts, lang: "ja" | "en"): string {
  const parts: string[] = [];
  for (const part of PARTS) {
    const value = stated(block, part);
    if (value === null || value === counts[part]) continue;
    parts.push(
      fillMessage(messages[`rules.summary-mismatch.part.${part}`], lang, {
        sheet: value,
        table: counts[part],
      }),
    );
  }
  return parts.join(lang === "ja" ? "、" : ", ");
}

/** `36 = 19 + 9 + 8`, with `?` for a part the summary does not state. */
function equation(
  total: number,
  achieved: number | null,
  notAchieved: number | null,
  pending: number | null,
) {
  return `${total} = ${achieved ?? "?"} + ${notAchieved ?? "?"} + ${pending ?? "?"}`;
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
    ja: "{cell} の集計「{found}」は表と合いません。{range} の結果を{howJa}数えると「{counted}」で、{differsJa}が違います。",
    en: "{cell}: the summary “{found}” does not match the table. Counting {range} {howEn} gives “{counted}”; what differs: {differsEn}.",
  },
  "rules.summary-mismatch.rule.indicator-rows": { ja: "成果指標ごとに", en: "per indicator" },
  "rules.summary-mismatch.rule.measure-codes": { ja: "単位施策番号ごとに", en: "per unit-measure code" },
  "rules.summary-mismatch.rule.unit-measures": {
    ja: "単位施策ごとに（重複なし）",
    en: "per unit measure (each once)",
  },
  "rules.summary-mismatch.rule.rows-with-slots": {
    ja: "行ごとに（記入前の行は集計中等として）",
    en: "per row (rows to fill as pending)",
  },
  "rules.summary-mismatch.part.total": {
    ja: "合計（シート {sheet}、表 {table}）",
    en: "total (sheet {sheet}, table {table})",
  },
  "rules.summary-mismatch.part.achieved": {
    ja: "達成（シート {sheet}、表 {table}）",
    en: "achieved (sheet {sheet}, table {table})",
  },
  "rules.summary-mismatch.part.notAchieved": {
    ja: "未達成（シート {sheet}、表 {table}）",
    en: "not achieved (sheet {sheet}, table {table})",
  },
  "rules.summary-mismatch.part.pending": {
    ja: "集計中等（シート {sheet}、表 {table}）",
    en: "pending and others (sheet {sheet}, table {table})",
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
      if (results.length === 0 || results.some((r) => reproduces(block, r.counts))) continue;
      const cell = block.total.cell;
      const found = equation(
        block.total.value,
        stated(block, "achieved"),
        stated(block, "notAchieved"),
        stated(block, "pending"),
      );
      const near = closest(block, results);
      const { counts } = near;
      const how = messages[`rules.summary-mismatch.rule.${near.rule}`];
      findings.push(
        finding(this, {
          code: "rules.summary-mismatch",
          sheet: block.sheet,
          cell,
          params: {
            cell,
            found,
            range: `${near.table.sheet}!${near.table.range}`,
            counted: equation(counts.total, counts.achieved, counts.notAchieved, counts.pending),
            howJa: how.ja,
            howEn: how.en,
            differsJa: differences(block, counts, "ja"),
            differsEn: differences(block, counts, "en"),
          },
          found,
        }),
      );
    }
    return findings;
  },
};
