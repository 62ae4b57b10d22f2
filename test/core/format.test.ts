/** Numbers displayed as officials write them. */
import {
  addDecimal,
  decimal,
  decimalFromNumber,
  formatNumber,
  parseValue,
  type Decimal,
  type NumberValue,
} from "../../src/core";

describe("formatNumber", () => {
  test.each([
    [1600, "件", "1,600件"],
    [130000, "千円", "130,000千円"],
    [5096, "人", "5,096人"],
    [12, "事業", "12事業"],
    [1234567.5, "", "1,234,567.5"],
    [0, "人", "0人"],
    [-1234, "", "-1,234"],
  ])("%d with unit %j → %s", (value, unit, text) => {
    expect(formatNumber(value, unit)).toBe(text);
  });

  test("a parsed value keeps its unit and its written decimals: 30.0% stays 30.0%", () => {
    expect(formatNumber(parseValue("30.0%") as NumberValue)).toBe("30.0%");
    expect(formatNumber(parseValue("１３０，０００千円") as NumberValue)).toBe("130,000千円");
  });

  test("a unit given explicitly replaces the parsed one", () => {
    expect(formatNumber(parseValue("1600") as NumberValue, "件")).toBe("1,600件");
  });

  test("fractionDigits rounds half away from zero or pads: 209.375 → 209.4, 30 → 30.0", () => {
    expect(formatNumber(209.375, "%", { fractionDigits: 1 })).toBe("209.4%");
    expect(formatNumber(30, "%", { fractionDigits: 1 })).toBe("30.0%");
    expect(formatNumber(-0.05, "", { fractionDigits: 1 })).toBe("-0.1");
    expect(formatNumber(-0.04, "", { fractionDigits: 1 })).toBe("0.0");
  });

  test("negative: triangle writes △ as in public accounts", () => {
    expect(formatNumber(-1234, "千円", { negative: "triangle" })).toBe("△1,234千円");
  });

  test("exact decimals format without float noise: 0.1 + 0.2 as decimals is 0.3", () => {
    const sum = addDecimal(decimalFromNumber(0.1) as Decimal, decimalFromNumber(0.2) as Decimal);
    expect(formatNumber(sum, "")).toBe("0.3");
    expect(formatNumber(decimal(BigInt(12), 20), "")).toBe("1,200,000,000,000,000,000,000");
  });

  test("a number that is not finite formats as empty text", () => {
    expect(formatNumber(Number.NaN, "件")).toBe("");
  });
});
