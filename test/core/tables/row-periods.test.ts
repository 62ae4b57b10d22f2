import { rowFiscalYear } from "../../../src/core/tables/row-periods";

describe("the period of a row's period cell", () => {
  test.each([
    ["R5", 2023],
    ["2023年度", 2023],
    ["H28.3", 2015],
    ["H28.4", 2016],
    ["平成28年2月", 2015],
    ["R2/10", 2020],
    ["2016.3", 2015],
    ["2016.35", null],
    ["H28.13", null],
    ["観光入込客数", null],
  ] as const)("%s → %s", (cell, year) => {
    expect(rowFiscalYear(cell)).toBe(year);
  });
});
