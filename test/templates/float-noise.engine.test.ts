/**
 * Issue 14, case 1 in the templates: a generated sheet (native formulas) and the checker agree under float
 * noise. Each template is filled with noisy actuals and targets — formulas such as `=0.7+0.1`, and the
 * doubles Excel caches for them (0.7999999999999999) typed as constants — recalculated by LibreOffice and
 * checked: every status the sheet computes is the checker's, every rate cell reads as the checker's exact
 * rate, and the checker finds nothing but what a person should be told (a band edge hidden by 100.0%).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { roundRatio, significantDecimal, type CellValue } from "../../src/core";
import { checkModel, type Evaluation, type Finding } from "../../src/core/rules";
import { detectTables } from "../../src/core/tables";
import {
  checkSettingsOf,
  planTemplate,
  type TemplateParams,
  type TemplatePlan,
} from "../../src/core/templates";
import type { CellChange } from "../../src/workbook/port";
import { loadXlsxFile, saveXlsxFile, XlsxWorkbook } from "../../src/workbook/xlsx";
import { recalculate } from "./helpers/libreoffice";

jest.setTimeout(300_000);

/** What one period is filled with: a number (as a file caches it) or a formula, and the status it must get. */
interface Pair {
  readonly target: number | string;
  readonly actual: number | string;
  readonly status: string;
}

/** What a noisy formula leaves in a cell: Excel caches the double, which Excel shows at 15 digits. */
const NOISY = {
  "0.7+0.1": 0.7 + 0.1,
  "29/100*100": (29 / 100) * 100,
  "8.2-0.2": 8.2 - 0.2,
  "0.1+0.2": 0.1 + 0.2,
  /** SUM(40.1,20.1,19.8) as a file may cache it: one unit in the last place below 80. */
  "SUM(40.1,20.1,19.8)": 80 - 2 ** -46,
};

interface Case {
  readonly name: string;
  readonly id: string;
  readonly params: TemplateParams;
  /** Consumed in order by the periods that have a target and an actual cell (累計 excluded). */
  readonly pairs: readonly Pair[];
  /** The pairs whose status cell may carry a `band-edge` note (shown 100.0%, exact rate below). */
  readonly bandEdges: readonly number[];
}

const pair = (target: number | string, actual: number | string, status: string): Pair => ({
  target,
  actual,
  status,
});

const PROGRESS_PAIRS: readonly Pair[] = [
  pair(0.8, "=0.7+0.1", "達成"),
  pair(0.8, NOISY["0.7+0.1"], "達成"),
  pair(29, "=29/100*100", "達成"),
  pair(29, NOISY["29/100*100"], "達成"),
  pair(80, "=SUM(40.1,20.1,19.8)", "達成"),
  pair(80, NOISY["SUM(40.1,20.1,19.8)"], "達成"),
  // 7.999999999999999 ÷ 10 is 80% (概ね達成) as shown, not 79.99…% (未達成).
  pair(10, "=8.2-0.2", "概ね達成"),
  pair(10, NOISY["8.2-0.2"], "概ね達成"),
  pair("=0.1+0.2", 0.3, "達成"),
  pair(NOISY["0.1+0.2"], 0.3, "達成"),
  // One yen short of a 100,000,000,000円 goal: 99.999999999%, shown 100.0%, 概ね達成 by the exact rate.
  pair(100_000_000_000, 99_999_999_999, "概ね達成"),
  // 減少型 (target ÷ actual): the same noise on the other side of the quotient.
  pair(0.8, "=0.7+0.1", "達成"),
  pair(NOISY["0.7+0.1"], 0.8, "達成"),
];
const DOWN = new Set([11, 12]);

const CASES: readonly Case[] = [
  {
    name: "進捗管理表",
    id: "progress",
    params: {
      from: "R6",
      years: 1,
      indicators: PROGRESS_PAIRS.map((_, k) => ({
        name: `ノイズ${k + 1}`,
        unit: k < 2 ? "%" : k === 10 ? "円" : "人",
        decimals: 1,
        direction: DOWN.has(k) ? "down" : "up",
      })),
    },
    pairs: PROGRESS_PAIRS,
    bandEdges: [10],
  },
  {
    name: "交付金KPI表 (累計 over noisy sums)",
    id: "grant-kpi",
    params: { from: "R6", years: 3, indicators: [{ name: "ノイズ累計", unit: "" }, { name: "端数累計" }] },
    pairs: [
      pair(0.1, "=0.7-0.6", "達成"),
      pair(0.2, "=0.1*2", "達成"),
      pair(0.3, "=0.1+0.2", "達成"),
      // Rising targets, as 交付金 KPIs have them (falling ones are a target-trend note).
      pair(10, NOISY["8.2-0.2"], "概ね達成"),
      pair(29, "=29/100*100", "達成"),
      pair(80, "=SUM(40.1,20.1,19.8)", "達成"),
    ],
    bandEdges: [],
  },
  {
    name: "事業評価調書",
    id: "evaluation-sheet",
    params: { from: "R6", indicators: [{ kind: "activity" }, { kind: "outcome" }] },
    pairs: [pair(80, "=SUM(40.1,20.1,19.8)", "達成"), pair(10, NOISY["8.2-0.2"], "概ね達成")],
    bandEdges: [],
  },
];

function input(sheet: string, address: string, value: number | string): CellChange {
  return typeof value === "string" && value.startsWith("=")
    ? { sheet, address, formula: value }
    : { sheet, address, value };
}

/** The filled periods of a plan, each with its pair. */
function filledPeriods(c: Case, plan: TemplatePlan) {
  const periods = plan.indicators.flatMap((indicator) =>
    indicator.periods.filter(
      (p) => p.period !== "cumulative" && p.target !== undefined && p.actual !== undefined,
    ),
  );
  return periods.slice(0, c.pairs.length).map((cells, k) => ({ cells, pair: c.pairs[k], k }));
}

interface Result {
  readonly plan: TemplatePlan;
  readonly findings: readonly Finding[];
  /** The checker's evaluation per status cell. */
  readonly byStatusCell: ReadonlyMap<string, Evaluation>;
  readonly shown: (address: string) => CellValue;
}

const results = new Map<string, Result>();

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-noise-"));
  const plans = CASES.map((c) => planTemplate(c.id, { ...c.params, sheetName: "noise" }));
  const files = await Promise.all(
    CASES.map(async (c, i) => {
      const workbook = XlsxWorkbook.create([]);
      await workbook.apply(plans[i].changes);
      const cells = filledPeriods(c, plans[i]).flatMap(({ cells, pair }) => [
        input("noise", cells.target as string, pair.target),
        input("noise", cells.actual as string, pair.actual),
      ]);
      await workbook.apply({ label: "fill", cells });
      const file = join(dir, `${c.id}.xlsx`);
      await saveXlsxFile(workbook, file);
      return file;
    }),
  );
  const outputs = recalculate(files);
  for (const [i, c] of CASES.entries()) {
    const grid = await (await loadXlsxFile(outputs[i])).readSheet("noise");
    const model = detectTables(grid);
    const { findings, evaluations } = checkModel(model, checkSettingsOf(plans[i].params));
    const byStatusCell = new Map(
      evaluations.flatMap((e) =>
        e.period.cells.status ? [[e.period.cells.status.address, e] as const] : [],
      ),
    );
    const values = new Map(
      model.tables.flatMap((t) =>
        t.indicators.flatMap((ind) =>
          ind.periods.flatMap((p) =>
            Object.values(p.cells).flatMap((cell) => (cell ? [[cell.address, cell.raw] as const] : [])),
          ),
        ),
      ),
    );
    results.set(c.name, {
      plan: plans[i],
      findings,
      byStatusCell,
      shown: (address) => values.get(address) ?? null,
    });
  }
});

function resultOf(c: Case): Result {
  const result = results.get(c.name);
  if (result === undefined) throw new Error(`no result for ${c.name}`);
  return result;
}

test("the cached doubles are really noisy (else these tests would prove nothing)", () => {
  expect(Object.values(NOISY).map((n) => Number(n.toPrecision(15)) !== n)).toEqual(
    Object.values(NOISY).map(() => true),
  );
});

describe.each(CASES.map((c) => [c.name, c] as const))(
  "%s with noisy values, recalculated by LibreOffice",
  (_, c) => {
    it("computes in each status cell the status the pair must get, which is the checker's", () => {
      const { plan, byStatusCell, shown } = resultOf(c);
      for (const { cells, pair, k } of filledPeriods(c, plan)) {
        const status = cells.status as string;
        const checker = byStatusCell.get(status)?.status?.label ?? null;
        expect({ k, status, sheet: shown(status), checker }).toEqual({
          k,
          status,
          sheet: pair.status,
          checker: pair.status,
        });
      }
    });

    it("agrees with the checker on every status, 累計 included", () => {
      const { plan, byStatusCell, shown } = resultOf(c);
      const statusCells = plan.indicators.flatMap((i) =>
        i.periods.flatMap((p) => (p.status ? [p.status] : [])),
      );
      const rated = statusCells.filter((cell) => byStatusCell.get(cell)?.rate?.kind === "rate");
      expect(rated.length).toBeGreaterThanOrEqual(c.pairs.length);
      for (const cell of rated)
        expect({ cell, sheet: shown(cell) }).toEqual({ cell, sheet: byStatusCell.get(cell)?.status?.label });
    });

    it("holds in each rate cell the checker's exact rate as Excel shows it (15 significant digits)", () => {
      const { plan, byStatusCell, shown } = resultOf(c);
      for (const period of plan.indicators.flatMap((i) => i.periods)) {
        const rate = byStatusCell.get(period.status ?? "")?.rate;
        if (rate?.kind !== "rate" || period.rate === undefined) continue;
        const held = shown(period.rate);
        const exact = roundRatio(rate.ratio, -20);
        expect({
          cell: period.rate,
          held: typeof held === "number" ? significantDecimal(held) : held,
        }).toEqual({
          cell: period.rate,
          held: significantDecimal(Number(`${exact.coefficient}e${exact.exponent}`)),
        });
      }
    });

    it("gives the checker nothing to find but a band edge hidden by a shown 100.0%", () => {
      const { plan, findings } = resultOf(c);
      const periods = filledPeriods(c, plan);
      const edges = new Set(c.bandEdges.map((k) => periods[k].cells.status));
      const found = findings.map((f) => `${f.rule} ${f.cell} ${f.severity}`);
      expect(found).toEqual([...edges].map((cell) => `band-edge ${cell} info`));
    });
  },
);
