import fc from "fast-check";
import {
  KNOWN_BASE_UNITS,
  decimalToString,
  formatNumber,
  parseValue,
  type NumberValue,
  type ParsedValue,
} from "../../src/core";

const PROPERTY_RUNS = { numRuns: 10_000 };

function expectNumber(parsed: ParsedValue): NumberValue {
  expect(parsed.kind).toBe("number");
  return parsed as NumberValue;
}

describe("parseValue: number + unit as cities type them (domain.md, Values)", () => {
  test.each([
    ["1,600件", 1600, "件"],
    ["5,096人", 5096, "人"],
    ["12事業", 12, "事業"],
    ["43イベント", 43, "イベント"],
    ["350店", 350, "店"],
    ["8社", 8, "社"],
    ["3回", 3, "回"],
    ["120ポイント", 120, "ポイント"],
  ])("%s → %d %s, a counting unit that is its own base", (text, value, unit) => {
    const parsed = expectNumber(parseValue(text));
    expect(parsed).toMatchObject({ value, unit, baseUnit: unit, scale: 1, percent: false });
    expect(parsed.issues).toEqual(["text-number"]);
  });

  test("30.0% and 30% are percentages: 30 as written, base value 0.3, decimals kept", () => {
    const withDecimal = expectNumber(parseValue("30.0%"));
    expect(withDecimal).toMatchObject({ value: 30, unit: "%", percent: true, scale: 0.01, baseUnit: "" });
    expect(decimalToString(withDecimal.decimal)).toBe("30.0");
    expect(expectNumber(parseValue("30%")).value).toBe(30);
  });

  test.each([
    ["130,000千円", 130000, "千円", "円", 1000],
    ["2百万円", 2, "百万円", "円", 1_000_000],
    ["3億円", 3, "億円", "円", 100_000_000],
    ["5万人", 5, "万人", "人", 10000],
  ])("scaled unit %s → %d %s in base unit %s × %d", (text, value, unit, baseUnit, scale) => {
    expect(expectNumber(parseValue(text))).toMatchObject({ value, unit, baseUnit, scale });
  });

  test("an unknown unit is kept as written, is its own base, and is flagged", () => {
    const parsed = expectNumber(parseValue("7羽"));
    expect(parsed).toMatchObject({ value: 7, unit: "羽", baseUnit: "羽", scale: 1 });
    expect(parsed.issues).toContain("unknown-unit");
  });

  test("a numeric cell is a number without unit and without issues", () => {
    expect(parseValue(3350)).toMatchObject({ kind: "number", value: 3350, unit: "", issues: [] });
    expect(decimalToString(expectNumber(parseValue(0.3)).decimal)).toBe("0.3");
  });

  test("NaN and Infinity in a numeric cell are invalid, not numbers", () => {
    expect(parseValue(Number.NaN)).toMatchObject({ kind: "invalid", code: "not-finite" });
    expect(parseValue(Number.POSITIVE_INFINITY)).toMatchObject({ kind: "invalid", code: "not-finite" });
  });
});

describe("parseValue: annotated numbers", () => {
  test("0人(中止) is 0 with the note 中止 (the event was cancelled)", () => {
    expect(parseValue("0人(中止)")).toMatchObject({ kind: "number", value: 0, unit: "人", note: "中止" });
  });

  test("11イベント(令和2年度) 41イベント(令和元年度): two numbers, so no number (issue 14: no leading-number truncation)", () => {
    expect(parseValue("11イベント(令和2年度) 41イベント(令和元年度)")).toMatchObject({
      kind: "invalid",
      code: "multiple-numbers",
    });
  });

  test("109,836人 (令和元年度調査結果。…): digits inside the remark are not a second number", () => {
    const parsed = expectNumber(parseValue("109,836人 (令和元年度調査結果。令和2年度は調査未実施)"));
    expect(parsed).toMatchObject({
      value: 109836,
      unit: "人",
      note: "令和元年度調査結果。令和2年度は調査未実施",
    });
  });
});

describe("parseValue: placeholders are pending, not zero and not an error", () => {
  test.each([
    ["集計中", "awaiting"],
    ["年度末に調査", "awaiting"],
    ["-", "dash"],
    ["—", "dash"],
    ["ー", "dash"],
    ["－", "dash"],
    ["", "empty"],
    ["   ", "empty"],
  ])("%j → pending (%s), original text kept", (text, placeholder) => {
    expect(parseValue(text)).toEqual({ kind: "pending", text, placeholder });
  });

  test("an empty cell (null or undefined) is pending", () => {
    expect(parseValue(null)).toMatchObject({ kind: "pending", placeholder: "empty" });
    expect(parseValue(undefined)).toMatchObject({ kind: "pending", placeholder: "empty" });
  });
});

describe("parseValue: signs, widths and spaces", () => {
  test("full-width digits and commas: １，６００件 → 1600 件, flagged full-width", () => {
    const parsed = expectNumber(parseValue("１，６００件"));
    expect(parsed).toMatchObject({ value: 1600, unit: "件" });
    expect(parsed.issues).toContain("full-width");
  });

  test("full-width percent and ideographic spaces: 　３０．５％　 → 30.5 %", () => {
    expect(parseValue("　３０．５％　")).toMatchObject({
      kind: "number",
      value: 30.5,
      unit: "%",
      percent: true,
    });
  });

  test.each([
    ["△1,234", -1234],
    ["▲1,234", -1234],
    ["-1,234", -1234],
    ["−5", -5],
    ["+7", 7],
  ])("sign: %s → %d (△ and ▲ are the public-accounting minus)", (text, value) => {
    expect(expectNumber(parseValue(text)).value).toBe(value);
  });

  test("stray spaces around and between number and unit are ignored", () => {
    expect(parseValue("  1,600 件 ")).toMatchObject({ kind: "number", value: 1600, unit: "件" });
  });

  test("a line break inside the cell (Alt+Enter) ends the unit: 1,600件⏎(見込み) → 件 with note 見込み", () => {
    expect(parseValue("1,600件\n(見込み)")).toMatchObject({ kind: "number", unit: "件", note: "見込み" });
  });
});

describe("parseValue: malformed and invalid input", () => {
  test("13,0000 is read as 130000 and flagged malformed-grouping", () => {
    const parsed = expectNumber(parseValue("13,0000"));
    expect(parsed.value).toBe(130000);
    expect(parsed.issues).toContain("malformed-grouping");
  });

  test.each(["1,600", "12,345,678", "1,600.5"])("%s is well-formed grouping", (text) => {
    expect(expectNumber(parseValue(text)).issues).not.toContain("malformed-grouping");
  });

  test.each(["1,60", "1234,567", "1,2345,678"])("%s is malformed grouping", (text) => {
    expect(expectNumber(parseValue(text)).issues).toContain("malformed-grouping");
  });

  test.each(["abc", "令和3年度新規", "約100人", "△"])(
    "%s is invalid (not-a-number) with its text",
    (text) => {
      expect(parseValue(text)).toEqual({ kind: "invalid", code: "not-a-number", text });
    },
  );

  test("booleans are invalid: TRUE/FALSE is never a KPI value", () => {
    expect(parseValue(true)).toEqual({ kind: "invalid", code: "boolean", text: "TRUE" });
    expect(parseValue(false)).toEqual({ kind: "invalid", code: "boolean", text: "FALSE" });
  });

  test("Excel errors pass through, from an error cell or as text", () => {
    expect(parseValue({ error: "#VALUE!" })).toEqual({ kind: "error", code: "#VALUE!" });
    expect(parseValue("#DIV/0!")).toEqual({ kind: "error", code: "#DIV/0!" });
    expect(parseValue("#n/a")).toEqual({ kind: "error", code: "#N/A" });
  });

  test("a number too large for a double is out-of-range, not Infinity", () => {
    expect(parseValue("9".repeat(400))).toMatchObject({ kind: "invalid", code: "out-of-range" });
    expect(parseValue("1e999")).toMatchObject({ kind: "invalid", code: "out-of-range" });
  });

  test("more than 15 digits keep the exact decimal", () => {
    const parsed = expectNumber(parseValue("12,345,678,901,234,567.89"));
    expect(decimalToString(parsed.decimal)).toBe("12345678901234567.89");
  });
});

describe("parseValue: no catastrophic backtracking", () => {
  const size = 100_000;
  test.each([
    ["digits", "1".repeat(size)],
    ["grouped digits", `1${",000".repeat(size / 4)}`],
    ["malformed grouping", "1,0".repeat(size / 3)],
    ["a long fraction", `0.${"0".repeat(size)}1`],
    ["a number and a long remark", `1人${"(".repeat(size)}`],
    ["text", "あ".repeat(size)],
    ["dashes", "-".repeat(size)],
    ["spaces then a digit", `${" ".repeat(size)}5`],
    ["a long unit", `5${"件".repeat(size)}`],
  ])("a 100,000-character input (%s) parses in well under a second", (_shape, text) => {
    const started = performance.now();
    expect(() => parseValue(text)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("parseValue properties", () => {
  const anyCell = fc.oneof(
    fc.string({ unit: "grapheme" }),
    fc.string({ unit: "binary" }),
    fc.string({ unit: fc.constantFrom(..."0123456789,.%-△▲ー－１２，％()（）eE+ 件千円万人集計中#VALUE!") }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
  );

  test("parseValue never throws on any string, number, boolean or null, and always gives a known kind", () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        expect(["number", "pending", "error", "invalid"]).toContain(parseValue(cell).kind);
      }),
      PROPERTY_RUNS,
    );
  });

  test("a parsed number's value is always finite", () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const parsed = parseValue(cell);
        if (parsed.kind === "number") expect(Number.isFinite(parsed.value)).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });

  const units = fc.constantFrom("", "%", "千円", "百万円", "億円", "万人", ...KNOWN_BASE_UNITS);
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

  test("formatting a number with a unit and parsing it back gives the number and the unit", () => {
    fc.assert(
      fc.property(
        finite,
        units,
        fc.constantFrom("minus" as const, "triangle" as const),
        (n, unit, negative) => {
          const parsed = expectNumber(parseValue(formatNumber(n, unit, { negative })));
          expect(parsed.value).toBe(n === 0 ? 0 : n);
          expect(parsed.unit).toBe(unit);
        },
      ),
      PROPERTY_RUNS,
    );
  });
});
