import fc from "fast-check";
import { fixableFindings, fixesOf, SEVERITIES, type FixingFinding, type Severity } from "../../../src/core";

const fix = (severity: Severity, address: string, value: string): FixingFinding => ({
  severity,
  fix: [{ sheet: "KPI", address, value }],
});

test("two fixes for one cell: the more severe finding's wins, whichever is reported first", () => {
  expect(fixesOf([fix("info", "G10", "集計中"), fix("error", "G10", "-")])).toEqual([
    { sheet: "KPI", address: "G10", value: "-" },
  ]);
  expect(fixesOf([fix("error", "G10", "-"), fix("info", "G10", "集計中")])).toEqual([
    { sheet: "KPI", address: "G10", value: "-" },
  ]);
});

test("between findings of one severity the first reported wins, and cells keep the order first reported", () => {
  expect(
    fixesOf([
      fix("warning", "E8", "a"),
      fix("warning", "F8", "b"),
      fix("warning", "E8", "c"),
      fix("error", "F8", "d"),
    ]),
  ).toEqual([
    { sheet: "KPI", address: "E8", value: "a" },
    { sheet: "KPI", address: "F8", value: "d" },
  ]);
});

test("fixable findings are those with at least one change", () => {
  const none: FixingFinding = { severity: "error" };
  const empty: FixingFinding = { severity: "error", fix: [] };
  expect(fixableFindings([none, empty, fix("info", "A1", "x")])).toHaveLength(1);
});

test("property: every fixed cell once, with the change of its most severe, first reported finding", () => {
  const change = fc.record({
    severity: fc.constantFrom(...SEVERITIES),
    address: fc.constantFrom("A1", "A2", "B1"),
    value: fc.integer({ min: 0, max: 9 }),
  });
  fc.assert(
    fc.property(fc.array(change, { maxLength: 12 }), (changes) => {
      const findings = changes.map((c) => fix(c.severity, c.address, String(c.value)));
      const fixed = fixesOf(findings);
      const addresses = fixed.map((c) => c.address);
      expect(new Set(addresses).size).toBe(addresses.length);
      expect(addresses).toEqual([...new Set(changes.map((c) => c.address))]);
      for (const out of fixed) {
        const mine = changes.filter((c) => c.address === out.address);
        const best = Math.min(...mine.map((c) => SEVERITIES.indexOf(c.severity)));
        const winner = mine.find((c) => SEVERITIES.indexOf(c.severity) === best);
        expect(out.value).toBe(String(winner?.value));
      }
    }),
  );
});
