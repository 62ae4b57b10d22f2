import { gridFromRows } from "../../../src/core/grid";
import { DEFAULT_SETTINGS, runChecks, withDefaults, type Finding } from "../../../src/core/rules";
import { detectTables } from "../../../src/core/tables";
import { cleanGrid, cleanRows, COL, gridOf, gridWith, ROW } from "./clean-table";

function ruleFindings(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

test("findings serialise with their message in both languages", () => {
  const [f] = runChecks(detectTables(gridWith(ROW.rate, COL.R3, 1.3)));
  const json = JSON.parse(JSON.stringify(f));
  expect(json.message.ja).toContain("E11");
  expect(json.message.en).toContain("E11");
  expect(json).toEqual(
    expect.objectContaining({ rule: "rate-mismatch", code: "rules.rate-mismatch", severity: "error" }),
  );
});

test("mixed placeholders in one table: the rarer dash is flagged and fixed to the common one", () => {
  const rows = cleanRows();
  rows.push([2, "相談支援", "来場者数", "目標", 10, 10, 10], [null, null, null, "実績", "-", "-", "ー"]);
  const found = ruleFindings(runChecks(detectTables(gridOf(rows))), "inconsistent-format");
  expect(found.map((f) => [f.cell, f.found, f.expected])).toEqual([["G13", "ー", "-"]]);
});

test("a text rate with another precision is flagged; one decimal is quiet", () => {
  const flagged = ruleFindings(
    runChecks(detectTables(gridWith(ROW.rate, COL.R4, "90%"))),
    "inconsistent-format",
  );
  expect(flagged.map((f) => f.cell)).toEqual(["F11"]);
  expect(
    ruleFindings(runChecks(detectTables(gridWith(ROW.rate, COL.R4, "90.0%"))), "inconsistent-format"),
  ).toEqual([]);
});

test("periods written in 千円 and 円 are a unit warning, not an error", () => {
  const rows = cleanRows();
  rows[ROW.target].splice(COL.R3, 3, "100千円", "130千円", "140,000円");
  rows[ROW.actual].splice(COL.R3, 3, "120千円", "117千円", "154,000円");
  const found = ruleFindings(runChecks(detectTables(gridOf(rows))), "unit-mismatch");
  expect(found.length).toBeGreaterThan(0);
  expect(found.every((f) => f.severity === "warning")).toBe(true);
});

test("13,0000 is read but flagged as malformed", () => {
  const found = ruleFindings(
    runChecks(detectTables(gridWith(ROW.actual, COL.R3, "13,0000"))),
    "malformed-number",
  );
  expect(found.map((f) => [f.cell, f.found])).toEqual([["E9", "13,0000"]]);
});

test("a lower-is-better indicator set in the settings is rated target ÷ actual", () => {
  const grid = gridFromRows("down", [
    ["No.", "成果指標", "年度", "R3"],
    [1, "火災件数", "目標", 80],
    [null, null, "実績", 100],
    [null, null, "達成率", 0.8],
    [null, null, "結果", "概ね達成"],
  ]);
  grid.numberFormats[3][3] = "0.0%";
  const model = detectTables(grid);
  expect(ruleFindings(runChecks(model), "rate-mismatch")).toHaveLength(1);
  expect(runChecks(model, { directions: { 火災件数: { direction: "down" } } })).toEqual([]);
});

test("banding on the displayed rate: 9,999 / 10,000 is then 達成", () => {
  const rows = cleanRows();
  rows[ROW.target][COL.R3] = 10000;
  rows[ROW.actual][COL.R3] = 9999;
  rows[ROW.target][COL.total] = 10270;
  rows[ROW.actual][COL.total] = 10270;
  rows[ROW.rate][COL.R3] = 0.9999;
  rows[ROW.rate][COL.total] = 1;
  const model = detectTables(gridOf(rows));
  const exact = ruleFindings(runChecks(model), "status-mismatch");
  expect(exact.map((f) => f.expected)).toEqual(["概ね達成"]);
  expect(ruleFindings(runChecks(model, { banding: "rounded" }), "status-mismatch")).toEqual([]);
});

test("two different indicators of one measure are not label drift", () => {
  const other = gridWith(ROW.target, 2, "来場者満足度", "別表");
  expect(ruleFindings(runChecks(detectTables([cleanGrid(), other])), "label-drift")).toEqual([]);
});

test("with the pendingRate setting `empty`, an errored rate of a pending actual is fixed to an empty cell", () => {
  const rows = cleanRows();
  rows[ROW.actual][COL.R5] = "集計中";
  rows[ROW.status][COL.R5] = "集計中";
  rows[ROW.rate][COL.R5] = { error: "#VALUE!" };
  const [f] = ruleFindings(runChecks(detectTables(gridOf(rows)), { pendingRate: "empty" }), "error-value");
  expect(f.fix?.[0].value).toBe("");
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
  expect(withDefaults(null)).toEqual(DEFAULT_SETTINGS);
});

test("custom bands: A/B/C labels with other thresholds", () => {
  const rows = cleanRows();
  rows[ROW.status].splice(COL.R3, 3, "A", "B", "A見込み");
  const bands = { ...DEFAULT_SETTINGS.bands, labels: ["A", "B", "C"] };
  expect(
    runChecks(detectTables(gridOf(rows)), { bands }).filter((f) => f.rule === "status-mismatch"),
  ).toEqual([]);
});
