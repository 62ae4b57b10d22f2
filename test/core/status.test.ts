/** Status bands, 見込み, 集計中 and reading published labels back (docs/domain.md, Status bands). */
import {
  DEFAULT_BANDS,
  achievementRate,
  classifyStatus,
  parseStatus,
  roundingCrossesBand,
  type RateResult,
  type Ratio,
  type StatusBands,
} from "../../src/core";

function ratioOf(result: RateResult): Ratio {
  if (result.kind !== "rate") throw new Error(`expected a rate, got ${result.kind}`);
  return result.ratio;
}

describe("classifyStatus with the default bands (004)", () => {
  test.each([
    [3350, 1600, "達成"],
    [29.3, 30, "概ね達成"],
    [777, 1220, "未達成"],
  ])("%d / %d → %s", (actual, target, label) => {
    expect(classifyStatus(achievementRate(actual, target)).label).toBe(label);
  });

  test("boundaries are inclusive at the lower edge: 7/7 = 100.0% is 達成, 16/20 = 80.0% is 概ね達成", () => {
    expect(classifyStatus(achievementRate(7, 7))).toMatchObject({ kind: "band", band: 0, label: "達成" });
    expect(classifyStatus(achievementRate(16, 20))).toMatchObject({
      kind: "band",
      band: 1,
      label: "概ね達成",
    });
    expect(classifyStatus(achievementRate(15.99, 20)).label).toBe("未達成");
  });

  test("a projected period gets the suffix 見込み: 達成見込み, 概ね達成見込み, 未達成見込み", () => {
    expect(classifyStatus(achievementRate(7, 7), { projected: true }).label).toBe("達成見込み");
    expect(classifyStatus(achievementRate(16, 20), { projected: true }).label).toBe("概ね達成見込み");
    expect(classifyStatus(achievementRate(1, 20), { projected: true })).toMatchObject({
      label: "未達成見込み",
      projected: true,
    });
  });

  test("a pending actual gives 集計中 (also for a projected period), a dash actual gives -", () => {
    expect(classifyStatus(achievementRate("集計中", "40%"), { projected: true })).toMatchObject({
      kind: "pending",
      label: "集計中",
    });
    expect(classifyStatus(achievementRate("-", "5件")).label).toBe("-");
  });

  test("no rate (zero target) gives 算定不可 with the error code", () => {
    expect(classifyStatus(achievementRate(5, 0))).toEqual({
      kind: "unrated",
      label: "算定不可",
      code: "target-zero",
    });
  });

  test("the exact rate decides, not the rounded one: 9,999 / 10,000 shows 100.0% but is 概ね達成", () => {
    const rate = achievementRate(9999, 10000);
    expect(classifyStatus(rate).label).toBe("概ね達成");
    expect(classifyStatus(rate, { basis: "rounded" }).label).toBe("達成");
    expect(roundingCrossesBand(ratioOf(rate))).toBe(true);
    expect(roundingCrossesBand(ratioOf(achievementRate(3350, 1600)))).toBe(false);
  });

  test("a bare ratio can be classified too", () => {
    expect(classifyStatus({ numerator: BigInt(4), denominator: BigInt(5) }).label).toBe("概ね達成");
  });
});

describe("configurable thresholds and labels, given as data", () => {
  const letters: StatusBands = { ...DEFAULT_BANDS, thresholds: [1, 0.8, 0.5], labels: ["A", "B", "C", "D"] };
  const symbols: StatusBands = { ...DEFAULT_BANDS, thresholds: [1, 0.8, 0.6], labels: ["◎", "○", "△", "×"] };

  test.each([
    [100, "A"],
    [80, "B"],
    [50, "C"],
    [49.9, "D"],
  ])("A/B/C/D bands: %d%% → %s", (actual, label) => {
    expect(classifyStatus(achievementRate(actual, 100), { bands: letters }).label).toBe(label);
  });

  test.each([
    [120, "◎"],
    [85, "○"],
    [60, "△"],
    [10, "×"],
  ])("◎○△× bands: %d%% → %s", (actual, label) => {
    expect(classifyStatus(achievementRate(actual, 100), { bands: symbols }).label).toBe(label);
  });

  test("a different threshold moves the edge: ≥ 90% for 概ね達成", () => {
    const strict = { ...DEFAULT_BANDS, thresholds: [1, 0.9] };
    expect(classifyStatus(achievementRate(85, 100), { bands: strict }).label).toBe("未達成");
  });
});

describe("parseStatus reads published labels back", () => {
  test.each([
    ["達成", 0, false],
    ["概ね達成", 1, false],
    ["未達成", 2, false],
    ["達成見込み", 0, true],
    ["概ね達成見込み", 1, true],
    ["未達成見込み", 2, true],
    ["達成見込", 0, true],
    [" 概ね達成 見込み ", 1, true],
  ])("%j → band %d, projected %s", (label, band, projected) => {
    expect(parseStatus(label)).toEqual({ kind: "band", band, projected });
  });

  test("full-width and half-width letter labels read the same (Ａ = A, ｂ = B)", () => {
    const letters: StatusBands = {
      ...DEFAULT_BANDS,
      thresholds: [1, 0.8, 0.5],
      labels: ["A", "B", "C", "D"],
    };
    expect(parseStatus("Ａ", letters)).toEqual({ kind: "band", band: 0, projected: false });
    expect(parseStatus("ｂ見込み", letters)).toEqual({ kind: "band", band: 1, projected: true });
  });

  test("集計中 is pending, - is a dash, #VALUE! and other text are not statuses", () => {
    expect(parseStatus("集計中")).toEqual({ kind: "pending" });
    expect(parseStatus("-")).toEqual({ kind: "dash" });
    expect(parseStatus("#VALUE!")).toBeNull();
    expect(parseStatus("見込み")).toBeNull();
    expect(parseStatus(null)).toBeNull();
    expect(parseStatus(3)).toBeNull();
  });

  test("classify → parse round trip for every band, projected or not", () => {
    for (const [actual, band] of [
      [100, 0],
      [90, 1],
      [10, 2],
    ] as const) {
      for (const projected of [false, true]) {
        const status = classifyStatus(achievementRate(actual, 100), { projected });
        expect(parseStatus(status.label)).toEqual({ kind: "band", band, projected });
      }
    }
  });
});
