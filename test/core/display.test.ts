/** A cell as Excel displays it: the one formatter every message, preview and summary quotes cells with. */
import fc from "fast-check";
import { displayValue } from "../../src/core";

test.each([
  [0.75, "0.0%", "75.0%"],
  [2.09375, "0.0%", "209.4%"],
  [0.05, "0%", "5%"],
  [1600, '#,##0"件"', "1,600件"],
  [24000, "#,##0", "24,000"],
  [130000000, '#,##0,"千円"', "130,000千円"],
  [12.345, "0.00", "12.35"],
  [0.8, '0.0"%"', "0.8%"],
  [5, '[Red]#,##0"人"', "5人"],
  [1234.5, "[$¥-411]#,##0", "¥1,235"],
  [-1234, '#,##0;"△"#,##0', "△1,234"],
  [-1234, "#,##0", "-1,234"],
  [0, '0;-0;"-"', "-"],
  [45000, "yyyy/m/d", "2023/3/15"],
  [0.46399999999999997, null, "0.464"],
  [0.7999999999999999, "General", "0.8"],
  [1234567, null, "1234567"],
])("%p under %p shows %p", (value, format, shown) => {
  expect(displayValue(value, format)).toBe(shown);
});

test("errors, text, booleans and empty cells show as Excel shows them", () => {
  expect(displayValue({ error: "#VALUE!" }, "0.0%")).toBe("#VALUE!");
  expect(displayValue("集計中", "0.0%")).toBe("集計中");
  expect(displayValue("様", '@"殿"')).toBe("様殿");
  expect(displayValue(true, null)).toBe("TRUE");
  expect(displayValue(null, "0.0%")).toBe("");
});

test("a number never shows more than 10 significant digits, nor a format code, under General or a percent ([-1e10, 1e10])", () => {
  fc.assert(
    fc.property(
      fc.double({ min: -1e10, max: 1e10, noNaN: true }),
      fc.constantFrom(null, "0.0%", "#,##0", '#,##0.0"人"', "0.00"),
      (value, format) => {
        const text = displayValue(value, format);
        expect(text).not.toMatch(/\d\.\d{11,}|#|"|\[/);
        expect(text.replace(/[^0-9]/g, "").replace(/^0+/, "").length).toBeLessThanOrEqual(17);
      },
    ),
  );
});
