import { DEFAULT_CHECK_SETTINGS, runChecks, withDefaults } from "../../../src/core/rules";
import { detectTables } from "../../../src/core/tables";
import { COL, gridWith, ROW } from "./clean-table";

test("findings serialise with their message in both languages", () => {
  const [f] = runChecks(detectTables(gridWith(ROW.rate, COL.R3, 1.3)));
  const json = JSON.parse(JSON.stringify(f));
  expect(json.message.ja).toContain("E11");
  expect(json.message.en).toContain("E11");
  expect(json).toEqual(
    expect.objectContaining({ rule: "rate-mismatch", code: "rules.rate-mismatch", severity: "error" }),
  );
});

test("settings from a file: wrong types and half-given bands keep their defaults, never crash", () => {
  const model = detectTables(gridWith(ROW.status, COL.R4, "達成"));
  const hostile = {
    bands: { labels: ["A", "B"], projectedSuffix: 3 },
    banding: "sideways",
    rateDecimals: -1,
    projectedPeriods: "R5",
    directions: { 相談件数: { direction: "sideways" } },
    disabledRules: [1, 2],
  };
  const findings = runChecks(model, withDefaults(hostile));
  expect(findings.map((f) => [f.rule, f.expected])).toEqual([["status-mismatch", "概ね達成"]]);
  expect(withDefaults(null)).toEqual(DEFAULT_CHECK_SETTINGS);
});
