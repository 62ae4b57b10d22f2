/**
 * How well the engine reads one corpus case, measured against its expected readings: the case is built
 * into an .xlsx, read back as kpi-check reads files (the .xlsx grids), detected and checked by core, and
 * every expectation is scored (found / expected) so the golden test and the scoreboard use the same figures.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  checkModel,
  countShares,
  detectTables,
  parseValue,
  publishedBy,
  shownPercent,
  readCountTable,
  readKpiTable,
  readStatusTable,
  withDefaults,
  type Finding,
  type KpiModel,
  type Period,
  type TableReading,
} from "../../../src/core";
import { statusWordOf } from "../../../src/core/tables/band-schemes";
import { rateScaleOf } from "../../../src/core/tables/rate-scale";
import { DEFAULT_WORDS } from "../../../src/core/tables/words";
import { ROLES } from "../../../src/core/tables/model";
import { readXlsxGrids } from "../../../src/workbook/xlsx/grids";
import { buildCorpusXlsx, sheetNames } from "./build";
import type { CorpusCase, ExpectedReading, PublishedCell } from "./cases";

export interface Tally {
  readonly reproduced: number;
  readonly published: number;
  /** The cells not reproduced, as `表1!I3 66.7`. */
  readonly missed: readonly string[];
}

export interface CaseScore {
  readonly id: string;
  /** Per sheet: tables found (of every kind) and indicators in them. */
  readonly sheets: readonly { readonly tables: number; readonly indicators: number }[];
  readonly rates: Tally;
  readonly statuses: Tally;
  /** The rounding of the first table of sheet 1 that publishes rates or shares, as the expected data writes it. */
  readonly rounding: ExpectedReading["rounding"];
  /** The band scheme of the first table of sheet 1 (or later sheets) that has one. */
  readonly bands: ExpectedReading["bands"];
  /** The indicator names of sheet 1's KPI tables, in order. */
  readonly names: readonly string[];
  /** Indicators whose direction the sheet states as lower-is-better, by name. */
  readonly down: readonly string[];
  /** Per indicator of sheet 1, its periods as the expected data writes them (see `ExpectedReading.periods`). */
  readonly periods: Readonly<Record<string, readonly string[]>>;
  /** Per indicator of sheet 1, its unit. */
  readonly units: Readonly<Record<string, string | null>>;
  /** Expected findings not reported, as `rule@cell`. */
  readonly missingFindings: readonly string[];
  /** Error findings on cells that are correct as published, as `rule@sheet!cell`. */
  readonly wrongErrors: readonly string[];
  readonly findings: readonly Finding[];
  readonly model: KpiModel;
  readonly readings: readonly (TableReading & { readonly sheet: string; readonly range: string })[];
  readonly expected: ExpectedReading;
}

function tally(
  expected: readonly PublishedCell[],
  names: readonly string[],
  ok: (cell: PublishedCell, sheet: string) => boolean,
): Tally {
  const missed = expected
    .filter((cell) => !ok(cell, names[cell.sheet]))
    .map((cell) => `${names[cell.sheet]}!${cell.cell} ${cell.published}`);
  return { reproduced: expected.length - missed.length, published: expected.length, missed };
}

/** A period as the expected data writes it: `label|fiscalYear|roles[|calendar][|from year]`. */
function periodText(p: Period): string {
  const roles = ROLES.filter((role) => p.cells[role] !== undefined).join(",");
  const flags = [
    ...(p.calendar === true ? ["calendar"] : []),
    ...(p.firstYear === undefined ? [] : [`from ${p.firstYear}`]),
  ];
  return [p.label, String(p.fiscalYear), roles, ...flags].join("|");
}

const ruleOf = (reading: TableReading | undefined) =>
  reading?.rounding?.rule === "truncate" ? ("truncate" as const) : ("half-up" as const);

export async function scoreCase(
  corpusCase: CorpusCase,
  dir: string = mkdtempSync(join(tmpdir(), "kpi-corpus-")),
): Promise<CaseScore> {
  const { id, table, expected } = corpusCase;
  const file = join(dir, `${id}.xlsx`);
  writeFileSync(file, await buildCorpusXlsx(table));
  const names = sheetNames(table);
  const settings = withDefaults();
  const model = detectTables(await readXlsxGrids(file, []));
  const { findings, evaluations } = checkModel(model, settings);
  const countTables = model.countTables ?? [];
  const statusTables = model.statusTables ?? [];
  const kpiReadings = model.tables.map((t) => ({
    ...readKpiTable(t, evaluations, settings),
    sheet: t.sheet,
    range: t.range,
  }));
  const countReadings = countTables.map((t) => ({ ...readCountTable(t), sheet: t.sheet, range: t.range }));
  const statusReadings = statusTables.map((t) => ({ ...readStatusTable(t), sheet: t.sheet, range: t.range }));
  const readings = [...kpiReadings, ...countReadings, ...statusReadings];

  const sheets = names.map((name) => {
    const tables = model.tables.filter((t) => t.sheet === name);
    const others =
      countTables.filter((t) => t.sheet === name).length +
      statusTables.filter((t) => t.sheet === name).length;
    const items = statusTables.filter((t) => t.sheet === name).reduce((n, t) => n + t.items.length, 0);
    return {
      tables: tables.length + others,
      indicators: tables.reduce((n, t) => n + t.indicators.length, 0) + items,
    };
  });

  const rates = tally(expected.rates, names, (cell, sheet) => {
    const e = evaluations.find(
      (ev) => ev.table.sheet === sheet && ev.period.cells.rate?.address === cell.cell,
    );
    const rateCell = e?.period.cells.rate;
    if (e?.rate?.kind === "rate" && rateCell !== undefined) {
      const rule = ruleOf(kpiReadings[model.tables.indexOf(e.table)]);
      const points = rateScaleOf(e.table) === "points";
      const published = shownPercent(rateCell.raw, rateCell.numberFormat, e.period.rate, parseValue, points);
      return published !== null && publishedBy(e.rate.ratio, published, rule);
    }
    return countTables.some((t, k) => {
      if (t.sheet !== sheet) return false;
      const share = countShares(t).find((s) => s.cell === cell.cell);
      return share !== undefined && publishedBy(share.ratio, share.published, ruleOf(countReadings[k]));
    });
  });

  const schemes = DEFAULT_WORDS.bandSchemes;
  const statuses = tally(expected.statuses, names, (cell, sheet) => {
    const e = evaluations.find(
      (ev) => ev.table.sheet === sheet && ev.period.cells.status?.address === cell.cell,
    );
    if (e !== undefined && e.published !== null) return true;
    const inStatusTable = statusTables.some(
      (t) =>
        t.sheet === sheet && t.items.some((item) => item.statuses.some((s) => s.cell.address === cell.cell)),
    );
    const inCountTable = countTables.some(
      (t) =>
        t.sheet === sheet &&
        t.rows.some(
          (row) =>
            row.status?.address === cell.cell &&
            typeof row.status.raw === "string" &&
            statusWordOf(row.status.raw, schemes) !== null,
        ),
    );
    return inStatusTable || inCountTable;
  });

  const rounded = readings.find((r) => r.sheet === names[0] && r.rounding !== null)?.rounding ?? null;
  const rounding =
    rounded === null || rounded.rule === "mixed" || rounded.decimals === null
      ? null
      : { rule: rounded.rule, decimals: rounded.decimals };
  const banded = readings.find((r) => r.bands !== null)?.bands ?? null;
  const bands = banded === null ? null : { labels: [...banded.labels], thresholds: banded.thresholds };
  const firstSheet = model.tables.filter((t) => t.sheet === names[0]).flatMap((t) => t.indicators);
  const indicatorNames = firstSheet.map((i) => i.name);
  const periods = Object.fromEntries(firstSheet.map((i) => [i.name, i.periods.map(periodText)]));
  const units = Object.fromEntries(firstSheet.map((i) => [i.name, i.unit]));
  const down = model.tables
    .flatMap((t) => t.indicators)
    .filter((i) => i.direction?.direction === "down")
    .map((i) => i.name);

  const missingFindings = expected.findings
    .filter(
      (f) =>
        !findings.some((found) => found.rule === f.rule && found.sheet === names[0] && found.cell === f.cell),
    )
    .map((f) => `${f.rule}@${f.cell}`);
  const wrongErrors = findings
    .filter(
      (f) => f.severity === "error" && !(f.sheet === names[0] && expected.errorsAllowed.includes(f.cell)),
    )
    .map((f) => `${f.rule}@${f.sheet}!${f.cell}`);
  return {
    id,
    sheets,
    rates,
    statuses,
    rounding,
    bands,
    names: indicatorNames,
    down,
    periods,
    units,
    missingFindings,
    wrongErrors,
    findings,
    model,
    readings,
    expected,
  };
}
