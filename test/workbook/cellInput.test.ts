import fc from "fast-check";
import type { CellValue } from "../../src/core/grid";
import { parseInput } from "../../src/workbook/fakeExcel/coerce";
import { fromExcel, toExcelInput } from "../../src/workbook/office/cellInput";

const roundTrip = (value: CellValue) => parseInput(toExcelInput(value));

test("text Excel would convert is written so that it stays the same text", () => {
  for (const text of [
    "1,600",
    "30.0%",
    "#VALUE!",
    "=A1",
    "TRUE",
    "-",
    "1e3",
    "1,600件",
    "集計中",
    "0人(中止)",
    "'quoted",
  ]) {
    expect(roundTrip(text)).toEqual({ value: text, formula: null });
  }
  fc.assert(
    fc.property(fc.string({ minLength: 1 }), (text) =>
      expect(roundTrip(text)).toEqual({ value: text, formula: null }),
    ),
  );
});

test("numbers, booleans, errors and empty cells round-trip as themselves", () => {
  for (const value of [0, -1.5, 2.09375, true, false, { error: "#N/A" }, null] as CellValue[]) {
    expect(roundTrip(value)).toEqual({ value, formula: null });
  }
});

test('reading: value types decide, formulas are kept, a formula yielding "" is calculated', () => {
  expect(fromExcel("#VALUE!", "#VALUE!", "Error")).toEqual({ value: { error: "#VALUE!" }, formula: null });
  expect(fromExcel("#VALUE!", "#VALUE!", "String")).toEqual({ value: "#VALUE!", formula: null });
  expect(fromExcel("", '=IF(A1,"",1)', "String")).toEqual({ value: "", formula: '=IF(A1,"",1)' });
  expect(fromExcel("", "", "Empty")).toEqual({ value: null, formula: null });
  expect(fromExcel(0, "=A1*0", "Double")).toEqual({ value: 0, formula: "=A1*0" });
});
