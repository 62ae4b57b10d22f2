/**
 * The built =KPI.* functions reproduce every published rate and status of 000 and 004, called the way
 * Excel calls them: one call per range, the R5 column flagged as projected by a broadcast row.
 */
import { decimalFromNumber, formatRate, ratioFromDecimal } from "../../src/core";
import {
  ATSUGI,
  ATSUGI_PROJECTED_PERIOD,
  CUMULATIVE_COLUMN,
  SAGAMIHARA,
  type SeedIndicator,
} from "../core/seeds";
import { BUILD_TIMEOUT_MS, loadFunctions, type CustomFunction } from "./bundle";

let fn: (id: string) => CustomFunction;

beforeAll(async () => {
  const functions = await loadFunctions();
  fn = (id) => functions.get(id) ?? (() => `no function ${id}`);
}, BUILD_TIMEOUT_MS);

/** A rate cell as published: rounded half up to 0.1 point (`209.4%`); text results stay as they are. */
function shown(result: unknown): unknown {
  if (typeof result !== "number") return result;
  const exact = decimalFromNumber(result);
  return exact === null ? result : formatRate(ratioFromDecimal(exact));
}

/** What replaces 004's `#VALUE!` (a hand formula that divided text): 集計中, or `-` for a dash actual. */
function pendingShown(actual: string | null): string {
  return actual === "-" ? "-" : "集計中";
}

describe("004 厚木市: KPI.RATE and KPI.STATUS over the whole table in one call each", () => {
  const actuals = ATSUGI.map((indicator) => [...indicator.actual]);
  const targets = ATSUGI.map((indicator) => [...indicator.target]);
  const projected = [ATSUGI[0].periods.map((period) => period === ATSUGI_PROJECTED_PERIOD)];
  let rates: unknown[][];
  let statuses: unknown[][];

  beforeAll(() => {
    rates = fn("RATE")(actuals, targets) as unknown[][];
    statuses = fn("STATUS")(actuals, targets, projected) as unknown[][];
  });

  it("spills one result per cell", () => {
    expect(rates.map((row) => row.length)).toEqual(actuals.map((row) => row.length));
    expect(statuses.map((row) => row.length)).toEqual(actuals.map((row) => row.length));
  });

  const cells = ATSUGI.flatMap((indicator, i) =>
    indicator.periods.map((period, k) => ({ indicator, period, i, k })),
  );

  it.each(cells.map((c) => [`${c.indicator.id} ${c.period}`, c] as const))(
    "%s",
    (_name, { indicator, i, k }) => {
      const actual = indicator.actual[k];
      const publishedRate = indicator.published_rate[k];
      const publishedStatus = indicator.published_status[k];
      const expectedRate = publishedRate === "#VALUE!" ? pendingShown(actual) : publishedRate;
      const expectedStatus = publishedStatus === "#VALUE!" ? pendingShown(actual) : publishedStatus;
      expect({ rate: shown(rates[i][k]), status: statuses[i][k] }).toEqual({
        rate: expectedRate,
        status: expectedStatus,
      });
    },
  );

  it("KPI.SUMMARY over the R5 statuses: 達成, 概ね達成, 未達成, 集計中, then the other labels", () => {
    const r5 = ATSUGI[0].periods.indexOf(ATSUGI_PROJECTED_PERIOD);
    const column = statuses.map((row) => [row[r5]]);
    expect(fn("SUMMARY")(column)).toEqual([
      ["達成", 10],
      ["概ね達成", 7],
      ["未達成", 7],
      ["集計中", 5],
      ["-", 1],
    ]);
  });
});

describe("000 相模原市: yearly rates with KPI.RATE, 累計 with KPI.CUMRATE", () => {
  const yearly = (indicator: SeedIndicator, row: readonly (string | null)[]) => [
    row.filter((_, k) => indicator.periods[k] !== CUMULATIVE_COLUMN),
  ];

  it.each(SAGAMIHARA.map((indicator) => [indicator.id, indicator] as const))("%s", (_id, indicator) => {
    const actuals = yearly(indicator, indicator.actual);
    const targets = yearly(indicator, indicator.target);
    const published = yearly(indicator, indicator.published_rate)[0];
    const rates = (fn("RATE")(actuals, targets) as unknown[][])[0];
    // Years not reported yet (no actual, nothing published) are pending, not errors.
    expect(rates.map(shown)).toEqual(published.map((rate) => rate ?? "集計中"));

    const cumulative = indicator.periods.indexOf(CUMULATIVE_COLUMN);
    expect(shown(fn("CUMRATE")(actuals, targets))).toBe(indicator.published_rate[cumulative]);
  });
});
