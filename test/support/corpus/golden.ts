/**
 * The golden test of a folder of cases (`<id>.json` + `<id>.expected.json`): each case is built into an
 * .xlsx as staff keep it and read back as kpi-check reads it; the reading must give what the published
 * table itself says. Expectations are data, derived from the published values, never from our output.
 *
 * `not-yet-read.json` lists, per case, the expectations the engine does not meet yet. A listed
 * expectation is asserted to still fail, so the list cannot go stale: reading a case removes it there.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadCorpus } from "./cases";
import { scoreCase, type CaseScore } from "./score";

type Aspect =
  | "tables"
  | "names"
  | "rates"
  | "statuses"
  | "rounding"
  | "bands"
  | "directions"
  | "periods"
  | "units"
  | "findings"
  | "errors";

/** What each aspect compares: the reading and what the published table says. */
const ASPECTS: readonly (readonly [Aspect, string, (score: CaseScore) => readonly [unknown, unknown]])[] = [
  ["tables", "finds the tables and indicators", (s) => [s.sheets, s.expected.sheets]],
  [
    "names",
    "names each indicator from the cell that names it",
    (s) => [s.expected.names === undefined ? undefined : s.names, s.expected.names],
  ],
  ["rates", "reproduces every published rate", (s) => [s.rates.missed, []]],
  ["statuses", "reads every published status", (s) => [s.statuses.missed, []]],
  ["rounding", "infers the rounding its published rates follow", (s) => [s.rounding, s.expected.rounding]],
  ["bands", "reads the band scheme", (s) => [s.bands, s.expected.bands]],
  ["directions", "reads the directions the sheet states", (s) => [s.down, s.expected.down]],
  [
    "periods",
    "reads each indicator's periods and the roles in them",
    (s) => [s.expected.periods === undefined ? undefined : s.periods, s.expected.periods],
  ],
  [
    "units",
    "reads each indicator's unit",
    (s) => [s.expected.units === undefined ? undefined : s.units, s.expected.units],
  ],
  ["findings", "reports the findings the published table calls for", (s) => [s.missingFindings, []]],
  ["errors", "puts no error finding on a cell that is correct as published", (s) => [s.wrongErrors, []]],
];

export function describeGolden(dir: string): void {
  const notYetRead = JSON.parse(readFileSync(join(dir, "not-yet-read.json"), "utf8")) as Record<
    string,
    readonly Aspect[]
  >;

  describe.each(loadCorpus(dir).map((c) => [c.id, c] as const))("%s", (id, corpusCase) => {
    let score: CaseScore;
    beforeAll(async () => {
      score = await scoreCase(corpusCase);
    });
    const pending = new Set(notYetRead[id] ?? []);

    for (const [aspect, title, compared] of ASPECTS) {
      if (pending.has(aspect)) {
        test(`${title}: not yet read (listed in not-yet-read.json)`, () => {
          const [reading, published] = compared(score);
          expect(reading).not.toEqual(published);
        });
      } else {
        test(title, () => {
          const [reading, published] = compared(score);
          expect(reading).toEqual(published);
        });
      }
    }
  });

  test("not-yet-read.json names only cases of the folder and known aspects", () => {
    const ids = new Set(loadCorpus(dir).map((c) => c.id));
    const aspects = new Set(ASPECTS.map(([aspect]) => aspect));
    for (const [id, listed] of Object.entries(notYetRead)) {
      expect(ids.has(id)).toBe(true);
      for (const aspect of listed) expect(aspects.has(aspect)).toBe(true);
    }
  });
}
