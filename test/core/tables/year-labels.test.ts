import { classifyLabel } from "../../../src/core/tables/vocabulary";

function periodOf(text: string) {
  const label = classifyLabel(text);
  if (label.kind !== "period" && label.kind !== "period-role") throw new Error(`${text}: ${label.kind}`);
  return label.period;
}

describe("year ranges and calendar years in headers", () => {
  test.each([
    ["R3～R5", "R3～R5", 2021, 2023],
    ["R6〜R8", "R6〜R8", 2024, 2026],
    ["H23-27", "H23-27", 2011, 2015],
    ["2021-2023", "2021-2023", 2021, 2023],
    ["平成23年度～平成27年度", "平成23年度～平成27年度", 2011, 2015],
  ])("%s is one period from its first year to its last", (text, label, first, last) => {
    expect(periodOf(text)).toEqual(expect.objectContaining({ label, firstYear: first, fiscalYear: last }));
  });

  test("a range with a role after it is that role's period", () => {
    expect(classifyLabel("H23-27目標")).toEqual(
      expect.objectContaining({ kind: "period-role", role: "target" }),
    );
  });

  test.each(["R5-R3", "2021-2050", "H27-23"])("%s is no range (backwards or too long)", (text) => {
    const label = classifyLabel(text);
    expect(label.kind === "period" && label.period.firstYear !== undefined).toBe(false);
  });

  test("年 without 度 is a calendar year, 年度 and bare era years are fiscal", () => {
    expect(periodOf("2021年").calendar).toBe(true);
    expect(periodOf("令和3年").calendar).toBe(true);
    expect(periodOf("2021年度").calendar).toBeUndefined();
    expect(periodOf("R3").calendar).toBeUndefined();
  });
});
