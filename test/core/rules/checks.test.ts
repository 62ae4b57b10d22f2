import { readdirSync } from "node:fs";
import { join } from "node:path";
import { CHECKS, runChecks, type Check } from "../../../src/core/rules";
import { finding } from "../../../src/core/rules/finding";
import { detectTables } from "../../../src/core/tables";
import type { CellChange } from "../../../src/core/changes";
import { cleanGrid, COL, gridWith, pendingR5, ROW } from "./clean-table";

test("the clean table gives no finding at all, on one sheet or two", () => {
  expect(detectTables(cleanGrid()).tables).toHaveLength(1);
  expect(runChecks(detectTables(cleanGrid()))).toEqual([]);
  expect(runChecks(detectTables([cleanGrid(), cleanGrid("別表")]))).toEqual([]);
});

test("every registered check has a distinct id", () => {
  expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
  expect(CHECKS).toHaveLength(21);
});

const idsIn = (dir: string, suffix: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .map((name) => name.slice(0, -suffix.length))
    .sort();

test("each check is one module in src/core/rules/checks and is tested in test/core/rules/checks", () => {
  const ids = CHECKS.map((c) => c.id).sort();
  expect(idsIn(join(__dirname, "../../../src/core/rules/checks"), ".ts")).toEqual(ids);
  expect(idsIn(join(__dirname, "checks"), ".test.ts")).toEqual(ids);
});

test("each check's messages are its own: codes rules.<id> or rules.<id>.<variant>", () => {
  for (const check of CHECKS)
    for (const code of Object.keys(check.messages))
      expect(code === `rules.${check.id}` || code.startsWith(`rules.${check.id}.`)).toBe(true);
});

test("fixes are change sets the workbook port accepts", () => {
  const fixes: CellChange[] = runChecks(
    detectTables(pendingR5({ error: "#VALUE!" }, { error: "#VALUE!" })),
  ).flatMap((f) => [...(f.fix ?? [])]);
  expect(fixes.length).toBeGreaterThan(0);
});

test("disabled rules do not run", () => {
  const edge = gridWith(ROW.rate, COL.R3, 1.3);
  expect(
    runChecks(detectTables(edge), { disabledRules: ["rate-mismatch"] }).filter(
      (f) => f.rule === "rate-mismatch",
    ),
  ).toEqual([]);
});

test("a finding names one of its check's own message codes; another code does not compile", () => {
  const messages = { "rules.sample": { ja: "{cell} です", en: "{cell} it is" } } as const;
  const sample: Check<keyof typeof messages> = {
    id: "sample",
    severity: "info",
    messages,
    run() {
      return [
        finding(this, { code: "rules.sample", sheet: "S", cell: "A1", params: { cell: "A1" } }),
        // @ts-expect-error: "rules.sample.typo" is not a message of this check
        finding(this, { code: "rules.sample.typo", sheet: "S", cell: "A2", params: { cell: "A2" } }),
      ];
    },
  };
  const [right] = sample.run(undefined as never);
  expect(right.message).toEqual({ ja: "A1 です", en: "A1 it is" });
});
