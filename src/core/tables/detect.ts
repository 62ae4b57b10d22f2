/**
 * `detectTables`: every KPI table of one or more sheets, found without a selection, as the indicator
 * model (see `model.ts`), plus the summary blocks written around them. Never throws; a sheet with no
 * KPI table gives no table.
 */
import { parseRangeA1, type Grid } from "../grid";
import { readColumnRoleTables } from "./column-roles";
import type {
  CountTable,
  HeaderBands,
  KpiModel,
  KpiTable,
  RateScale,
  StatusTable,
  SummaryBlock,
} from "./model";
import { readLegend } from "./legend";
import { readStatusTables } from "./status-tables";
import { readCountTables } from "./count-tables";
import { markProjected, projectedYearsOfSheet } from "./projection";
import { detectRateScale } from "./rate-scale";
import { readRowRoleTables } from "./row-roles";
import { readStackedRowTables } from "./stacked-rows";
import { SheetReader, type TextReading } from "./sheet-reader";
import { readSummaries } from "./summary-lines";
import { defaultVocabulary, Vocabulary } from "./vocabulary";
import { withWords } from "./words";
import { withGivenTables } from "../layout/apply";
import type { KpiLayout } from "../layout/types";

export interface DetectOptions {
  /** Fiscal years to mark projected in addition to what the sheet's headers and notes say. */
  readonly projectedYears?: readonly number[];
  /** Words added to the default lists of `words.ts` (a settings file's `words`); never removes any. */
  readonly words?: unknown;
  /** A reading (core/layout): the tables it names are read by it instead of detected. */
  readonly layout?: KpiLayout;
  /** How every table keeps its rates (the settings' `rateScale`), instead of what its rate cells say. */
  readonly rateScale?: Exclude<RateScale, "text">;
}

/** Grid rows covered by tables, as a lookup (one flag per row: linear however many tables). */
function rowsOf(
  reader: SheetReader,
  tables: readonly { readonly range: string }[],
): (row: number) => boolean {
  const covered = new Uint8Array(reader.rowCount);
  for (const table of tables) {
    const range = parseRangeA1(table.range);
    if (range === null) continue;
    const first = Math.max(0, range.row - reader.origin.row);
    covered.fill(1, first, Math.min(reader.rowCount, first + range.rowCount));
  }
  return (row) => covered[row] === 1;
}

/** The sheet's legend given to each of its KPI tables (they are judged by it unless settings say otherwise). */
function withLegend(tables: KpiTable[], legend: HeaderBands | null): KpiTable[] {
  return legend === null ? tables : tables.map((table) => ({ ...table, legend }));
}

function detectSheet(
  grid: Grid,
  texts: Map<string, TextReading>,
  vocabulary: Vocabulary,
  options: DetectOptions,
): KpiModel {
  const reader = new SheetReader(grid, texts, vocabulary);
  const rowTables = readRowRoleTables(reader);
  const inRowTables = rowsOf(reader, rowTables);
  const columnTables = readColumnRoleTables(reader, inRowTables);
  const inRead = rowsOf(reader, [...rowTables, ...columnTables]);
  const detected = [...rowTables, ...columnTables, ...readStackedRowTables(reader, inRead)];
  const found = withGivenTables(reader, detected, options.layout);
  const tables = found.length === 0 ? found : withLegend(found, readLegend(reader));
  const inTables = rowsOf(reader, tables);
  const countTables = readCountTables(reader, inTables);
  const inCounts = rowsOf(reader, countTables);
  const statusTables = readStatusTables(reader, (row) => inTables(row) || inCounts(row));
  const years = projectedYearsOfSheet(reader);
  for (const year of options.projectedYears ?? []) years.add(year);
  markProjected(tables, years);
  for (const table of tables) table.rateScale ??= options.rateScale ?? detectRateScale(table);
  const summaries: SummaryBlock[] = tables.length === 0 ? [] : readSummaries(reader);
  return { tables, summaries, countTables, statusTables };
}

/** Tables and summary blocks of every grid, in sheet order then top to bottom. */
export function detectTables(input: Grid | readonly Grid[], options: DetectOptions = {}): KpiModel {
  const grids: readonly Grid[] = Array.isArray(input) ? input : [input as Grid];
  const texts = new Map<string, TextReading>();
  const vocabulary =
    options.words === undefined ? defaultVocabulary() : new Vocabulary(withWords(options.words));
  const model = {
    tables: [] as KpiTable[],
    summaries: [] as SummaryBlock[],
    countTables: [] as CountTable[],
    statusTables: [] as StatusTable[],
  };
  for (const grid of grids) {
    const sheet = detectSheet(grid, texts, vocabulary, options);
    model.tables.push(...sheet.tables);
    model.summaries.push(...sheet.summaries);
    model.countTables.push(...(sheet.countTables ?? []));
    model.statusTables.push(...(sheet.statusTables ?? []));
  }
  return model;
}
