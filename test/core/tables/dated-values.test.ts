import { splitDated } from "../../../src/core/tables/dated-values";

describe("values dated in their cell", () => {
  test.each([
    ["112人(令和元年度)※2", "112人", "令和元年度", 2019],
    ["35.9%(平成25年度)※3", "35.9%", "平成25年度", 2013],
    ["45.0% （平成31年度）", "45.0%", "平成31年度", 2019],
  ])("%s is %s of %s", (text, value, label, fiscalYear) => {
    expect(splitDated(text)).toEqual({ value, label, fiscalYear });
  });

  test.each(["7,077 (速報値)", "500\n(1,500)", "431(H29実績)以上", "(令和元年度)"])(
    "%s carries no period",
    (text) => {
      expect(splitDated(text)).toBeNull();
    },
  );
});
