import { isCellError, toA1 } from "../../../src/core/grid";
import { runChecks, type Finding } from "../../../src/core/rules";
import { detectTables } from "../../../src/core/tables";
import {
  grid000,
  grid002,
  grid004Layout1,
  grid004Layout2,
  gridSmallBlocks,
  SEED_004,
} from "../tables/seed-grids";

function ofRule(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

const PUBLISHED_ERRORS = SEED_004.flatMap((seed) =>
  (["published_status", "published_rate"] as const).flatMap((field) =>
    seed[field].flatMap((text, k) =>
      text === "#VALUE!" ? [{ id: seed.id, period: seed.periods[k], field, actual: seed.actual[k] }] : [],
    ),
  ),
);

describe("004 as a grid, both layouts", () => {
  const model = detectTables([grid004Layout1(), grid004Layout2()]);
  const findings = runChecks(model);

  test("every #VALUE! cell is reported, each fixed to 集計中 or to '-' for the abolished measure", () => {
    const errors = ofRule(findings, "error-value");
    expect(errors).toHaveLength(PUBLISHED_ERRORS.length);
    for (const f of errors) {
      expect(f.found).toBe("#VALUE!");
      expect(f.fix).toHaveLength(1);
      expect(["集計中", "-"]).toContain(f.fix?.[0].value);
    }
    const no12 = errors.find((f) => f.message.ja.includes("No.12"));
    expect(no12?.fix?.[0].value).toBe("-");
  });

  test("the reported cells are exactly the error cells of the sheet", () => {
    const grid = grid004Layout1();
    const errorCells = grid.values.flatMap((row, r) =>
      row.flatMap((v, c) => (isCellError(v) ? [toA1(r, c)] : [])),
    );
    expect(
      ofRule(findings, "error-value")
        .map((f) => f.cell)
        .sort(),
    ).toEqual(errorCells.sort());
  });

  test("no false rate or status mismatch on the 83 computable cells", () => {
    const computable = SEED_004.flatMap((s) => s.published_rate.filter((r) => r !== null && /\d/.test(r)));
    expect(computable).toHaveLength(83);
    expect(ofRule(findings, "rate-mismatch")).toEqual([]);
    expect(ofRule(findings, "status-mismatch")).toEqual([]);
  });

  test("No.14's R5 target disagrees between the tables (300人 vs 731人)", () => {
    const cross = ofRule(findings, "cross-table-mismatch");
    expect(cross.map((f) => [f.found, f.expected])).toEqual([["731人", "300人"]]);
  });

  test("36 = 19 + 9 + 8 holds per distinct unit measure of the second layout", () => {
    expect(model.summaries).toHaveLength(3);
    expect(ofRule(findings, "summary-mismatch")).toEqual([]);
  });

  test("a copy with one number changed is flagged, and the message names the count that differs", () => {
    const changed = detectTables([
      grid004Layout1(SEED_004, { total: 36, achieved: 18, notAchieved: 9, pending: 8 }),
      grid004Layout2(),
    ]);
    const flagged = ofRule(runChecks(changed), "summary-mismatch");
    expect(flagged).toHaveLength(3);
    expect(flagged[0].message.ja).toContain("成果指標ごとに数えると「36 = 19 + 9 + 8」");
    expect(flagged[0].message.en).toContain("what differs: achieved (sheet 18, table 19).");
    // The one number changed is the only one named: not every counting rule tried.
    expect(flagged[0].message.en).not.toContain("total (sheet");
    expect(flagged[0].message.en).not.toContain("per unit-measure code");
  });

  test("見本市等出展 vs 出店 is label drift; No.12 is a changed indicator", () => {
    expect(ofRule(findings, "label-drift").map((f) => f.found)).toContain("見本市等出店事業補助金交付件数");
    expect(ofRule(findings, "indicator-changed").map((f) => f.found)).toContain(SEED_004[11].name);
  });

  test("the layout-1 table alone reproduces no summary (30 rows, 38 codes)", () => {
    const alone = runChecks(detectTables(grid004Layout1()));
    expect(ofRule(alone, "summary-mismatch").length).toBeGreaterThan(0);
  });
});

describe("000, small blocks and 002: no false errors", () => {
  test.each([
    ["000", grid000()],
    ["small blocks", gridSmallBlocks()],
    ["002", grid002()],
  ])("%s", (_, grid) => {
    const findings = runChecks(detectTables(grid));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("000's 累計 agrees with the sums and with 12 / 86 = 14.0%", () => {
    expect(ofRule(runChecks(detectTables(grid000())), "cumulative-mismatch")).toEqual([]);
  });
});
