/** Typed access to the seed tables copied into test/fixtures/seeds (tests never read ../shared). */
import { loadSeed, type SeedIndicator } from "../support/seeds";

export type { SeedIndicator };

/** 004 厚木市: periods R3–R5, statuses published, R5 projected (見込値). */
export const ATSUGI: readonly SeedIndicator[] = loadSeed("004-atsugi-kpi.json");
/** 000 相模原市: periods H28…, then a 累計 column. */
export const SAGAMIHARA: readonly SeedIndicator[] = loadSeed("000-sagamihara-kpi.json");

/** 004's notes: "R3/R4 actuals are final (確定値); R5 actual is a projection (見込値)". */
export const ATSUGI_PROJECTED_PERIOD = "R5";
/** 000's last column, `cumulative_scope: "column:累計"`. */
export const CUMULATIVE_COLUMN = "累計";

/** One period of one indicator, with what was published for it. */
export interface SeedCell {
  readonly indicator: SeedIndicator;
  readonly period: string;
  readonly target: string | null;
  readonly actual: string | null;
  readonly publishedRate: string | null;
  readonly publishedStatus: string | null;
}

export function cellsOf(indicators: readonly SeedIndicator[]): SeedCell[] {
  return indicators.flatMap((indicator) =>
    indicator.periods.map((period, k) => ({
      indicator,
      period,
      target: indicator.target[k],
      actual: indicator.actual[k],
      publishedRate: indicator.published_rate[k],
      publishedStatus: indicator.published_status[k],
    })),
  );
}

/** A readable test-case name: `No.1 R3 3,350件 / 1,600件`. */
export function cellName(cell: SeedCell): string {
  return `${cell.indicator.id} ${cell.period} ${cell.actual} / ${cell.target}`;
}
