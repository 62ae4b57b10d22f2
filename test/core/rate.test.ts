/** Achievement, progress and cumulative rates (docs/domain.md, Achievement rate). */
import fc from "fast-check";
import {
  achievementRate,
  classifyStatus,
  cumulativeRate,
  formatRate,
  parseValue,
  progressRate,
  type RateOptions,
  type RateResult,
} from "../../src/core";

const PROPERTY_RUNS = { numRuns: 10_000 };

function percent(result: RateResult): string {
  if (result.kind !== "rate") throw new Error(`expected a rate, got ${JSON.stringify(result.kind)}`);
  return formatRate(result.ratio);
}

describe("directions and methods are explicit inputs", () => {
  test("up (増加型) is the default: actual ÷ target", () => {
    expect(percent(achievementRate("3,350件", "1,600件"))).toBe("209.4%");
    expect(percent(achievementRate("3,350件", "1,600件", { direction: "up" }))).toBe("209.4%");
  });

  test("004 No.1 is higher-is-better although every target is below its baseline: no inference from the numbers", () => {
    // baseline 3,665件, targets 1,600…1,800件: a guesser would call it lower-is-better.
    expect(percent(achievementRate("3,350件", "1,600件"))).toBe("209.4%");
    expect(percent(achievementRate("3,350件", "1,600件", { baseline: "3,665件" }))).toBe("209.4%");
  });

  test("down (減少型) ratio = target ÷ actual, the default method", () => {
    expect(percent(achievementRate(8, 10, { direction: "down" }))).toBe("125.0%");
    expect(percent(achievementRate(8, 10, { direction: "down", method: "ratio" }))).toBe("125.0%");
  });

  test("down ratio with an actual of 0 is the best result: exactly 100% with the note zero-actual-best", () => {
    const result = achievementRate(0, 5, { direction: "down" });
    expect(result).toMatchObject({ kind: "rate", value: 1, note: "zero-actual-best" });
    expect(classifyStatus(result).label).toBe("達成");
  });

  test("down diff = 2 − actual ÷ target", () => {
    expect(percent(achievementRate(12, 10, { direction: "down", method: "diff" }))).toBe("80.0%");
  });

  test("down baseline = (baseline − actual) ÷ (baseline − target), which survives a target of 0", () => {
    expect(percent(achievementRate(3, 0, { direction: "down", method: "baseline", baseline: 10 }))).toBe(
      "70.0%",
    );
  });

  test("keep (維持型) at-least is the up ratio", () => {
    expect(percent(achievementRate(95, 100, { direction: "keep" }))).toBe("95.0%");
    expect(percent(achievementRate(105, 100, { direction: "keep", keep: "at-least" }))).toBe("105.0%");
  });

  test("keep within ±10% tolerance: 100% (達成) inside, reduced by the excess deviation outside", () => {
    const options: RateOptions = { direction: "keep", keep: "tolerance", tolerance: 0.1 };
    expect(percent(achievementRate(108, 100, options))).toBe("100.0%");
    expect(percent(achievementRate(90, 100, options))).toBe("100.0%");
    expect(percent(achievementRate(115, 100, options))).toBe("95.0%");
    expect(classifyStatus(achievementRate(115, 100, options)).label).toBe("概ね達成");
  });

  test("progressRate (進捗率) = (actual − baseline) ÷ (target − baseline)", () => {
    expect(percent(progressRate("29.3%", "30.0%", "27.1%"))).toBe("75.9%");
    expect(percent(progressRate(16, 19, 13))).toBe("50.0%");
  });
});

describe("no rate: typed results, never NaN, Infinity or an exception", () => {
  test("a zero target gives target-zero (算定不可), not #DIV/0!", () => {
    expect(achievementRate(5, 0)).toEqual({ kind: "error", code: "target-zero", operand: "target" });
    expect(achievementRate(5, "0件", { direction: "down", method: "diff" })).toMatchObject({
      code: "target-zero",
    });
  });

  test("an empty or dash target gives target-missing (算定不可)", () => {
    expect(achievementRate(5, null)).toMatchObject({ kind: "error", code: "target-missing" });
    expect(achievementRate(5, "-")).toMatchObject({ kind: "error", code: "target-missing" });
  });

  test("a pending actual (集計中, 年度末に調査, -, empty) gives a pending result with its text", () => {
    expect(achievementRate("集計中", "40.0%")).toEqual({
      kind: "pending",
      text: "集計中",
      placeholder: "awaiting",
    });
    expect(achievementRate("年度末に調査", "30店")).toMatchObject({
      kind: "pending",
      placeholder: "awaiting",
    });
    expect(achievementRate("-", "5件")).toMatchObject({ kind: "pending", placeholder: "dash" });
    expect(achievementRate(null, "5件")).toMatchObject({ kind: "pending", placeholder: "empty" });
  });

  test("an Excel error passes through with its code", () => {
    expect(achievementRate({ error: "#N/A" }, 5)).toEqual({
      kind: "error",
      code: "excel-error",
      operand: "actual",
      excelError: "#N/A",
    });
  });

  test("text that is not a number or a boolean gives invalid-input", () => {
    expect(achievementRate("abc", 5)).toMatchObject({
      kind: "error",
      code: "invalid-input",
      operand: "actual",
    });
    expect(achievementRate(5, true)).toMatchObject({
      kind: "error",
      code: "invalid-input",
      operand: "target",
    });
  });

  test("a baseline method without a baseline, or with baseline = target, is 算定不可", () => {
    expect(progressRate(5, 10, null)).toMatchObject({ code: "baseline-missing" });
    expect(progressRate(5, 10, 10)).toMatchObject({ code: "baseline-equals-target" });
  });

  test("ParsedValue inputs are accepted as well as raw cells", () => {
    expect(percent(achievementRate(parseValue("17事業"), parseValue("16事業")))).toBe("106.3%");
  });
});

describe("units must agree after scaling", () => {
  test("千円 and 円 compare after scaling: 130,000千円 ÷ 100,000,000円 = 130%", () => {
    expect(percent(achievementRate("130,000千円", "100,000,000円"))).toBe("130.0%");
  });

  test("万人 and 人 compare after scaling", () => {
    expect(percent(achievementRate("1.1万人", "10,000人"))).toBe("110.0%");
  });

  test("件 vs 人 is a unit-mismatch error naming both units", () => {
    expect(achievementRate("5件", "4人")).toEqual({
      kind: "error",
      code: "unit-mismatch",
      units: ["件", "人"],
    });
  });

  test("% vs 件 is a unit-mismatch; a bare number agrees with any unit", () => {
    expect(achievementRate("50%", "4件")).toMatchObject({ code: "unit-mismatch" });
    expect(percent(achievementRate("5", "4件"))).toBe("125.0%");
  });

  test("percent indicators use the ratio of the percentages (004 No.4 R3: 80.0% / 70.0% = 114.3%)", () => {
    expect(percent(achievementRate("80.0%", "70.0%"))).toBe("114.3%");
    expect(percent(achievementRate(0.8, "70.0%"))).toBe("114.3%");
  });
});

describe("cumulativeRate (累計) and the three meanings of 累計", () => {
  test("(1) sum of yearly flows (000): reported actuals ÷ all planned targets, 12 / 86 = 14.0%", () => {
    expect(percent(cumulativeRate(["5", "7", null, null, null], ["4", "7", "15", "25", "35"]))).toBe("14.0%");
  });

  test("(2) a stock that accumulates by itself (002: 9 → 13 → 17) is an ordinary ratio per year", () => {
    // 002 成果指標1 新規事業創出件数(累計): R3 target 13, actual 13.
    expect(percent(achievementRate("13", "13"))).toBe("100.0%");
    // Summing the stock's yearly values would double count.
    expect(percent(cumulativeRate(["9", "13"], ["13", "17"]))).not.toBe(percent(achievementRate("13", "13")));
  });

  test("(3) increments over a starting value (001: 13% + 3 + 3 + 3 = 22%): progress against the baseline", () => {
    // 001 KPI-2: 事業開始前 13%, three increments of 3 points, KPI増加分の累計 9.
    expect(percent(progressRate("19%", "22%", "13%"))).toBe("66.7%");
    expect(percent(cumulativeRate(["3", "3"], ["3", "3", "3"]))).toBe("66.7%");
  });

  test("sums are taken in base units: 千円 and 円 mix", () => {
    expect(percent(cumulativeRate(["100千円", "50,000円"], ["300,000円"]))).toBe("50.0%");
  });

  test("no actual reported yet → pending; a missing target → target-missing; no targets → no-targets", () => {
    expect(cumulativeRate([null, "集計中"], ["4", "7"])).toMatchObject({ kind: "pending", text: "集計中" });
    expect(cumulativeRate(["5"], ["4", "-"])).toMatchObject({ code: "target-missing" });
    expect(cumulativeRate(["5"], [])).toMatchObject({ code: "no-targets" });
  });

  test("mixed kinds of unit across years are a unit-mismatch; an Excel error passes through", () => {
    expect(cumulativeRate(["5件", "3人"], ["10件", "10件"])).toMatchObject({ code: "unit-mismatch" });
    expect(cumulativeRate(["5", { error: "#REF!" }], ["10"])).toMatchObject({ excelError: "#REF!" });
  });

  test("targets summing to zero → target-zero", () => {
    expect(cumulativeRate(["5"], ["0", "0"])).toMatchObject({ code: "target-zero" });
  });
});

describe("rates are never NaN or Infinity (properties)", () => {
  const cell = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.constantFrom(
      0,
      -0,
      "0",
      "0件",
      "集計中",
      "-",
      "",
      null,
      true,
      "abc",
      "1e300",
      "1e-300",
      "5%",
      "5千円",
    ),
    fc.string({ unit: fc.constantFrom(..."0123456789.,%-△ 件人千円") }),
  );
  const options: fc.Arbitrary<RateOptions> = fc.record({
    direction: fc.constantFrom("up" as const, "down" as const, "keep" as const),
    method: fc.constantFrom("ratio" as const, "diff" as const, "baseline" as const),
    keep: fc.constantFrom("at-least" as const, "tolerance" as const),
    tolerance: fc.double(),
    baseline: cell,
  });

  function expectFinite(result: RateResult) {
    expect(["rate", "pending", "error"]).toContain(result.kind);
    if (result.kind === "rate") expect(Number.isFinite(result.value)).toBe(true);
  }

  test("achievementRate gives a finite rate or a typed result for any inputs and options", () => {
    fc.assert(
      fc.property(cell, cell, options, (a, t, o) => expectFinite(achievementRate(a, t, o))),
      PROPERTY_RUNS,
    );
  });

  test("progressRate gives a finite rate or a typed result for any inputs", () => {
    fc.assert(
      fc.property(cell, cell, cell, (a, t, b) => expectFinite(progressRate(a, t, b))),
      PROPERTY_RUNS,
    );
  });

  test("cumulativeRate gives a finite rate or a typed result for any inputs", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 6 }), fc.array(cell, { maxLength: 6 }), (a, t) =>
        expectFinite(cumulativeRate(a, t)),
      ),
      PROPERTY_RUNS,
    );
  });
});
