/**
 * The native formulas, recalculated by a real spreadsheet engine (LibreOffice headless): every generated
 * rate and status cell, filled with the published seed values (004 R3–R5, 000 H28–H32 with 累計, 002),
 * equals the core engine's result and the published value; pending actuals give 集計中, never an error.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  achievementRate,
  classifyStatus,
  cumulativeRate,
  decimalToNumber,
  DEFAULT_BANDS,
  isCellError,
  matchesPublishedRate,
  parseStatus,
  roundRatio,
  summarize,
  type CellValue,
  type RateResult,
} from "../../src/core";
import { planTemplate, type TemplateParams, type TemplatePlan } from "../../src/core/templates";
import type { ChangeSet } from "../../src/workbook/port";
import { recalculate } from "./helpers/libreoffice";
import { downs, edgePairs, loadSeed, pairSeed, typedValue, type SeedIndicator } from "./helpers/seeds";
import { readValues, writeWorkbook } from "./helpers/xlsx";

jest.setTimeout(300_000);

interface Case {
  name: string;
  plan: TemplatePlan;
  /** Seed indicators in template order, or none for an empty template. */
  seeds: SeedIndicator[];
  /** Index of each template period in the seed's periods (`null`: not in the seed). */
  seedPeriod: (period: number | "cumulative") => number | null;
}

const atsugi = loadSeed("004-atsugi-kpi.json");
const sagamihara = loadSeed("000-sagamihara-kpi.json");
const sapporo = loadSeed("002-sapporo-eval.json");
const sagamihara5 = sagamihara.filter((s) => s.periods.length === 6);
const sagamihara3 = sagamihara.filter((s) => s.periods.length === 4);

/** Band edges and binary-float traps of docs/domain.md (Achievement rate): 44.8% ÷ 56.0% is exactly 80%, 9,999 ÷ 10,000 is below 100%. */
const edges: SeedIndicator[] = [
  ["56.0%", "44.8%"],
  ["20人", "16人"],
  ["7件", "7件"],
  ["10,000人", "9,999人"],
  ["80", "23"],
  ["0.3", "0.24"],
  ["0件", "5件"],
  ["3人", "0人(中止)"],
].map(([target, actual], k) =>
  pairSeed(
    { id: `edge${k}`, name: `${actual} / ${target}`, unit: /[%人件]/.exec(target)?.[0] ?? null },
    target,
    actual,
  ),
);

function indicatorsOf(seeds: SeedIndicator[]): TemplateParams["indicators"] {
  return seeds.map((s) => ({ name: s.name, unit: s.unit ?? "", direction: s.direction }));
}

/** Period index by fiscal year from the first year of the seed (`R3` → 0), 累計 last. */
function byYear(first: number, seedCount: number) {
  return (period: number | "cumulative") => (period === "cumulative" ? seedCount - 1 : period - first);
}

const cases: Case[] = [
  {
    name: "progress-004",
    plan: planTemplate("progress", {
      from: "R3",
      projectedYear: "令和5年度",
      indicators: indicatorsOf(atsugi),
      sheetName: "p004",
    }),
    seeds: atsugi,
    seedPeriod: byYear(2021, 3),
  },
  {
    name: "progress-edges",
    plan: planTemplate("progress", {
      from: "R6",
      years: 1,
      indicators: indicatorsOf(edges),
      sheetName: "edges",
    }),
    seeds: edges,
    seedPeriod: byYear(2024, 1),
  },
  {
    name: "progress-random",
    plan: planTemplate("progress", { from: "R6", years: 1, indicators: 300, sheetName: "random" }),
    seeds: edgePairs(300, 20260401),
    seedPeriod: byYear(2024, 1),
  },
  {
    name: "progress-down",
    plan: planTemplate("progress", {
      from: "R6",
      years: 1,
      indicators: indicatorsOf(downs),
      sheetName: "down",
    }),
    seeds: downs,
    seedPeriod: byYear(2024, 1),
  },
  {
    name: "progress-empty",
    plan: planTemplate("progress", { from: "R6", indicators: 3, sheetName: "p" }),
    seeds: [],
    seedPeriod: () => null,
  },
  {
    name: "grant-000-5y",
    plan: planTemplate("grant-kpi", {
      from: "H28",
      years: 5,
      indicators: indicatorsOf(sagamihara5),
      sheetName: "g5",
    }),
    seeds: sagamihara5,
    seedPeriod: byYear(2016, 6),
  },
  {
    name: "grant-000-3y",
    plan: planTemplate("grant-kpi", {
      from: "平成28年度",
      years: 3,
      indicators: indicatorsOf(sagamihara3),
      sheetName: "g3",
    }),
    seeds: sagamihara3,
    seedPeriod: byYear(2016, 4),
  },
  {
    name: "grant-empty",
    plan: planTemplate("grant-kpi", { from: 2024, sheetName: "g" }),
    seeds: [],
    seedPeriod: () => null,
  },
  {
    name: "evaluation-002",
    plan: planTemplate("evaluation-sheet", {
      from: "令和3年度",
      indicators: [
        { kind: "activity", name: sapporo[0].name },
        { kind: "outcome", name: sapporo[1].name },
      ],
      sheetName: "e002",
    }),
    seeds: sapporo,
    seedPeriod: byYear(2020, 3),
  },
  {
    name: "evaluation-empty",
    plan: planTemplate("evaluation-sheet", { from: "R6", sheetName: "e" }),
    seeds: [],
    seedPeriod: () => null,
  },
];

/** The seed values typed into the template's input cells. */
function fill(c: Case): ChangeSet {
  const sheet = c.plan.params.sheet;
  const cells = c.plan.indicators.flatMap((indicator, i) =>
    indicator.periods.flatMap((period) => {
      const k = c.seedPeriod(period.period);
      if (k === null || period.period === "cumulative") return [];
      const typed = [
        { address: period.target, value: typedValue(c.seeds[i].target[k]) },
        { address: period.actual, value: typedValue(c.seeds[i].actual[k]) },
      ];
      return typed.flatMap(({ address, value }) =>
        address === undefined || value === null ? [] : [{ sheet, address, value }],
      );
    }),
  );
  return { label: "fill", cells };
}

/** What core says for one period of a filled case. */
function coreResult(c: Case, i: number, period: number | "cumulative"): RateResult | null {
  const seed = c.seeds[i];
  const k = c.seedPeriod(period);
  if (seed === undefined || k === null) return null;
  if (period !== "cumulative") {
    const direction = seed.direction ?? "up";
    return seed.target[k] === null ? null : achievementRate(seed.actual[k], seed.target[k], { direction });
  }
  const yearly = seed.periods.length - 1;
  return cumulativeRate(seed.actual.slice(0, yearly), seed.target.slice(0, yearly));
}

const results = new Map<string, Map<string, CellValue>>();

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-templates-"));
  const files = await Promise.all(
    cases.map(async (c) => {
      const file = join(dir, `${c.name}.xlsx`);
      await writeWorkbook(file, [c.plan.changes, fill(c)]);
      return file;
    }),
  );
  const recalculated = recalculate(files);
  for (const [k, c] of cases.entries()) {
    const addresses = [
      ...c.plan.indicators.flatMap((ind) =>
        ind.periods.flatMap((p) => [p.rate, p.status].filter((a): a is string => a !== undefined)),
      ),
      ...c.plan.summary.map((s) => s.address),
    ];
    results.set(c.name, await readValues(recalculated[k], c.plan.params.sheet, addresses));
  }
});

function shown(c: Case, address: string): CellValue {
  const value = results.get(c.name)?.get(address);
  return value === undefined ? null : value;
}

/** An empty result: LibreOffice stores `""` results as empty strings or no value. */
function isBlankResult(value: CellValue): boolean {
  return value === null || value === "";
}

describe.each(cases.map((c) => [c.name, c] as const))("%s recalculated by LibreOffice", (_, c) => {
  const periods = c.plan.indicators.flatMap((indicator, i) =>
    indicator.periods.filter((p) => p.rate !== undefined && p.status !== undefined).map((p) => ({ i, p })),
  );

  it("has rate and status cells to check", () => {
    expect(periods.length).toBeGreaterThan(0);
  });

  it("shows no Excel error in any rate, status or summary cell", () => {
    const errors = [...(results.get(c.name)?.entries() ?? [])].filter(([, v]) => isCellError(v));
    expect(errors).toEqual([]);
  });

  it("gives every rate as core's exact rate at Excel's 15 significant digits (empty where core has none)", () => {
    for (const { i, p } of periods) {
      const expected = coreResult(c, i, p.period);
      const value = shown(c, p.rate ?? "");
      if (expected?.kind === "rate") {
        // The cell holds the quotient at 15 significant digits: within 5e-15 of the exact rate, relatively.
        const exact = decimalToNumber(roundRatio(expected.ratio, -30));
        expect({ cell: p.rate, value }).toEqual({ cell: p.rate, value: expect.any(Number) });
        expect({
          cell: p.rate,
          difference: Math.abs((value as number) - exact) <= Math.abs(exact) * 1e-14,
        }).toEqual({ cell: p.rate, difference: true });
      } else {
        expect({ cell: p.rate, blank: isBlankResult(value) }).toEqual({ cell: p.rate, blank: true });
      }
    }
  });

  it("gives every status as core's classifyStatus (empty where the target is empty)", () => {
    for (const { i, p } of periods) {
      const expected = coreResult(c, i, p.period);
      const projected = p.period === c.plan.params.projectedYear;
      const label =
        expected === null ? "" : classifyStatus(expected, { projected, bands: c.plan.params.bands }).label;
      const value = shown(c, p.status ?? "");
      expect({ cell: p.status, value: isBlankResult(value) ? "" : value }).toEqual({
        cell: p.status,
        value: label,
      });
    }
  });

  it("agrees with every published rate and status; pending actuals show 集計中 where the publication had #VALUE!", () => {
    for (const { i, p } of periods) {
      const k = c.seedPeriod(p.period);
      const seed = c.seeds[i];
      if (seed === undefined || k === null) continue;
      const expected = coreResult(c, i, p.period);
      const publishedRate = seed.published_rate[k];
      if (expected?.kind === "rate" && publishedRate !== null && publishedRate.endsWith("%")) {
        expect({ cell: p.rate, matches: matchesPublishedRate(expected.ratio, publishedRate) }).toEqual({
          cell: p.rate,
          matches: true,
        });
      }
      const published = seed.published_status[k];
      const status = shown(c, p.status ?? "");
      if (published === "#VALUE!")
        expect({ cell: p.status, status }).toEqual({ cell: p.status, status: DEFAULT_BANDS.pendingLabel });
      else if (published !== null && parseStatus(published) !== null)
        expect({ cell: p.status, status }).toEqual({ cell: p.status, status: published });
    }
  });

  it("counts the filled indicators' latest statuses in the summary lines as core's summarize does", () => {
    const { bands, years, projectedYear } = c.plan.params;
    const year = years[years.length - 1];
    const statuses = periods
      .filter(({ p }) => p.period === year)
      .map(({ i, p }) => {
        const expected = coreResult(c, i, p.period);
        return expected === null
          ? null
          : classifyStatus(expected, { projected: year === projectedYear, bands });
      });
    const summary = summarize(
      statuses.map((status) => ({ status })),
      { countBy: "item", bands },
    );
    const counted = (labels: readonly string[]) =>
      summary.counts.filter((n) => labels.includes(n.category)).reduce((sum, n) => sum + n.count, 0);
    const last = bands.labels.length - 1;
    const achieved = counted(bands.labels.slice(0, last));
    const notAchieved = counted([bands.labels[last]]);
    // Only the indicators written in count: an empty slot is not an indicator (issue 14, item 7).
    const filled = c.plan.indicators.filter((_, i) => c.seeds[i] !== undefined).length;
    const expected = { total: filled, achieved, notAchieved, others: filled - achieved - notAchieved };
    const shownCounts = Object.fromEntries(c.plan.summary.map((s) => [s.category, shown(c, s.address)]));
    if (c.plan.summary.length > 0) expect(shownCounts).toEqual(expected);
    else expect(c.plan.params.id).not.toBe("progress");
  });
});
