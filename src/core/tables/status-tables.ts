/**
 * Reader for tables of published statuses with no target or actual: a status history (`重点目標 | H28 H29
 * … | A B A -`) or a list of judgements (`重点目標 | 重点目標評価 | B 成果あり`). A row is a status row when
 * a name is followed only by status words of one scheme (words.ts) and dashes (not evaluated); two or
 * more such rows in a row make a table, headed by the nearest line above them.
 */
import { schemeOf, statusWordOf } from "./band-schemes";
import type { SourceCell, StatusTable } from "./model";
import type { SheetReader } from "./sheet-reader";
import { tableRange } from "./table-quality";

const MIN_ROWS = 2;
/** Lines between a status table and its header (a second header line). */
const HEADER_LOOKUP = 3;

interface StatusRow {
  readonly row: number;
  readonly nameCol: number;
  readonly cells: { readonly col: number; readonly word: string }[];
}

function isDash(reader: SheetReader, r: number, c: number): boolean {
  const parsed = reader.parsed(r, c);
  return parsed.kind === "pending" && parsed.placeholder === "dash";
}

/** The row as a status row: its name and the status words right of it, or `null`. */
function statusRow(reader: SheetReader, r: number): StatusRow | null {
  let nameCol = -1;
  const cells: { col: number; word: string }[] = [];
  for (let c = 0; c < reader.colCount; c++) {
    const text = reader.text(r, c);
    if (text === null) {
      if (!reader.isEmpty(r, c)) return null;
      continue;
    }
    if (nameCol < 0) {
      if (statusWordOf(text, reader.vocabulary.words.bandSchemes) !== null) return null;
      nameCol = c;
      continue;
    }
    if (isDash(reader, r, c)) continue;
    const word = statusWordOf(text, reader.vocabulary.words.bandSchemes);
    if (word === null) return null;
    cells.push({ col: c, word });
  }
  return nameCol < 0 || cells.length === 0 ? null : { row: r, nameCol, cells };
}

/** Column headers of a status table: the nearest line above its first row with text over its columns. */
function headerOf(
  reader: SheetReader,
  first: number,
  cols: readonly number[],
): { row: number; labels: Map<number, string> } {
  for (let r = first - 1; r >= Math.max(0, first - HEADER_LOOKUP); r--) {
    const labels = new Map<number, string>();
    for (const c of cols) {
      const v = reader.mergedValue(r, c);
      if (typeof v === "string" && v.trim() !== "") labels.set(c, v.trim());
    }
    if (labels.size > 0) return { row: r, labels };
  }
  return { row: first, labels: new Map() };
}

function tableOf(reader: SheetReader, rows: readonly StatusRow[]): StatusTable | null {
  if (rows.length < MIN_ROWS) return null;
  const words = rows.flatMap((row) => row.cells.map((cell) => cell.word));
  const scheme = schemeOf(words, reader.vocabulary.words.bandSchemes);
  if (scheme === null) return null;
  const cols = [...new Set(rows.flatMap((row) => row.cells.map((cell) => cell.col)))].sort((a, b) => a - b);
  const header = headerOf(reader, rows[0].row, cols);
  const items = rows.map((row) => ({
    name: reader.text(row.row, row.nameCol) ?? "",
    nameCell: reader.source(row.row, row.nameCol),
    statuses: row.cells.map((cell) => ({
      period: header.labels.get(cell.col) ?? "",
      cell: reader.source(row.row, cell.col) as SourceCell,
      label: cell.word,
    })),
  }));
  const firstCol = Math.min(...rows.map((row) => row.nameCol));
  const lastCol = Math.max(...cols, ...[...header.labels.keys()]);
  return {
    sheet: reader.sheet,
    range: tableRange(reader, header.row, rows[rows.length - 1].row, firstCol, lastCol),
    items,
    scheme,
  };
}

/** Every status table of a sheet; rows already read as other tables are skipped. */
export function readStatusTables(reader: SheetReader, taken: (row: number) => boolean): StatusTable[] {
  const tables: StatusTable[] = [];
  let run: StatusRow[] = [];
  const flush = () => {
    const table = tableOf(reader, run);
    if (table !== null) tables.push(table);
    run = [];
  };
  for (let r = 0; r < reader.rowCount; r++) {
    const row = taken(r) ? null : statusRow(reader, r);
    if (row === null) flush();
    else run.push(row);
  }
  flush();
  return tables;
}
