/** One finding per problem, its kind, and the verdict a person reads first (issue 18). */
import {
  consolidateFindings,
  countKinds,
  countProblems,
  findingKind,
  runChecks,
  verdictOf,
  type Finding,
} from "../../../src/core/rules";
import { detectTables } from "../../../src/core/tables";
import { pendingR5 } from "./clean-table";
import { grid004Layout1, grid004Layout2 } from "../tables/seed-grids";

const problemsOf = (findings: Finding[]) => consolidateFindings(findings);

test("a #VALUE! caused by a pending actual is one problem, led by the actual, fixing both error cells", () => {
  const findings = runChecks(detectTables(pendingR5({ error: "#VALUE!" }, { error: "#VALUE!" })));
  const raw = findings.filter((f) => f.severity === "error");
  expect(raw.map((f) => f.rule).sort()).toEqual(["error-value", "error-value", "pending-actual"]);
  const problems = problemsOf(findings).filter((p) => p.kind === "fix");
  expect(problems).toHaveLength(1);
  const [problem] = problems;
  expect(problem.lead.rule).toBe("pending-actual");
  expect(problem.cells).toEqual(["G9", "G10", "G11"]);
  expect(problem.fix?.map((c) => [c.address, c.value])).toEqual(expect.arrayContaining([["G10", "集計中"]]));
  expect(problem.fix?.map((c) => c.address).sort()).toEqual(["G10", "G11"]);
});

describe("the Atsugi tables (both layouts)", () => {
  const findings = runChecks(detectTables([grid004Layout1(), grid004Layout2()]));
  const problems = problemsOf(findings);

  test("a cell is never listed twice, and every finding is in exactly one problem", () => {
    const cells = problems.flatMap((p) => p.cells.map((c) => `${p.lead.sheet}!${c}`));
    expect(new Set(cells).size).toBe(cells.length);
    expect(problems.reduce((n, p) => n + p.members.length, 0)).toBe(findings.length);
  });

  test("every #VALUE! is fixed by the problem of its pending actual; numbers as text are one advice per table", () => {
    const errorCells = findings.filter((f) => f.rule === "error-value").map((f) => f.cell);
    const explained = problems.filter((p) => p.lead.rule === "pending-actual" && p.kind === "fix");
    expect(explained.length).toBeGreaterThan(0);
    expect(explained.flatMap((p) => p.cells.slice(1)).sort()).toEqual([...errorCells].sort());
    expect(problems.filter((p) => p.lead.rule === "error-value")).toEqual([]);
    const asText = problems.filter((p) => p.lead.rule === "number-as-text");
    expect(asText.map((p) => p.kind)).toEqual(["advice", "advice"]);
    expect(new Set(asText.map((p) => p.lead.sheet)).size).toBe(2);
  });

  test("the verdict says it cannot be submitted, with as many to fix as problems of kind fix", () => {
    const counts = countKinds(problems);
    const verdict = verdictOf(counts);
    expect(verdict).toMatchObject({ submittable: false, code: "rules.verdict.blocked" });
    expect(verdict.params.fix).toBe(problems.filter((p) => p.kind === "fix").length);
    expect(counts.fix + counts.review).toBeLessThanOrEqual(25);
  });

  test("counting problems without making them gives the problems' counts", () => {
    expect(countProblems(findings)).toEqual(countKinds(problems));
  });
});

test("kinds follow severity, except the advice checks", () => {
  expect(findingKind({ rule: "error-value", severity: "error" })).toBe("fix");
  expect(findingKind({ rule: "indicator-changed", severity: "warning" })).toBe("review");
  expect(findingKind({ rule: "target-trend", severity: "info" })).toBe("advice");
  expect(findingKind({ rule: "number-as-text", severity: "warning" })).toBe("advice");
  expect(verdictOf({ fix: 0, review: 2, advice: 9 })).toMatchObject({
    submittable: true,
    code: "rules.verdict.review",
  });
  expect(verdictOf({ fix: 0, review: 0, advice: 9 })).toMatchObject({
    submittable: true,
    code: "rules.verdict.clean",
  });
});
