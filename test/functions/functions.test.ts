/**
 * Each =KPI.* function of the BUILT bundle, called as Excel calls it: matrix parameters arrive as 2-D
 * arrays (a single cell as a 1×1 array), empty cells as `null` or `""`, omitted arguments as `null`, errors
 * as `CustomFunctions.Error`s.
 */
import { BUILD_TIMEOUT_MS, loadFunctions, type CustomFunction } from "./bundle";
import { StubError } from "./stub";

type Functions = Map<string, CustomFunction>;
let ja: Functions;
let en: Functions;

beforeAll(async () => {
  ja = await loadFunctions();
  en = await loadFunctions({ displayLanguage: "en-US" });
}, BUILD_TIMEOUT_MS);

/** Wraps each scalar argument in a 1×1 range, as Excel passes a single cell to a matrix parameter. */
const asRange = (arg: unknown) => (Array.isArray(arg) || arg === null ? arg : [[arg]]);

/** Calls a function of the Japanese instance with Excel-shaped arguments; a 1×1 result is unwrapped. */
function kpi(id: string, ...args: unknown[]): unknown {
  return single(call(ja, id, args));
}

function call(functions: Functions, id: string, args: unknown[]): unknown {
  const fn = functions.get(id);
  if (fn === undefined) throw new Error(`${id} is not registered`);
  return fn(...args.map(asRange));
}

function single(result: unknown): unknown {
  return Array.isArray(result) && result.length === 1 && result[0].length === 1 ? result[0][0] : result;
}

/** What a cell shows when it holds `#VALUE!` with a message. */
const valueError = (message: string | RegExp) =>
  expect.objectContaining({
    code: "#VALUE!",
    message: typeof message === "string" ? message : expect.stringMatching(message),
  });

describe("KPI.RATE", () => {
  it.each([
    ["a count with its unit", "3,350件", "1,600件", 2.09375],
    ["scaled units of one kind", "130,000千円", "100,000,000円", 1.3],
    ["full-width digits and commas", "１，６００件", 1600, 1],
    ["percentages, exactly", "44.8%", "56.0%", 0.8],
    ["numbers", 23, 80, 0.2875],
    ["an annotated number", "0人(中止)", "1,400人", 0],
  ])("%s", (_name, actual, target, expected) => {
    expect(kpi("RATE", actual, target)).toBe(expected);
  });

  it.each([
    ["集計中", "集計中"],
    ["年度末に調査", "集計中"],
    [null, "集計中"],
    ["", "集計中"],
    ["-", "-"],
  ])("a pending actual %j gives %j, never an error", (actual, expected) => {
    expect(kpi("RATE", actual, "5件")).toBe(expected);
  });

  it("reports units of different kinds", () => {
    expect(kpi("RATE", "5人", "5件")).toEqual(valueError("算定不可：単位が異なります（人 / 件）。"));
  });

  it.each([0, "0件", null, "", "集計中"])("reports a zero or empty target (%j)", (target) => {
    expect(kpi("RATE", "5件", target)).toEqual(valueError("算定不可：目標値が0または空です。"));
  });

  it("quotes text it cannot read", () => {
    expect(kpi("RATE", "abc", 5)).toEqual(valueError(/「abc」/));
    expect(kpi("RATE", 5, "令和3年度新規")).toEqual(valueError(/「令和3年度新規」/));
    expect(kpi("RATE", true, 5)).toEqual(valueError(/TRUE/));
  });

  it("gives an Excel error passed in back unchanged", () => {
    const error = new StubError("#N/A");
    expect(kpi("RATE", error, 5)).toBe(error);
    expect(kpi("RATE", 5, [[error]])).toBe(error);
  });

  it("takes error text typed into a cell as that error", () => {
    expect(kpi("RATE", "#DIV/0!", 5)).toEqual(new StubError("#DIV/0!"));
  });

  it.each([
    ["down", null, 1.25],
    ["減少", null, 1.25],
    ["down", "diff", 1.2],
    ["keep", null, 0.8],
    ["維持", null, 0.8],
    ["UP", null, 0.8],
  ])("direction %j, method %j", (direction, method, expected) => {
    expect(kpi("RATE", 80, 100, direction, method)).toBe(expected);
  });

  it("rejects an unknown direction or method, quoting it", () => {
    expect(kpi("RATE", 80, 100, "sideways")).toEqual(valueError(/「sideways」/));
    expect(kpi("RATE", 80, 100, "down", "baseline")).toEqual(valueError(/KPI\.進捗率/));
  });

  it("spills over ranges, with options per row", () => {
    const rates = kpi("RATE", [[80], [80], ["集計中"]], [[100]], [["up"], ["down"], ["down"]]);
    expect(rates).toEqual([[0.8], [1.25], ["集計中"]]);
  });

  it("speaks English when Office's display language is English", () => {
    expect(single(call(en, "RATE", ["5人", "5件"]))).toEqual(
      valueError("Not computable: the units differ (人 / 件)."),
    );
    expect(single(call(en, "RATE", ["5件", 0]))).toEqual(
      valueError("Not computable: the target is 0 or empty."),
    );
  });
});

describe("KPI.PROGRESS", () => {
  it("is (actual − baseline) ÷ (target − baseline)", () => {
    expect(kpi("PROGRESS", 60, 100, 40)).toBe(1 / 3);
    expect(kpi("PROGRESS", [["16%", "19%"]], "22%", "13%")).toEqual([[1 / 3, 2 / 3]]);
  });

  it("has no rate when the baseline is missing or equals the target", () => {
    expect(kpi("PROGRESS", 60, 100, null)).toEqual(valueError(/基準値/));
    expect(kpi("PROGRESS", 60, 100, 100)).toEqual(valueError(/基準値と目標値が同じ/));
  });
});

describe("KPI.CUMRATE", () => {
  it("divides the actuals reported so far by all planned targets", () => {
    expect(kpi("CUMRATE", [[5, 7, null, "集計中", ""]], [[4, 7, 15, 25, 35]])).toBe(12 / 86);
  });

  it("leaves empty target cells out, as SUM does", () => {
    expect(kpi("CUMRATE", [[5, 7]], [[4, 7, null, ""]])).toBe(12 / 11);
  });

  it("is pending while nothing is reported", () => {
    expect(kpi("CUMRATE", [[null, "集計中"]], [[4, 7]])).toBe("集計中");
  });

  it("throws typed errors, as a single-cell function must", () => {
    expect(() => kpi("CUMRATE", [[5]], [[0]])).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: "算定不可：目標値が0または空です。" }),
    );
    expect(() => kpi("CUMRATE", [["5人"]], [["5件"]])).toThrow(
      expect.objectContaining({ message: "算定不可：単位が異なります（人 / 件）。" }),
    );
    const error = new StubError("#REF!");
    const thrown = (() => {
      try {
        return kpi("CUMRATE", [[5, error]], [[4]]);
      } catch (e) {
        return e;
      }
    })();
    expect(thrown).toBe(error);
  });
});

describe("KPI.STATUS", () => {
  it.each([
    [7, 7, null, "達成"],
    [16, 20, null, "概ね達成"],
    ["44.8%", "56.0%", null, "概ね達成"],
    [9999, 10000, null, "概ね達成"],
    [15, 20, null, "未達成"],
    [16, 20, true, "概ね達成見込み"],
    [16, 20, "見込み", "概ね達成見込み"],
    [16, 20, 1, "概ね達成見込み"],
    [16, 20, "確定", "概ね達成"],
    ["集計中", 20, true, "集計中"],
    [null, 20, false, "集計中"],
    ["-", 20, false, "-"],
  ])("%j of %j (projected %j) is %j", (actual, target, projected, expected) => {
    expect(kpi("STATUS", actual, target, projected)).toBe(expected);
  });

  it("follows the direction", () => {
    expect(kpi("STATUS", 3, 4, false, "down")).toBe("達成");
    expect(kpi("STATUS", 5, 4, false, "減少")).toBe("概ね達成");
  });

  it("rejects a projected flag it cannot read, and reports real errors", () => {
    expect(kpi("STATUS", 1, 1, "maybe")).toEqual(valueError(/「maybe」/));
    expect(kpi("STATUS", "5人", "5件")).toEqual(valueError("算定不可：単位が異なります（人 / 件）。"));
  });
});

describe("KPI.BAND", () => {
  it("uses 004's bands by default, on fractions or percentages", () => {
    expect(kpi("BAND", [[1, 0.95, "95%", 0.5, "集計中"]])).toEqual([
      ["達成", "概ね達成", "概ね達成", "未達成", "集計中"],
    ]);
    expect(kpi("BAND", 0.8, true)).toBe("概ね達成見込み");
  });

  it("takes thresholds and labels as data", () => {
    const thresholds = [[1, 0.8, 0.5]];
    const labels = [["A", "B", "C", "D"]];
    expect(kpi("BAND", [[1.2, 0.8, 0.6, 0.4]], false, thresholds, labels)).toEqual([["A", "B", "C", "D"]]);
    expect(kpi("BAND", 0.6, true, thresholds, labels)).toBe("C見込み");
    expect(kpi("BAND", 0.9, false, [["100%"], ["80%"]], [["◎"], ["○"], ["△"]])).toBe("○");
  });

  it("rejects bands that are not in order or do not match their labels", () => {
    expect(kpi("BAND", 0.9, false, [[0.8, 1]])).toEqual(valueError(/大きい順/));
    expect(kpi("BAND", 0.9, false, [[1, 0.8, 0.5]])).toEqual(valueError(/境界値 3 個、区分名 3 個/));
    expect(kpi("BAND", 0.9, false, null, [["A", "B"]])).toEqual(valueError(/境界値 2 個、区分名 2 個/));
  });

  it("holds thresholds to the settings reader's rule: above 0 and strictly descending", () => {
    expect(kpi("BAND", 0.9, false, [[1, 0]])).toEqual(valueError(/大きい順/));
    expect(kpi("BAND", 0.9, false, [[1, 1]])).toEqual(valueError(/大きい順/));
    expect(kpi("BAND", 0.9, false, [[1, -0.5]])).toEqual(valueError(/大きい順/));
  });

  it("rejects a value that is not a rate", () => {
    expect(kpi("BAND", "5件")).toEqual(valueError(/「5件」/));
  });

  it("reads a numeric rate as Excel shows it, at 15 significant digits, so float noise never drops a band", () => {
    // Each is a double just below its band edge that Excel shows as exactly 80% or 100%.
    expect([0.448 / 0.56, (0.8 * 0.7) / 0.7, 0.1 + 0.7]).toEqual([
      0.7999999999999999, 0.7999999999999999, 0.7999999999999999,
    ]);
    expect(kpi("BAND", [[0.448 / 0.56, (0.8 * 0.7) / 0.7, 0.1 + 0.7, 0.3 * 3 + 0.1]])).toEqual([
      ["概ね達成", "概ね達成", "概ね達成", "達成"],
    ]);
    expect(kpi("BAND", 0.448 / 0.56, true)).toBe("概ね達成見込み");
    expect(kpi("BAND", kpi("RATE", "44.8%", "56.0%"))).toBe("概ね達成");
  });

  it("still puts a rate that is below the edge at 15 significant digits in the lower band", () => {
    expect(kpi("BAND", [[0.799999999999999, 0.999999999999999]])).toEqual([["未達成", "概ね達成"]]);
  });

  it("reads numeric thresholds at 15 significant digits too", () => {
    const thresholds = [[(0.1 * 3) / 0.3, (0.8 * 3) / 3]];
    expect(thresholds).toEqual([[1.0000000000000002, 0.8000000000000002]]);
    expect(kpi("BAND", [[1, 0.8]], false, thresholds)).toEqual([["達成", "概ね達成"]]);
  });
});

describe("KPI.VALUE and KPI.UNIT", () => {
  it.each([
    ["1,600件", null, 1600],
    ["130,000千円", null, 130000],
    ["130,000千円", "円", 130000000],
    ["130,000,000円", "千円", 130000],
    ["30.0%", null, 0.3],
    ["30%", "%", 30],
    ["△1,234", null, -1234],
    ["１２", null, 12],
    [1600, "件", 1600],
    [130000, "千円", 130],
    [0.3, "%", 30],
    ["集計中", null, "集計中"],
    ["-", null, "-"],
    [null, null, ""],
  ])("KPI.VALUE(%j, %j) is %j", (cell, unit, expected) => {
    expect(kpi("VALUE", cell, unit)).toBe(expected);
  });

  it("reports units of another kind, units it cannot read, and text that is no number", () => {
    expect(kpi("VALUE", "5人", "円")).toEqual(valueError("算定不可：単位が異なります（人 / 円）。"));
    expect(kpi("VALUE", "5人", "2人")).toEqual(valueError(/「2人」は単位として使えません/));
    expect(kpi("VALUE", "abc")).toEqual(valueError(/「abc」/));
  });

  it.each([
    ["1,600件", "件"],
    ["130,000千円", "千円"],
    ["30.0%", "%"],
    [12, ""],
    ["集計中", ""],
    [null, ""],
  ])("KPI.UNIT(%j) is %j", (cell, expected) => {
    expect(kpi("UNIT", cell)).toBe(expected);
  });
});

describe("KPI.FISCALYEAR and KPI.WAREKI", () => {
  it.each([
    ["R5", 2023],
    ["令和5年度", 2023],
    ["令和元年度", 2019],
    ["平成31年度", 2019],
    ["H28", 2016],
    ["2016 (28) 年度", 2016],
    ["Ｒ５", 2023],
    [2016, 2016],
    [null, ""],
  ])("KPI.FISCALYEAR(%j) is %j", (label, expected) => {
    expect(kpi("FISCALYEAR", label)).toBe(expected);
  });

  it("quotes what is not a fiscal year", () => {
    expect(kpi("FISCALYEAR", "R0")).toEqual(valueError(/R0/));
    expect(kpi("FISCALYEAR", "abc")).toEqual(valueError(/「abc」/));
  });

  it.each([
    [2023, null, "令和5年度"],
    [2023, "short", "R5"],
    [2023, "略", "R5"],
    [2019, null, "令和元年度"],
    ["H31", null, "令和元年度"],
    [2016, "western", "2016年度"],
  ])("KPI.WAREKI(%j, %j) is %j", (year, style, expected) => {
    expect(kpi("WAREKI", year, style)).toBe(expected);
  });

  it("spills and rejects an unknown style", () => {
    expect(kpi("WAREKI", [[2021, 2022, 2023]], "short")).toEqual([["R3", "R4", "R5"]]);
    expect(kpi("WAREKI", 2023, "fancy")).toEqual(valueError(/「fancy」/));
  });
});

describe("KPI.SUMMARY", () => {
  it("counts the four categories first, 見込み in its band, then other labels; blanks are skipped", () => {
    const statuses = [["達成"], ["達成見込み"], [null], [""], ["未達成"], ["集計中"], ["A"], ["-"], ["A"]];
    expect(kpi("SUMMARY", statuses)).toEqual([
      ["達成", 2],
      ["概ね達成", 0],
      ["未達成", 1],
      ["集計中", 1],
      ["A", 2],
      ["-", 1],
    ]);
  });

  it("gives an Excel error in the range back", () => {
    const error = new StubError("#N/A");
    expect(kpi("SUMMARY", [["達成"], [error]])).toBe(error);
  });
});

/**
 * With `allowErrorForDataTypeAny` and `allowCustomDataForDataTypeAny` in the metadata (test/functions/metadata.test.ts
 * checks the built files), Excel passes error cells and data type values into a range argument; each position
 * gets its own result.
 */
describe("error cells and data types inside ranges", () => {
  const image = {
    type: "WebImage",
    address: "https://example.invalid/a.png",
    basicType: "Error",
    basicValue: "#VALUE!",
  };

  it("an error cell gives that position its error, the rest of the spill computes", () => {
    const na = new StubError("#N/A");
    const result = call(ja, "RATE", [
      [["1,600件"], [na], ["800件"]],
      [[1600], [1600], [1600]],
    ]);
    expect(result).toEqual([[1], [na], [0.5]]);
  });

  it("reads an entity or linked entity by the text it shows, a formatted number by its number", () => {
    const linked = { type: "LinkedEntity", text: "1,600件", basicType: "Error", basicValue: "#VALUE!" };
    const formatted = { type: "FormattedNumber", basicValue: 800, numberFormat: "#,##0" };
    expect(call(ja, "RATE", [[[linked], [formatted]], 1600])).toEqual([[1], [0.5]]);
    const place = { type: "LinkedEntity", text: "Tokyo", basicType: "Error", basicValue: "#VALUE!" };
    expect(single(call(ja, "RATE", [place, 1600]))).toEqual(valueError(/「Tokyo」/));
  });

  it("says plainly that a data type without a value (an image) cannot be read, at its position only", () => {
    expect(call(ja, "VALUE", [[["1,600件"], [image]]])).toEqual([
      [1600],
      [valueError("このデータ型（画像など）の値は読めません。値を数値か文字列で入力してください")],
    ]);
    expect(call(en, "SUMMARY", [[["達成"], [image]]])).toEqual([[valueError(/data type/)]]);
  });
});
