/**
 * Golden tests: the engine reproduces what 000 (相模原市) and 004 (厚木市) published, cell by cell,
 * and does better where 004's hand formula failed (#VALUE! → 集計中).
 */
import {
  achievementRate,
  classifyStatus,
  cumulativeRate,
  formatRate,
  matchesPublishedRate,
  parseValue,
  type RateResult,
  type RateValue,
} from "../../src/core";
import {
  ATSUGI,
  ATSUGI_PROJECTED_PERIOD,
  CUMULATIVE_COLUMN,
  SAGAMIHARA,
  cellName,
  cellsOf,
  type SeedCell,
} from "./seeds";

function expectRate(result: RateResult): RateValue {
  expect(result.kind).toBe("rate");
  return result as RateValue;
}

const hasPublishedNumber = (cell: SeedCell) => parseValue(cell.publishedRate).kind === "number";

describe("004 厚木市: every published rate and status", () => {
  const cells = cellsOf(ATSUGI);
  const rated = cells.filter(hasPublishedNumber);

  test("the seed has the 83 published numeric rates the README counts", () => {
    expect(rated).toHaveLength(83);
  });

  test.each(rated.map((cell) => [cellName(cell), cell] as const))(
    "%s reproduces the published rate to 0.1%% and the published status",
    (_name, cell) => {
      const result = expectRate(achievementRate(cell.actual, cell.target));
      expect(formatRate(result.ratio)).toBe(cell.publishedRate);
      expect(matchesPublishedRate(result.ratio, cell.publishedRate)).toBe(true);
      const projected = cell.period === ATSUGI_PROJECTED_PERIOD;
      expect(classifyStatus(result, { projected }).label).toBe(cell.publishedStatus);
    },
  );

  /**
   * Where 004's hand formula divided text, the engine gives a pending status: 集計中 when the actual awaits
   * data (集計中, 年度末に調査), "-" where the source marks the measure abolished or the series ended.
   */
  const expectedPendingStatus: readonly (readonly [id: string, period: string, status: string])[] = [
    ["No.2", "R5", "-"],
    ["No.5", "R5", "集計中"],
    ["No.12", "R4", "-"],
    ["No.16", "R5", "集計中"],
    ["No.17", "R5", "集計中"],
    ["No.21", "R5", "集計中"],
    ["No.24", "R5", "集計中"],
  ];

  test("the cells without a numeric published rate are exactly the #VALUE! and abolished cells", () => {
    const failed = cells.filter((cell) => !hasPublishedNumber(cell));
    expect(failed.map((cell) => [cell.indicator.id, cell.period])).toEqual(
      expectedPendingStatus.map(([id, period]) => [id, period]),
    );
  });

  test.each(expectedPendingStatus)(
    "%s %s: #VALUE! / - becomes a pending result with status %s",
    (id, period, status) => {
      const cell = cells.find((c) => c.indicator.id === id && c.period === period) as SeedCell;
      const result = achievementRate(cell.actual, cell.target);
      expect(result.kind).toBe("pending");
      expect(classifyStatus(result, { projected: period === ATSUGI_PROJECTED_PERIOD }).label).toBe(status);
      if (cell.publishedStatus !== "#VALUE!") expect(cell.publishedStatus).toBe(status);
    },
  );
});

describe("004 No.14: one indicator, two tables, two R5 targets (300人 and 731人)", () => {
  const no14 = ATSUGI.find((indicator) => indicator.id === "No.14") as (typeof ATSUGI)[number];
  const r5 = no14.periods.indexOf("R5");

  test("the published 197.7% is 593 / 300 (first table), not 593 / 731 (second table)", () => {
    expect(no14.target[r5]).toBe("300人");
    const published = no14.published_rate[r5];
    expect(matchesPublishedRate(expectRate(achievementRate("593人", "300人")).ratio, published)).toBe(true);
    expect(matchesPublishedRate(expectRate(achievementRate("593人", "731人")).ratio, published)).toBe(false);
  });
});

describe("000 相模原市: yearly rates and the 累計 column", () => {
  const cells = cellsOf(SAGAMIHARA);
  const yearly = cells.filter((cell) => cell.period !== CUMULATIVE_COLUMN && hasPublishedNumber(cell));
  const cumulative = cells.filter((cell) => cell.period === CUMULATIVE_COLUMN);

  test("the seed has 12 yearly and 6 cumulative published rates (18 in all)", () => {
    expect(yearly).toHaveLength(12);
    expect(cumulative.filter(hasPublishedNumber)).toHaveLength(6);
  });

  test.each(yearly.map((cell) => [cellName(cell), cell] as const))(
    "%s reproduces the published yearly rate",
    (_name, cell) => {
      const result = expectRate(achievementRate(cell.actual, cell.target));
      expect(formatRate(result.ratio)).toBe(cell.publishedRate);
    },
  );

  test.each(SAGAMIHARA.map((indicator) => [indicator.id, indicator] as const))(
    "%s: 累計 rate = sum of reported actuals ÷ sum of all planned targets",
    (_id, indicator) => {
      const yearCount = indicator.periods.indexOf(CUMULATIVE_COLUMN);
      const actuals = indicator.actual.slice(0, yearCount);
      const targets = indicator.target.slice(0, yearCount);
      const result = expectRate(cumulativeRate(actuals, targets));
      expect(formatRate(result.ratio)).toBe(indicator.published_rate[yearCount]);
      // The published 累計 actual and target are the same quotient's terms.
      const published = expectRate(achievementRate(indicator.actual[yearCount], indicator.target[yearCount]));
      expect(published.ratio.numerator * result.ratio.denominator).toBe(
        result.ratio.numerator * published.ratio.denominator,
      );
    },
  );

  test("a to-date ratio (actuals ÷ targets of elapsed years only) would not reproduce 000's 12 / 86 = 14.0%", () => {
    const first = SAGAMIHARA[0];
    const elapsed = expectRate(cumulativeRate(first.actual.slice(0, 2), first.target.slice(0, 2)));
    expect(formatRate(elapsed.ratio)).not.toBe(
      first.published_rate[first.periods.indexOf(CUMULATIVE_COLUMN)],
    );
  });
});
