/** A period's statuses counted for a summary: bands, pending, and what 「その他」 holds. */
import { DEFAULT_BANDS, latestPeriodWithActuals, periodLabels, tallyStatuses } from "../../src/core";

test("bands in order, then pending; projected labels count with their band; the rest said as written", () => {
  const tally = tallyStatuses(
    ["達成", "達成見込み", "未達成見込み", "集計中", "-", null, null, "中止"],
    DEFAULT_BANDS,
  );
  expect(tally.named).toEqual([
    ...DEFAULT_BANDS.labels.map((label) => ({
      label,
      count: label === "達成" ? 2 : label === "未達成" ? 1 : 0,
    })),
    { label: DEFAULT_BANDS.pendingLabel, count: 1 },
  ]);
  expect(tally.other).toEqual([
    { label: "-", count: 1 },
    { label: "中止", count: 1 },
    { label: null, count: 2 },
  ]);
  expect(tally.total).toBe(8);
});

test("nothing other when every status is in a band or pending", () => {
  expect(tallyStatuses(["達成", "集計中"], DEFAULT_BANDS).other).toEqual([]);
});

describe("the period a summary opens on", () => {
  const indicator = (...actuals: (number | null)[]) => ({
    periods: actuals.map((actual, i) => ({ label: `R${i + 3}`, actual })),
  });

  test("is the latest with an actual in any indicator, not the last column", () => {
    const indicators = [indicator(10, 12, null, null), indicator(null, 5, 7, null)];
    expect(periodLabels(indicators)).toEqual(["R3", "R4", "R5", "R6"]);
    expect(latestPeriodWithActuals(indicators)).toBe("R5");
  });

  test("is the last period when no actual is in yet (a new table), none without periods", () => {
    expect(latestPeriodWithActuals([indicator(null, null)])).toBe("R4");
    expect(latestPeriodWithActuals([])).toBeNull();
  });
});
