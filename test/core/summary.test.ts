/** Status summaries with an explicit counting unit (docs/domain.md, "A summary line that disagrees with its table"). */
import { achievementRate, classifyStatus, summarize, type Summary, type SummaryItem } from "../../src/core";
import { ATSUGI, ATSUGI_PROJECTED_PERIOD, type SeedIndicator } from "./seeds";

function count(summary: Summary, category: string): number {
  return summary.counts.find((c) => c.category === category)?.count ?? 0;
}

/** 004's R5 status of an indicator, recomputed (the published #VALUE! cells become 集計中). */
function projectedStatus(indicator: SeedIndicator) {
  const k = indicator.periods.indexOf(ATSUGI_PROJECTED_PERIOD);
  return classifyStatus(achievementRate(indicator.actual[k], indicator.target[k]), { projected: true });
}

/** Layout-1 unit-measure codes such as `I-1-(1)-①`, as listed in an indicator's section. */
const UNIT_MEASURE_CODE = /^[IⅡⅢ]+-\d+-\(\d+\)-.$/u;

describe("004's header: 36 unit measures = 19 achieved (incl. 概ね) + 9 not + 8 pending", () => {
  test("is reproduced by counting the distinct unit-measure rows of the second layout", () => {
    const items: SummaryItem[] = ATSUGI.flatMap((indicator) =>
      (indicator.unit_measures_layout2 ?? []).map((row) => ({
        key: String(row.line),
        status: projectedStatus(indicator),
      })),
    );
    const summary = summarize(items, { countBy: "key" });
    expect(summary.total).toBe(36);
    expect(count(summary, "達成") + count(summary, "概ね達成")).toBe(19);
    expect(count(summary, "未達成")).toBe(9);
    // Pending: awaiting data (集計中) plus the abolished measure (-).
    expect(count(summary, "集計中") + count(summary, "-")).toBe(8);
    expect(summary.conflictingKeys).toEqual([]);
  });

  test("counting the 30 indicator rows gives other totals", () => {
    const summary = summarize(
      ATSUGI.map((indicator) => ({ status: projectedStatus(indicator) })),
      { countBy: "item" },
    );
    expect(summary.total).toBe(30);
    expect(count(summary, "達成") + count(summary, "概ね達成")).not.toBe(19);
  });

  test("counting the unit-measure codes of the first layout gives 38, not 36", () => {
    const items = ATSUGI.flatMap((indicator) =>
      indicator.section
        .split(" ")
        .filter((token) => UNIT_MEASURE_CODE.test(token))
        .map((key) => ({ key, status: projectedStatus(indicator) })),
    );
    expect(summarize(items, { countBy: "key" }).total).toBe(38);
  });
});

describe("summarize", () => {
  test("categories come in the order 達成, 概ね達成, 未達成, 集計中, then others as first seen", () => {
    const summary = summarize(
      [
        { status: "#VALUE!" },
        { status: "未達成" },
        { status: "-" },
        { status: "集計中" },
        { status: "達成" },
      ],
      { countBy: "item" },
    );
    expect(summary.counts.map((c) => c.category)).toEqual([
      "達成",
      "概ね達成",
      "未達成",
      "集計中",
      "#VALUE!",
      "-",
    ]);
  });

  test("projected labels count in their band and are reported as projected", () => {
    const summary = summarize([{ status: "達成" }, { status: "達成見込み" }, { status: "概ね達成見込み" }], {
      countBy: "item",
    });
    expect(summary.counts[0]).toEqual({ category: "達成", count: 2, projected: 1 });
    expect(summary.counts[1]).toEqual({ category: "概ね達成", count: 1, projected: 1 });
  });

  test("items without a status are not counted", () => {
    expect(summarize([{ status: null }, { status: "達成" }], { countBy: "item" }).total).toBe(1);
  });

  test("counting by key counts each key once, reports disagreeing keys and unkeyed items", () => {
    const summary = summarize(
      [
        { key: "a", status: "達成" },
        { key: "a", status: "未達成" },
        { key: "b", status: "未達成" },
        { status: "達成" },
      ],
      { countBy: "key" },
    );
    expect(summary).toMatchObject({ countBy: "key", total: 2, conflictingKeys: ["a"], unkeyed: 1 });
    expect(count(summary, "達成")).toBe(1);
    expect(count(summary, "未達成")).toBe(1);
  });
});
