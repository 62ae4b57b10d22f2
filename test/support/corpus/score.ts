/**
 * How well the engine reads one corpus case, measured against its expected readings: the case is built
 * into an .xlsx, read back as kpi-check reads files (the .xlsx grids), detected and checked by core, and
 * every expectation is scored (found / expected) so the golden test and the report use the same figures.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  checkModel,
  detectTables,
  matchesPublishedRate,
  parseValue,
  type Evaluation,
  type Finding,
  type KpiModel,
} from "../../../src/core";
import { readXlsxGrids } from "../../../src/workbook/xlsx/grids";
import { buildCorpusXlsx, sheetNames } from "./build";
import type { CorpusCase, PublishedCell } from "./cases";

export interface Tally {
  readonly reproduced: number;
  readonly published: number;
  /** The cells not reproduced, as `表1!I3 66.7`. */
  readonly missed: readonly string[];
}

export interface CaseScore {
  readonly id: string;
  /** Per sheet: tables found and indicators in them. */
  readonly sheets: readonly { readonly tables: number; readonly indicators: number }[];
  readonly rates: Tally;
  readonly statuses: Tally;
  /** Expected findings not reported, as `rule@cell`. */
  readonly missingFindings: readonly string[];
  /** Error findings on cells that are correct as published, as `rule@sheet!cell`. */
  readonly wrongErrors: readonly string[];
  readonly findings: readonly Finding[];
  readonly model: KpiModel;
  readonly expected: CorpusCase["expected"];
}

const PERCENT_IN_TEXT = /(-?[\d,]+(?:\.\d+)?)\s*%/;
const NUMBER_ONLY = /^-?[\d,]+(?:\.\d+)?$/;

/** A published rate as a percent text: `66.7` under a `達成率(%)` header, `219.5%`, `7\n(31.8%)` → its share. */
export function publishedPercent(text: string): string | null {
  const percent = PERCENT_IN_TEXT.exec(text);
  if (percent !== null) return `${percent[1]}%`;
  return NUMBER_ONLY.test(text.trim()) ? `${text.trim()}%` : null;
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

function evaluationAt(
  evaluations: readonly Evaluation[],
  sheet: string,
  cell: string,
  role: "rate" | "status",
): Evaluation | undefined {
  return evaluations.find((e) => e.table.sheet === sheet && e.period.cells[role]?.address === cell);
}

export async function scoreCase(
  corpusCase: CorpusCase,
  dir: string = mkdtempSync(join(tmpdir(), "kpi-corpus-")),
): Promise<CaseScore> {
  const { id, table, expected } = corpusCase;
  const file = join(dir, `${id}.xlsx`);
  writeFileSync(file, await buildCorpusXlsx(table));
  const names = sheetNames(table);
  const grids = await readXlsxGrids(file, []);
  const model = detectTables(grids);
  const { findings, evaluations } = checkModel(model);
  const sheets = names.map((name) => {
    const tables = model.tables.filter((t) => t.sheet === name);
    return { tables: tables.length, indicators: tables.reduce((n, t) => n + t.indicators.length, 0) };
  });
  const rates = tally(expected.rates, names, (cell, sheet) => {
    const e = evaluationAt(evaluations, sheet, cell.cell, "rate");
    const published = publishedPercent(cell.published);
    return (
      e?.rate?.kind === "rate" && published !== null && matchesPublishedRate(e.rate.ratio, published) === true
    );
  });
  const statuses = tally(expected.statuses, names, (cell, sheet) => {
    const e = evaluationAt(evaluations, sheet, cell.cell, "status");
    return e !== undefined && e.published !== null;
  });
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
  return { id, sheets, rates, statuses, missingFindings, wrongErrors, findings, model, expected };
}

/** `parseValue` of a published text, for callers that need the number. */
export const publishedValue = (text: string) => parseValue(text);
