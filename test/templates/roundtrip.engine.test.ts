/**
 * Round trip through the CLI face and the checker: generate a template file (generateTemplateFile), fill it
 * with the seed values through the .xlsx adapter, recalculate in LibreOffice, read it back, detect the
 * table and run the checks. Detection finds exactly the generated cells; the checks report nothing about
 * a generated cell; a broken rate or status cell is reported at that cell.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateTemplateFile } from "../../src/cli/template";
import { runChecks, type Finding } from "../../src/core/rules";
import { detectTables, type KpiModel } from "../../src/core/tables";
import {
  checkSettingsOf,
  planTemplate,
  type TemplateParams,
  type TemplatePlan,
} from "../../src/core/templates";
import type { CellChange } from "../../src/workbook/port";
import { loadXlsxFile, saveXlsxFile } from "../../src/workbook/xlsx";
import { recalculate } from "./helpers/libreoffice";
import { downs, loadSeed, typedValue, type SeedIndicator } from "./helpers/seeds";

jest.setTimeout(300_000);

interface Case {
  name: string;
  id: string;
  params: TemplateParams;
  seeds: SeedIndicator[];
  /** Seed period index of a template period. */
  seedPeriod: (period: number | "cumulative") => number;
  /** Cells overwritten after filling, to break the sheet. */
  breaks?: (plan: TemplatePlan) => CellChange[];
}

const atsugi = loadSeed("004-atsugi-kpi.json");
const sagamihara5 = loadSeed("000-sagamihara-kpi.json").filter((s) => s.periods.length === 6);
const sapporo = loadSeed("002-sapporo-eval.json");
const named = (seeds: SeedIndicator[]) => seeds.map((s) => ({ name: s.name, unit: s.unit ?? "" }));
const fromYear = (first: number) => (period: number | "cumulative") =>
  period === "cumulative" ? -1 : period - first;

const progress004: Omit<Case, "name"> = {
  id: "progress",
  params: { from: "R3", projectedYear: "R5", indicators: named(atsugi) },
  seeds: atsugi,
  seedPeriod: fromYear(2021),
};

const cases: Case[] = [
  { name: "progress-004", ...progress004 },
  {
    name: "progress-004-broken",
    ...progress004,
    breaks: (plan) => [
      {
        sheet: plan.params.sheet,
        address: plan.indicators[0].periods[0].status ?? "",
        value: "未達成",
        replaceFormula: true,
      },
      {
        sheet: plan.params.sheet,
        address: plan.indicators[2].periods[1].rate ?? "",
        value: 0.5,
        replaceFormula: true,
      },
      { sheet: plan.params.sheet, address: plan.summary[1].address, value: 3, replaceFormula: true },
    ],
  },
  {
    name: "progress-down",
    id: "progress",
    params: {
      from: "R6",
      years: 1,
      indicators: downs.map((s) => ({ name: s.name, unit: s.unit ?? "", direction: s.direction })),
    },
    seeds: downs,
    seedPeriod: fromYear(2024),
  },
  { name: "progress-empty", id: "progress", params: { from: "R6" }, seeds: [], seedPeriod: () => -1 },
  {
    name: "grant-000",
    id: "grant-kpi",
    params: { from: "H28", indicators: named(sagamihara5) },
    seeds: sagamihara5,
    seedPeriod: fromYear(2016),
  },
  { name: "grant-empty", id: "grant-kpi", params: { from: "R6" }, seeds: [], seedPeriod: () => -1 },
  {
    name: "evaluation-002",
    id: "evaluation-sheet",
    params: {
      from: "R3",
      indicators: [
        { kind: "activity", name: sapporo[0].name },
        { kind: "outcome", name: sapporo[1].name },
      ],
    },
    seeds: sapporo,
    seedPeriod: fromYear(2020),
  },
  {
    name: "evaluation-empty",
    id: "evaluation-sheet",
    params: { from: "R6" },
    seeds: [],
    seedPeriod: () => -1,
  },
];

function fill(c: Case, plan: TemplatePlan): CellChange[] {
  return plan.indicators.flatMap((indicator, i) =>
    indicator.periods.flatMap((period) => {
      const k = c.seedPeriod(period.period);
      const seed = c.seeds[i];
      if (seed === undefined || k < 0) return [];
      const typed = [
        { address: period.target, value: typedValue(seed.target[k]) },
        { address: period.actual, value: typedValue(seed.actual[k]) },
      ];
      return typed.flatMap(({ address, value }) =>
        address === undefined || value === null ? [] : [{ sheet: plan.params.sheet, address, value }],
      );
    }),
  );
}

const outcomes = new Map<string, { plan: TemplatePlan; model: KpiModel; findings: Finding[] }>();

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-roundtrip-"));
  const files: string[] = [];
  const plans: TemplatePlan[] = [];
  for (const c of cases) {
    const file = join(dir, `${c.name}.xlsx`);
    const generated = await generateTemplateFile(c.id, c.params, file);
    const plan = planTemplate(c.id, c.params);
    expect(generated.sheet).toBe(plan.params.sheet);
    const workbook = await loadXlsxFile(file);
    await workbook.apply({ label: "fill", cells: fill(c, plan) });
    if (c.breaks) await workbook.apply({ label: "break", cells: c.breaks(plan) });
    await saveXlsxFile(workbook, file);
    files.push(file);
    plans.push(plan);
  }
  const recalculated = recalculate(files);
  for (const [k, c] of cases.entries()) {
    const grid = await (await loadXlsxFile(recalculated[k])).readSheet(plans[k].params.sheet);
    const model = detectTables(grid);
    outcomes.set(c.name, {
      plan: plans[k],
      model,
      findings: runChecks(model, checkSettingsOf(plans[k].params)),
    });
  }
});

function outcome(name: string) {
  const found = outcomes.get(name);
  if (found === undefined) throw new Error(`no outcome for ${name}`);
  return found;
}

/** The cells a person types into (targets, actuals, indicator names): the only places a finding may point to. */
function inputCells(plan: TemplatePlan): Set<string> {
  return new Set(
    plan.indicators
      .flatMap((i) => [i.name, ...i.periods.flatMap((p) => [p.target, p.actual])])
      .filter((a): a is string => a !== undefined),
  );
}

/** Generated cells: rates, statuses and the summary. */
function generatedCells(plan: TemplatePlan): Set<string> {
  return new Set(
    [
      ...plan.indicators.flatMap((i) => i.periods.flatMap((p) => [p.rate, p.status])),
      ...plan.summary.map((s) => s.address),
    ].filter((a): a is string => a !== undefined),
  );
}

describe.each(
  cases.filter((c) => c.seeds.length > 0 && c.breaks === undefined).map((c) => [c.name] as const),
)("%s: generate → fill → recalculate → check", (name) => {
  it("detects one table holding exactly the generated cells", () => {
    const { plan, model } = outcome(name);
    expect(model.tables).toHaveLength(1);
    const [table] = model.tables;
    expect(table.sheet).toBe(plan.params.sheet);
    const detected = table.indicators.map((indicator) =>
      indicator.periods.map((p) => ({
        target: p.cells.target?.address,
        actual: p.cells.actual?.address,
        rate: p.cells.rate?.address,
        status: p.cells.status?.address,
      })),
    );
    const generated = plan.indicators.map((indicator) =>
      indicator.periods.map((p) => ({ target: p.target, actual: p.actual, rate: p.rate, status: p.status })),
    );
    expect(detected).toEqual(generated);
    expect(table.indicators.map((i) => i.name)).toEqual(
      plan.indicators.map((_, k) => plan.params.indicators[k].name),
    );
  });

  it("marks the projected year as the template says", () => {
    const { plan, model } = outcome(name);
    const projected = model.tables[0].indicators[0].periods
      .filter((p) => p.projected)
      .map((p) => p.fiscalYear);
    expect(projected).toEqual(plan.params.projectedYear === null ? [] : [plan.params.projectedYear]);
  });

  it("reports no error, and nothing about a generated cell (only remarks on the typed data)", () => {
    const { plan, findings } = outcome(name);
    const inputs = inputCells(plan);
    const aboutGenerated = findings.filter((f) => !inputs.has(f.cell ?? ""));
    expect(aboutGenerated.map((f) => [f.rule, f.cell])).toEqual([]);
    expect(findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.cell])).toEqual([]);
  });
});

describe("progress-004: the summary lines", () => {
  it("are read as a summary block at the generated count cells, which the checker finds consistent", () => {
    const { plan, model, findings } = outcome("progress-004");
    const cellOf = (category: string) => plan.summary.find((s) => s.category === category)?.address;
    expect(
      model.summaries.map((b) => [b.total.cell, b.achieved?.cell, b.notAchieved?.cell, b.pending?.cell]),
    ).toEqual([[cellOf("total"), cellOf("achieved"), cellOf("notAchieved"), cellOf("others")]]);
    expect(model.summaries[0].total.value).toBe(30);
    expect(findings.filter((f) => f.rule === "summary-mismatch")).toEqual([]);
  });
});

describe.each(cases.filter((c) => c.seeds.length === 0).map((c) => [c.name] as const))(
  "%s: an empty generated sheet",
  (name) => {
    it("gives the checker nothing to report", () => {
      expect(outcome(name).findings).toEqual([]);
    });
  },
);

describe("progress-down: 減少型 indicators", () => {
  it("are checked with the template's settings; without them the checker reads the rates as 増加型 and disagrees", () => {
    const { plan, model, findings } = outcome("progress-down");
    const generated = generatedCells(plan);
    expect(findings.filter((f) => generated.has(f.cell ?? ""))).toEqual([]);
    const asUp = runChecks(model).filter((f) => generated.has(f.cell ?? ""));
    expect(asUp.map((f) => f.rule)).toEqual(expect.arrayContaining(["rate-mismatch", "status-mismatch"]));
  });
});

describe("a broken generated sheet", () => {
  it("is reported at the broken status and rate cells and at the summary it contradicts, nowhere else", () => {
    const { plan, findings } = outcome("progress-004-broken");
    const status = plan.indicators[0].periods[0].status;
    const rate = plan.indicators[2].periods[1].rate;
    // A summary finding points at the block's total line, whichever of its counts is wrong.
    const total = plan.summary[0].address;
    const generated = generatedCells(plan);
    const reported = findings.filter((f) => generated.has(f.cell ?? "")).map((f) => [f.rule, f.cell]);
    expect(reported).toEqual(
      expect.arrayContaining([
        ["status-mismatch", status],
        ["rate-mismatch", rate],
        ["summary-mismatch", total],
      ]),
    );
    expect(new Set(reported.map(([, cell]) => cell))).toEqual(new Set([status, rate, total]));
  });
});
