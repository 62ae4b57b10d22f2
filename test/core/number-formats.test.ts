import fc from "fast-check";
import {
  isCleanNumber,
  parseValue,
  percentFormat,
  percentFormatDecimals,
  storedNumber,
  unitNumberFormat,
  writtenNumberFormat,
  type NumberValue,
} from "../../src/core";

const number = (text: string) => parseValue(text) as NumberValue;

test("a written number's format keeps its unit and the decimals as written", () => {
  expect(writtenNumberFormat(number("1,600件"))).toBe('#,##0"件"');
  // Issue 14: the stored number is the base quantity (円); a scaling comma shows it in 千円.
  expect(writtenNumberFormat(number("130,000千円"))).toBe('#,##0,"千円"');
  expect(writtenNumberFormat(number("2百万円"))).toBe('#,##0,,"百万円"');
  expect(writtenNumberFormat(number("12.5人"))).toBe('#,##0.0"人"');
  expect(writtenNumberFormat(number("42"))).toBe("#,##0");
  expect(writtenNumberFormat(number("12.5%"))).toBe("0.0%");
  expect(writtenNumberFormat(number("30%"))).toBe("0%");
});

test("an indicator's unit format: % as a fraction with one decimal unless told, others quoted", () => {
  expect(unitNumberFormat("%")).toBe("0.0%");
  expect(unitNumberFormat("%", 0)).toBe("0%");
  expect(unitNumberFormat("%", 2)).toBe("0.00%");
  expect(unitNumberFormat("件")).toBe('#,##0"件"');
  expect(unitNumberFormat('a"b', 1)).toBe('#,##0.0"ab"');
  expect(unitNumberFormat("")).toBe("#,##0");
});

test("percent formats and the decimals they show are inverse", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 6 }), (d) => percentFormatDecimals(percentFormat(d)) === d),
  );
  expect(percentFormatDecimals('#,##0"件"')).toBeNull();
  expect(percentFormatDecimals(null)).toBeNull();
});

test("a stored number is the quantity in its base unit: a percentage as a fraction, 千円 in 円", () => {
  expect(storedNumber(number("30%"))).toBe(0.3);
  expect(storedNumber(number("12.5%"))).toBe(0.125);
  expect(storedNumber(number("130,000千円"))).toBe(130000000);
  expect(storedNumber(number("1,600件"))).toBe(1600);
});

test("clean numbers: nothing doubtful, so storing them as numbers changes nothing a reader sees", () => {
  expect(isCleanNumber(parseValue("1,600件"))).toBe(true);
  expect(isCleanNumber(parseValue("1,00件"))).toBe(false);
  expect(isCleanNumber(parseValue("1,600件 2,000件"))).toBe(false);
  expect(isCleanNumber(parseValue("1.2万人"))).toBe(false); // no format shows a 10^4 scale
  expect(isCleanNumber(parseValue("集計中"))).toBe(false);
});
