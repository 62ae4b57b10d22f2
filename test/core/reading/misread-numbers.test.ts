/**
 * Issue 14, case 4: a number is read right or is an invalid value with a reason, never the leading digits
 * of something else; a negative target of a higher-is-better indicator is a typed error unless configured.
 */
import { achievementRate, message, parseValue, type InvalidValueCode } from "../../../src/core";
import { rateCell, statusCell } from "../../../src/functions/rates";
import { valueCell } from "../../../src/functions/values";

test.each([
  ["1.2万", 12000],
  ["1.2万人", 12000],
  ["3億", 300000000],
  ["5千", 5000],
  ["2百万円", 2000000],
])("%s is a scaled number: %d in base units", (text, base) => {
  const rate = achievementRate(text, base);
  expect(rate).toMatchObject({ kind: "rate", value: 1 });
});

test("KPI.VALUE reads a bare scale as the number it stands for: 1.2万 → 12000", () => {
  expect(valueCell("1.2万", null)).toBe(12000);
  expect(valueCell("1.2万人", null)).toBe(1.2);
  expect(valueCell("1.2万人", "人")).toBe(12000);
});

test.each<[string, InvalidValueCode]>([
  ["1.000.000", "separators"],
  ["1 600", "separators"],
  ["1.5,000", "separators"],
  ["2023/4/1", "date-or-fraction"],
  ["1/2", "date-or-fraction"],
  ["2023-4-1", "date-or-fraction"],
  ["0x10", "digits-after-unit"],
  ["5-", "trailing-sign"],
  ["1,600件 2,000件", "multiple-numbers"],
  ["11イベント(令和2年度) 41イベント(令和元年度)", "multiple-numbers"],
])("%s is invalid (%s), with a message in both languages", (text, code) => {
  expect(parseValue(text)).toEqual({ kind: "invalid", code, text });
  for (const lang of ["ja", "en"] as const) expect(message(`value.${code}`, lang, { text })).toContain(text);
});

test.each([
  ["1,600件", 1600],
  ["1,600 件", 1600],
  ["109,836人 (令和元年度調査結果。令和2年度は調査未実施)", 109836],
  ["1e3", 1000],
  ["△1,234", -1234],
])("%s is still read: %d", (text, value) => {
  expect(parseValue(text)).toMatchObject({ kind: "number", value });
});

test("△600 against △500, higher-is-better: a typed error, not 達成", () => {
  expect(achievementRate("△600", "△500")).toEqual({
    kind: "error",
    code: "target-negative",
    operand: "target",
  });
  // A failure is what the function boundary turns into #VALUE! with the message.
  const failure = { kind: "failure", code: "rate.target-negative" };
  expect(statusCell("△600", "△500", null, null)).toEqual(failure);
  expect(rateCell("△600", "△500", null, null)).toEqual(failure);
  expect(message("rate.target-negative", "ja")).toContain("目標値が負");
});

test("a zero target is a typed error too; a configured rule rates a negative target as actual ÷ target", () => {
  expect(achievementRate(5, 0)).toMatchObject({ kind: "error", code: "target-zero" });
  expect(achievementRate("△600", "△500", { negativeTarget: "ratio" })).toMatchObject({
    kind: "rate",
    value: 1.2,
  });
});

test("the checker rates a negative target as 算定不可 unless the indicator's direction says ratio", async () => {
  const { detectTables, runChecks, evaluateModel, readCheckSettings } = await import("../../../src/core");
  const { cleanRows, gridOf, ROW, COL } = await import("../rules/clean-table");
  const rows = cleanRows();
  rows[ROW.target][COL.R3] = "△500";
  rows[ROW.actual][COL.R3] = "△600";
  const model = detectTables(gridOf(rows));
  const r3 = (given: unknown) => {
    const reading = readCheckSettings(given);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    return evaluateModel(model.tables, reading.settings).find((e) => e.period.label === "R3");
  };
  expect(r3({})?.status?.label).toBe("算定不可");
  const ratio = { directions: { 相談件数: { direction: "up", negativeTarget: "ratio" } } };
  expect(r3(ratio)?.status?.label).toBe("達成");
  expect(runChecks(model).length).toBeGreaterThan(0);
});
