/**
 * How a table was read, for the user to see before trusting any finding: which roles were found, the
 * periods, the directions the sheet states, the band scheme, the rounding its published rates follow
 * (inferred from them), and detection's confidence. One reading per table, of every kind of table.
 */
import { schemeOf, statusWordOf } from "../tables/band-schemes";
import type { CountTable, KpiTable, Role, StatusTable } from "../tables/model";
import { DEFAULT_WORDS, type WordLists } from "../tables/words";
import { achievementRate } from "../rate";
import { inferRounding, shownPercent, type InferredRounding } from "../rounding-inference";
import { parseValue } from "../values";
import { DEFAULT_BANDS } from "../status";
import { rateScaleOf } from "../tables/rate-scale";
import type { Ratio } from "../ratio";
import type { ParsedValue } from "../value-types";
import type { Evaluation } from "./evaluate";
import type { CheckSettings } from "./settings";

export interface PeriodReading {
  readonly label: string;
  readonly fiscalYear: number | null;
  readonly projected: boolean;
  readonly cumulative: boolean;
  readonly partial: boolean;
  readonly final: boolean;
  /** A calendar year (`2021年`), not a fiscal one. */
  readonly calendar: boolean;
  /** The first year of a range of years (`R3～R5` → 2021), `null` for one year. */
  readonly firstYear: number | null;
}

export interface TableReading {
  /** Cells read in each role (`baseline`: indicators with a baseline; `total`/`count`/`share` in a count table). */
  readonly roles: Readonly<Record<string, number>>;
  readonly periods: readonly PeriodReading[];
  /** Directions the sheet states, by indicator, with the cell that states each. */
  readonly direction: {
    readonly up: number;
    readonly down: number;
    readonly stated: readonly {
      readonly indicator: string;
      readonly direction: "up" | "down";
      readonly cell: string;
    }[];
  };
  /** The band scheme: from the settings (statuses read with them), the status words, or the headers. */
  readonly bands: {
    readonly labels: readonly string[];
    readonly thresholds: readonly number[] | null;
    readonly source: "settings" | "legend" | "statuses" | "headers";
  } | null;
  readonly rounding: InferredRounding | null;
  readonly confidence: number;
}

const NO_DIRECTION: TableReading["direction"] = { up: 0, down: 0, stated: [] };

function periodsOf(table: KpiTable): PeriodReading[] {
  const seen = new Map<string, PeriodReading>();
  for (const indicator of table.indicators)
    for (const p of indicator.periods) {
      const key = `${p.label}|${p.fiscalYear}|${p.final === true}|${p.partial === true}`;
      if (!seen.has(key))
        seen.set(key, {
          label: p.label,
          fiscalYear: p.fiscalYear,
          projected: p.projected,
          cumulative: p.cumulative,
          partial: p.partial === true,
          final: p.final === true,
          calendar: p.calendar === true,
          firstYear: p.firstYear ?? null,
        });
    }
  return [...seen.values()];
}

/** The rounding of a table's published rates: each computed exact rate beside the rate published for it. */
export function kpiRounding(evaluations: readonly Evaluation[]): InferredRounding | null {
  const pairs: { ratio: Ratio; published: ParsedValue }[] = [];
  for (const e of evaluations) {
    const points = rateScaleOf(e.table) === "points";
    const cell = e.period.cells.rate;
    if (e.rate?.kind !== "rate" || cell === undefined) continue;
    const published = shownPercent(cell.raw, cell.numberFormat, e.period.rate, parseValue, points);
    if (published?.kind === "number" && published.percent) pairs.push({ ratio: e.rate.ratio, published });
  }
  return inferRounding(pairs);
}

function kpiBands(
  table: KpiTable,
  evaluations: readonly Evaluation[],
  settings: CheckSettings,
  words: WordLists,
): TableReading["bands"] {
  if (table.legend !== undefined && settings.bands === DEFAULT_BANDS)
    return { labels: table.legend.labels, thresholds: table.legend.thresholds, source: "legend" };
  const statuses = table.indicators.flatMap((i) => i.periods.map((p) => p.cells.status?.raw));
  const texts = statuses.filter((raw): raw is string => typeof raw === "string" && raw.trim() !== "");
  if (texts.length === 0) return null;
  if (evaluations.some((e) => e.published?.kind === "band"))
    return { labels: settings.bands.labels, thresholds: settings.bands.thresholds, source: "settings" };
  const found = texts.map((t) => statusWordOf(t, words.bandSchemes)).filter((w): w is string => w !== null);
  const scheme = schemeOf(found, words.bandSchemes);
  return scheme === null ? null : { labels: scheme, thresholds: null, source: "statuses" };
}

export function readKpiTable(
  table: KpiTable,
  evaluations: readonly Evaluation[],
  settings: CheckSettings,
  words: WordLists = DEFAULT_WORDS,
): TableReading {
  const roles: Record<string, number> = { target: 0, actual: 0, rate: 0, status: 0, baseline: 0 };
  const stated: { indicator: string; direction: "up" | "down"; cell: string }[] = [];
  for (const indicator of table.indicators) {
    if (indicator.baselineCell !== null) roles.baseline++;
    for (const p of indicator.periods)
      for (const role of Object.keys(p.cells) as Role[]) if (p.cells[role] !== undefined) roles[role]++;
    if (indicator.direction !== undefined)
      stated.push({
        indicator: indicator.name,
        direction: indicator.direction.direction,
        cell: indicator.direction.cell.address,
      });
  }
  const own = evaluations.filter((e) => e.table === table);
  return {
    roles,
    periods: periodsOf(table),
    direction: {
      up: stated.filter((s) => s.direction === "up").length,
      down: stated.filter((s) => s.direction === "down").length,
      stated,
    },
    bands: kpiBands(table, own, settings, words),
    rounding: kpiRounding(own),
    confidence: table.confidence,
  };
}

/** The shares of a count table beside their exact value, count ÷ the row's total. */
export function countShares(
  table: CountTable,
): { ratio: Ratio; published: ParsedValue; cell: string; row: number }[] {
  const shares: { ratio: Ratio; published: ParsedValue; cell: string; row: number }[] = [];
  table.rows.forEach((row, k) => {
    if (row.total === null) return;
    for (const cell of row.counts) {
      if (cell?.share == null) continue;
      const rate = achievementRate(cell.count, row.total.count);
      if (rate.kind === "rate")
        shares.push({
          ratio: rate.ratio,
          published: cell.share.value,
          cell: cell.share.cell.address,
          row: k,
        });
    }
  });
  return shares;
}

export function readCountTable(table: CountTable): TableReading {
  let counts = 0;
  let shares = 0;
  let totals = 0;
  for (const row of table.rows) {
    if (row.total !== null) totals++;
    for (const cell of row.counts) {
      if (cell === null) continue;
      counts++;
      if (cell.share !== null) shares++;
    }
  }
  const statuses = table.rows.filter((row) => row.status !== null).length;
  return {
    roles: { total: totals, count: counts, share: shares, status: statuses },
    periods: [],
    direction: NO_DIRECTION,
    bands: table.bands === null ? null : { ...table.bands, source: "headers" },
    rounding: inferRounding(countShares(table)),
    confidence: table.bands === null ? 0.7 : 0.9,
  };
}

export function readStatusTable(table: StatusTable): TableReading {
  const periods = new Map<string, PeriodReading>();
  let statuses = 0;
  for (const item of table.items)
    for (const status of item.statuses) {
      statuses++;
      if (!periods.has(status.period))
        periods.set(status.period, {
          label: status.period,
          fiscalYear: null,
          projected: false,
          cumulative: false,
          partial: false,
          final: false,
          calendar: false,
          firstYear: null,
        });
    }
  return {
    roles: { status: statuses },
    periods: [...periods.values()],
    direction: NO_DIRECTION,
    bands: { labels: table.scheme, thresholds: null, source: "statuses" },
    rounding: null,
    confidence: 0.8,
  };
}
