/**
 * Issue 20 ("Done when"): each template in each formula style is generated, checked empty, then filled one
 * indicator at a time with the published seed values (name, targets, actuals), and read and checked after
 * every step. LibreOffice recalculates the sheets at the start, the middle and the end; between those the
 * sheet is read as written (computed cells without a cached result, as a file saved by a program that does
 * not calculate). At every step:
 * - one table, its indicators in sheet order: the first k filled (with the seed's name), the rest slots to
 *   fill, each with exactly the cells the template planned;
 * - no error finding, no finding on a slot, none on a generated (rate, status, summary) cell;
 * - the human report names the table to fill (「評価表 1 件（記入前の指標 30）」) until every slot is filled;
 * - where the sheet has its own summary lines, their counts are the checker's (empty slots not counted).
 * The `kpi` style calls the add-in's functions, which LibreOffice lacks (they show #NAME? once a target is
 * typed): for it the findings are those of the native sheet at the same step plus, and only, an error-value
 * finding on those cells and the summary line they feed.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkedFileReport, inMemory } from "../../src/cli/report";
import { renderFileReport } from "../../src/cli/humanReport";
import { checkModel, withDefaults, type Finding } from "../../src/core/rules";
import { detectTables, type KpiModel } from "../../src/core/tables";
import {
  checkSettingsOf,
  planTemplate,
  type FormulaStyle,
  type TemplatePlan,
} from "../../src/core/templates";
import type { CellChange } from "../../src/workbook/port";
import { loadXlsxFile, saveXlsxFile, XlsxWorkbook } from "../../src/workbook/xlsx";
import { recalculate } from "./helpers/libreoffice";
import { loadSeed, typedValue, type SeedIndicator } from "./helpers/seeds";

jest.setTimeout(600_000);

interface Template {
  readonly id: string;
  readonly from: string;
  readonly years?: number;
  readonly projected?: string;
  readonly seeds: readonly SeedIndicator[];
  /** Fiscal year of the seed's first period. */
  readonly firstSeedYear: number;
  /** Template parameter `indicators`: a count, or (evaluation sheet) one of each kind per count. */
  readonly count: number;
}

const atsugi = loadSeed("004-atsugi-kpi.json");
const sagamihara5 = loadSeed("000-sagamihara-kpi.json").filter((s) => s.periods.length === 6);
const sapporo = loadSeed("002-sapporo-eval.json");

const TEMPLATES: readonly Template[] = [
  { id: "progress", from: "R3", projected: "R5", seeds: atsugi, firstSeedYear: 2021, count: atsugi.length },
  { id: "grant-kpi", from: "H28", years: 5, seeds: sagamihara5, firstSeedYear: 2016, count: 3 },
  // One 活動指標 and one 成果指標, as 002 has them (sapporo[0] the activity, sapporo[1] the outcome).
  { id: "evaluation-sheet", from: "R3", seeds: sapporo, firstSeedYear: 2020, count: 1 },
];
const STYLES: readonly FormulaStyle[] = ["native", "kpi"];

interface Sheet {
  readonly name: string;
  readonly template: Template;
  readonly style: FormulaStyle;
  readonly plan: TemplatePlan;
}

/** What was read and found with the first `filled` indicators filled in. */
interface Step {
  readonly filled: number;
  readonly recalculated: boolean;
  readonly model: KpiModel;
  readonly findings: Finding[];
  readonly human: string;
}

/** The name, targets and actuals a person types for indicator `i` (units as the template formats them). */
function typing(sheet: Sheet, i: number): CellChange[] {
  const { plan, template } = sheet;
  const seed = template.seeds[i];
  const name = plan.params.sheet;
  const cells: CellChange[] = [{ sheet: name, address: plan.indicators[i].name, value: seed.name }];
  for (const period of plan.indicators[i].periods) {
    if (period.period === "cumulative") continue;
    const k = period.period - template.firstSeedYear;
    for (const [address, text] of [
      [period.target, seed.target[k]],
      [period.actual, seed.actual[k]],
    ] as const) {
      const value = typedValue(text ?? null);
      if (address !== undefined && value !== null) cells.push({ sheet: name, address, value });
    }
  }
  return cells;
}

/** The template as generated, with its first `filled` indicators typed in, one change set each. */
async function filledUpTo(sheet: Sheet, filled: number): Promise<XlsxWorkbook> {
  const workbook = XlsxWorkbook.create([]);
  await workbook.apply(sheet.plan.changes);
  for (let i = 0; i < filled; i++) await workbook.apply({ label: `fill ${i + 1}`, cells: typing(sheet, i) });
  return workbook;
}

function stepOf(sheet: Sheet, model: KpiModel, filled: number, recalculated: boolean): Step {
  const settings = checkSettingsOf(sheet.plan.params);
  const { findings, evaluations } = checkModel(model, settings);
  const report = checkedFileReport(
    { file: sheet.name, model, evaluations, findings },
    withDefaults(settings),
    "ja",
  );
  return { filled, recalculated, model, findings, human: renderFileReport(inMemory(report), 0, "ja") };
}

const sheets: Sheet[] = TEMPLATES.flatMap((template) =>
  STYLES.map((style) => ({
    name: `${template.id}-${style}`,
    template,
    style,
    plan: planTemplate(template.id, {
      from: template.from,
      years: template.years,
      projectedYear: template.projected,
      indicators: template.count,
      style,
    }),
  })),
);
const count = (sheet: Sheet) => sheet.template.seeds.length;
/** The three recalculated points of a sheet: empty, half filled, filled. */
const POINTS = [
  ["start", () => 0],
  ["middle", (sheet: Sheet) => Math.ceil(count(sheet) / 2)],
  ["end", count],
] as const;
const isPoint = (sheet: Sheet, filled: number) => POINTS.some(([, at]) => at(sheet) === filled);

const steps = new Map<Sheet, Step[]>(sheets.map((sheet) => [sheet, []]));
const dir = mkdtempSync(join(tmpdir(), "kpi-fill-steps-"));

beforeAll(async () => {
  // Every step between the points, read as written.
  for (const sheet of sheets) {
    const workbook = await filledUpTo(sheet, 0);
    for (let i = 0; i < count(sheet); i++) {
      await workbook.apply({ label: `fill ${i + 1}`, cells: typing(sheet, i) });
      if (isPoint(sheet, i + 1)) continue;
      const grid = await workbook.readSheet(sheet.plan.params.sheet);
      steps.get(sheet)?.push(stepOf(sheet, detectTables(grid), i + 1, false));
    }
  }
  // The points, every sheet of a point recalculated in one LibreOffice run.
  for (const [label, at] of POINTS) {
    const files = await Promise.all(
      sheets.map(async (sheet) => {
        const file = join(dir, `${sheet.name}-${label}.xlsx`);
        await saveXlsxFile(await filledUpTo(sheet, at(sheet)), file);
        return file;
      }),
    );
    const outputs = recalculate(files);
    for (const [k, sheet] of sheets.entries()) {
      const grid = await (await loadXlsxFile(outputs[k])).readSheet(sheet.plan.params.sheet);
      steps.get(sheet)?.push(stepOf(sheet, detectTables(grid), at(sheet), true));
    }
  }
  for (const list of steps.values()) list.sort((a, b) => a.filled - b.filled);
});

function stepsOf(sheet: Sheet): Step[] {
  return steps.get(sheet) ?? [];
}

/** The cells of an indicator as the template planned them, period by period. */
function plannedCells(plan: TemplatePlan, i: number) {
  return plan.indicators[i].periods.map((p) => ({
    target: p.target,
    actual: p.actual,
    rate: p.rate,
    status: p.status,
  }));
}

/** Rates, statuses and summary counts: the cells the template computes. */
function generatedCells(plan: TemplatePlan): Set<string> {
  return new Set(
    [
      ...plan.indicators.flatMap((i) => i.periods.flatMap((p) => [p.rate, p.status])),
      ...plan.summary.map((s) => s.address),
    ].filter((a): a is string => a !== undefined),
  );
}

/** Every cell of the slots still to fill at a step (indicators `filled`…). */
function slotCells(plan: TemplatePlan, filled: number): Set<string> {
  return new Set(
    plan.indicators
      .slice(filled)
      .flatMap((i) => [i.name, ...i.periods.flatMap((p) => [p.target, p.actual, p.rate, p.status])])
      .filter((a): a is string => a !== undefined),
  );
}

/** KPI.* cells: computed by the add-in, which LibreOffice does not have. */
function kpiFunctionCells(plan: TemplatePlan): Set<string> {
  return new Set((plan.changes.cells ?? []).filter((c) => c.formula?.includes("KPI.")).map((c) => c.address));
}

/**
 * The findings of a step as `rule cell severity`, less what only LibreOffice's lack of the add-in causes
 * on a recalculated kpi-style sheet: #NAME? in the KPI.* cells (error-value there), the summary line
 * counting them (summary-mismatch at its total), and a pending actual reported as an error because its
 * status cell shows that #NAME? (pending-actual, information with the add-in).
 */
function findingsWithAddIn(sheet: Sheet, step: Step): string[] {
  const byAddIn = step.recalculated && sheet.style === "kpi" ? kpiFunctionCells(sheet.plan) : new Set();
  const total = sheet.plan.summary.find((s) => s.category === "total")?.address;
  const statusOf = new Map(
    sheet.plan.indicators.flatMap((i) => i.periods.map((p) => [p.actual, p.status] as const)),
  );
  return step.findings.flatMap((f) => {
    const cell = f.cell ?? "";
    if (byAddIn.size > 0) {
      if (f.rule === "error-value" && byAddIn.has(cell)) return [];
      if (f.rule === "summary-mismatch" && cell === total) return [];
      if (f.rule === "pending-actual" && byAddIn.has(statusOf.get(cell) ?? ""))
        return [`${f.rule} ${cell} info`];
    }
    return [`${f.rule} ${cell} ${f.severity}`];
  });
}

describe.each(sheets.map((sheet) => [sheet.name, sheet] as const))("%s filled step by step", (_, sheet) => {
  const { plan } = sheet;

  it("is read at every step as one table: the filled indicators, then the slots, each at its planned cells", () => {
    expect(stepsOf(sheet).map((s) => s.filled)).toEqual(
      Array.from({ length: count(sheet) + 1 }, (_, k) => k),
    );
    for (const step of stepsOf(sheet)) {
      const where = { step: step.filled, recalculated: step.recalculated };
      expect({ ...where, tables: step.model.tables.length }).toEqual({ ...where, tables: 1 });
      const [table] = step.model.tables;
      const read = [
        ...table.indicators.map((i) => ({ filled: true, indicator: i })),
        ...(table.unfilled ?? []).map((i) => ({ filled: false, indicator: i })),
      ].map(({ filled, indicator }) => ({
        filled,
        name: indicator.name,
        cells: indicator.periods.map((p) => ({
          target: p.cells.target?.address,
          actual: p.cells.actual?.address,
          rate: p.cells.rate?.address,
          status: p.cells.status?.address,
        })),
      }));
      // Read as written, a filled indicator has no 累計: its cells are all computed, and blank until calculated.
      const planned = plan.indicators.map((indicator, i) => ({
        filled: i < step.filled,
        name: i < step.filled ? sheet.template.seeds[i].name : "",
        cells: plannedCells(plan, i).filter(
          (_, k) => step.recalculated || i >= step.filled || indicator.periods[k].period !== "cumulative",
        ),
      }));
      expect({ ...where, read }).toEqual({ ...where, read: planned });
    }
  });

  it("names the table to fill in the report until every slot is filled", () => {
    const total = count(sheet);
    for (const step of stepsOf(sheet)) {
      const line =
        step.filled === 0
          ? `評価表 1 件（記入前の指標 ${total}）`
          : step.filled < total
            ? `評価表 1 件（指標 ${step.filled}、記入前の指標 ${total - step.filled}）`
            : null;
      const lines = step.human.split("\n").map((l) => l.trim());
      const where = { step: step.filled, recalculated: step.recalculated };
      expect({ ...where, line: lines.find((l) => l.startsWith("評価表")) ?? null }).toEqual({
        ...where,
        line,
      });
      expect(step.human).not.toContain("評価表が見つかりませんでした");
    }
  });

  it("has no finding on the empty sheet, and never an error or a finding on a slot or a computed cell", () => {
    const generated = generatedCells(plan);
    for (const step of stepsOf(sheet)) {
      const where = { step: step.filled, recalculated: step.recalculated };
      if (step.filled === 0)
        expect({ ...where, findings: step.findings }).toEqual({ ...where, findings: [] });
      const slots = slotCells(plan, step.filled);
      const wrong = findingsWithAddIn(sheet, step).filter((text) => {
        const [, cell, severity] = text.split(" ");
        return severity === "error" || slots.has(cell) || generated.has(cell);
      });
      expect({ ...where, wrong }).toEqual({ ...where, wrong: [] });
    }
  });

  if (sheet.style === "kpi") {
    it("finds what the native sheet finds, but for what LibreOffice's lack of the add-in causes", () => {
      const native = sheets.find((s) => s.template === sheet.template && s.style === "native");
      const nativeSteps = native === undefined ? [] : stepsOf(native);
      for (const [k, step] of stepsOf(sheet).entries()) {
        const where = { step: step.filled, recalculated: step.recalculated };
        const expected = native === undefined ? [] : findingsWithAddIn(native, nativeSteps[k]);
        expect({ ...where, findings: findingsWithAddIn(sheet, step) }).toEqual({
          ...where,
          findings: expected,
        });
      }
    });
  }

  if (plan.summary.length > 0) {
    it("counts in its own summary lines, once recalculated, the indicators the checker counts", () => {
      const recalculatedSteps = stepsOf(sheet).filter((s) => s.recalculated);
      expect(recalculatedSteps.map((s) => s.filled)).toEqual([0, Math.ceil(count(sheet) / 2), count(sheet)]);
      for (const step of recalculatedSteps) {
        const where = { step: step.filled };
        expect({ ...where, blocks: step.model.summaries.length }).toEqual({ ...where, blocks: 1 });
        const [block] = step.model.summaries;
        expect({ ...where, total: block.total.value }).toEqual({ ...where, total: step.filled });
        const mismatch = step.findings.filter((f) => f.rule === "summary-mismatch");
        if (sheet.style === "native") expect({ ...where, mismatch }).toEqual({ ...where, mismatch: [] });
      }
    });
  }
});
