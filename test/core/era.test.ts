/** Fiscal years (docs/domain.md, Fiscal years). */
import fc from "fast-check";
import {
  formatFiscalYear,
  parseFiscalYear,
  parseFiscalYearLabel,
  type FiscalYearStyle,
} from "../../src/core";

describe("parseFiscalYear: the forms officials write", () => {
  test.each([
    ["R5", 2023],
    ["令和5年度", 2023],
    ["令和元年度", 2019],
    ["R1", 2019],
    ["H28", 2016],
    ["平成28年度", 2016],
    ["h28", 2016],
    ["H.28", 2016],
    ["2016", 2016],
    ["2016年度", 2016],
    ["2016 (28) 年度", 2016],
    ["2015 (27) 年度", 2015],
    ["2016(H28)年度", 2016],
    ["FY2016", 2016],
    ["FY 2016", 2016],
    ["Ｒ５", 2023],
    ["令和５年度", 2023],
    ["２０１６年度", 2016],
    ["ＦＹ２０１６", 2016],
    ["平成元年度", 1989],
    ["昭和63年度", 1988],
    [2016, 2016],
  ])("%j → %d", (input, year) => {
    expect(parseFiscalYear(input)).toMatchObject({ ok: true, year });
  });

  test("平成31年度 and 令和元年度 are the same fiscal year 2019 (the era changed on 1 May 2019)", () => {
    expect(parseFiscalYear("平成31年度")).toEqual({ ok: true, year: 2019 });
    expect(parseFiscalYear("令和元年度")).toEqual({ ok: true, year: 2019 });
    expect(parseFiscalYear("H31")).toEqual({ ok: true, year: 2019 });
  });

  test("H32 is valid and = 2020 (plans written before the era change), flagged extendedEra", () => {
    expect(parseFiscalYear("H32")).toEqual({ ok: true, year: 2020, extendedEra: true });
    expect(parseFiscalYear("平成32年度")).toEqual({ ok: true, year: 2020, extendedEra: true });
  });

  test("2019 (31) 年度 and 2019 (1) 年度 are both consistent", () => {
    expect(parseFiscalYear("2019 (31) 年度")).toMatchObject({ ok: true, year: 2019 });
    expect(parseFiscalYear("2019 (1) 年度")).toMatchObject({ ok: true, year: 2019 });
  });

  test.each([
    ["R0", "era-year-out-of-range"],
    ["令和0年度", "era-year-out-of-range"],
    ["2016 (27) 年度", "inconsistent-era"],
    ["1800", "year-out-of-range"],
    ["abc", "unrecognized"],
    ["28", "unrecognized"],
    ["R", "unrecognized"],
    ["", "empty"],
    [null, "empty"],
    [true, "unrecognized"],
    [2016.5, "unrecognized"],
    [{ error: "#VALUE!" }, "unrecognized"],
    ["令和3年度実績", "trailing-text"],
  ] as const)("%j is a typed error %s, not a guess", (input, code) => {
    expect(parseFiscalYear(input)).toEqual({ ok: false, code });
  });
});

describe("parseFiscalYearLabel: header labels with a suffix, for table detection", () => {
  test.each([
    ["令和3年度実績", 2021, "実績"],
    ["令和3年度予定", 2021, "予定"],
    ["令和2年度実績", 2020, "実績"],
    ["2019年度増加分", 2019, "増加分"],
    ["R5見込", 2023, "見込"],
    ["令和5年度", 2023, ""],
  ])("%s → %d + %j", (label, year, suffix) => {
    expect(parseFiscalYearLabel(label)).toEqual({ ok: true, year, suffix });
  });

  test("a label that does not start with a year is not one (目標, 累計, Rate)", () => {
    for (const label of ["目標", "累計", "Rate", "KPI増加分の累計"]) {
      expect(parseFiscalYearLabel(label).ok).toBe(false);
    }
  });
});

describe("formatFiscalYear", () => {
  test.each([
    [2023, "wareki", "令和5年度"],
    [2023, "short", "R5"],
    [2023, "western", "2023年度"],
    [2019, "wareki", "令和元年度"],
    [2019, "short", "R1"],
    [2016, "wareki", "平成28年度"],
    [2016, "short", "H28"],
    [1989, "wareki", "平成元年度"],
  ] as const)("%d as %s → %s", (year, style, text) => {
    expect(formatFiscalYear(year, style)).toBe(text);
  });

  test("fiscal year format → parse round-trips for every year 1989–2100 in every style (property)", () => {
    const styles: FiscalYearStyle[] = ["wareki", "short", "western"];
    fc.assert(
      fc.property(fc.integer({ min: 1989, max: 2100 }), fc.constantFrom(...styles), (year, style) => {
        expect(parseFiscalYear(formatFiscalYear(year, style))).toEqual({ ok: true, year });
      }),
      { numRuns: 10_000 },
    );
  });

  test("every year 1989–2100 round-trips in every style (exhaustive)", () => {
    for (let year = 1989; year <= 2100; year++) {
      for (const style of ["wareki", "short", "western"] as const) {
        expect(parseFiscalYear(formatFiscalYear(year, style))).toEqual({ ok: true, year });
      }
    }
  });
});
