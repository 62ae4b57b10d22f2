/**
 * Reader for summary tables that count statuses per field (`分野 | 指標数 | 向上している指標数 | …`,
 * `対象取組数 | 順調 | やや遅れ | … ` over a count row and a `(割合)` row, `7\n(31.8%)` cells). The total
 * column is the count header whose value is the sum of the count columns right of it on most rows;
 * statuses are those columns' headers. One pass over the rows; a header is looked for only on rows that
 * hold a count word.
 */
import { parseFiscalYearLabel } from "../era";
import { parseValue } from "../values";
import { shownPercent } from "../rounding-inference";
import { toHalfWidth } from "../text";
import { statusWordOf } from "./band-schemes";
import type { CountCell, CountRow, CountTable, HeaderBands, SourceCell } from "./model";
import type { SheetReader } from "./sheet-reader";
import { normaliseLabel } from "./vocabulary";
import { tableRange } from "./table-quality";

/** Header rows between a count header and the first data row (a second and third header line). */
const MAX_HEADER_ROWS = 3;
const MIN_STATUSES = 2;
const MAX_COUNT_HEADER = 20;
/** Summary tables are short: bounds the look-down from a header candidate, so a sheet is read in linear time. */
const MAX_COUNT_ROWS = 200;
const THRESHOLD = /(\d+(?:\.\d+)?)\s*%\s*以上/;

function isCountHeader(reader: SheetReader, text: string): boolean {
  const normalised = normaliseLabel(text);
  if (reader.vocabulary.isCount(text)) return true;
  return normalised.endsWith("数") && normalised.length <= MAX_COUNT_HEADER && !/\d/.test(normalised);
}

/** A count cell: a whole number, a dash (none), or a count with its share on a second line. */
function countAt(reader: SheetReader, r: number, c: number): CountCell | null {
  if (reader.isEmpty(r, c)) return null;
  const parsed = reader.parsed(r, c);
  const cell = reader.source(r, c);
  if (parsed.kind === "pending" && parsed.placeholder === "dash") return { cell, count: 0, share: null };
  if (parsed.kind !== "number" || parsed.percent || !Number.isInteger(parsed.value) || parsed.value < 0)
    return null;
  const note = parsed.note === undefined ? null : parseValue(parsed.note);
  const share = note?.kind === "number" && note.percent ? { value: note, cell } : null;
  return { cell, count: parsed.value, share };
}

function isShareRow(reader: SheetReader, r: number, labelCols: readonly number[]): boolean {
  for (const c of labelCols) {
    const text = reader.text(r, c);
    if (text !== null && reader.vocabulary.words.shares.includes(normaliseLabel(text))) return true;
  }
  return false;
}

interface Layout {
  readonly headerRow: number;
  readonly firstData: number;
  readonly totalCol: number;
  readonly statusCols: number[];
  readonly statusCol: number | null;
}

/** Columns right of `from` that hold counts on the data rows, up to the first that does not. */
function countColumns(reader: SheetReader, rows: readonly number[], from: number): number[] {
  const cols: number[] = [];
  for (let c = from + 1; c < reader.colCount; c++) {
    let counts = 0;
    let other = 0;
    for (const r of rows) {
      if (reader.isEmpty(r, c)) continue;
      if (countAt(reader, r, c) !== null) counts++;
      else other++;
    }
    if (counts === 0 || other > 0) break;
    cols.push(c);
  }
  return cols;
}

function sumsUp(
  reader: SheetReader,
  rows: readonly number[],
  total: number,
  parts: readonly number[],
): boolean {
  let agree = 0;
  for (const r of rows) {
    const t = countAt(reader, r, total);
    if (t === null) continue;
    let sum = 0;
    for (const c of parts) sum += countAt(reader, r, c)?.count ?? 0;
    if (sum === t.count) agree++;
  }
  return agree * 2 > rows.length;
}

/** Data rows under a header: rows with a count in one of the count-header columns. */
function dataRows(reader: SheetReader, first: number, cols: readonly number[]): number[] {
  const rows: number[] = [];
  const end = Math.min(reader.rowCount, first + MAX_COUNT_ROWS);
  for (let r = first; r < end; r++) {
    if (cols.some((c) => countAt(reader, r, c) !== null)) rows.push(r);
    else if (rows.length > 0 && !isShareRow(reader, r, cols)) break;
  }
  return rows;
}

function layoutAt(reader: SheetReader, r: number, taken: (row: number) => boolean): Layout | null {
  const headers: number[] = [];
  for (let c = 0; c < reader.colCount; c++) {
    const text = reader.text(r, c);
    if (text !== null && isCountHeader(reader, text)) headers.push(c);
  }
  if (headers.length === 0) return null;
  for (let first = r + 1; first <= r + MAX_HEADER_ROWS && first < reader.rowCount; first++) {
    if (taken(first) || !headers.some((c) => countAt(reader, first, c) !== null)) continue;
    const rows = dataRows(reader, first, headers).filter((row) => !taken(row));
    if (rows.length === 0) return null;
    for (const total of headers) {
      const statusCols = countColumns(reader, rows, total);
      if (statusCols.length < MIN_STATUSES) continue;
      if (!sumsUp(reader, rows, total, statusCols) && total !== headers[headers.length - 1]) continue;
      const after = statusCols[statusCols.length - 1] + 1;
      const statusCol = isStatusColumn(reader, rows, after) ? after : null;
      return { headerRow: r, firstData: first, totalCol: total, statusCols, statusCol };
    }
    return null;
  }
  return null;
}

function isStatusColumn(reader: SheetReader, rows: readonly number[], c: number): boolean {
  if (c >= reader.colCount) return false;
  let words = 0;
  for (const r of rows) {
    const text = reader.text(r, c);
    if (text === null) continue;
    if (statusWordOf(text, reader.vocabulary.words.bandSchemes) === null) return false;
    words++;
  }
  return words > 0;
}

/** The header of a status column: the lowest header line with text, `""` when only a period caption is there. */
function statusLabel(reader: SheetReader, layout: Layout, c: number): string {
  for (let r = layout.firstData - 1; r >= layout.headerRow - 1 && r >= 0; r--) {
    const v = reader.mergedValue(r, c);
    if (typeof v !== "string" || v.trim() === "") continue;
    const label = reader.mergedLabel(r, c);
    if (label.kind === "period" || label.kind === "period-role" || parseFiscalYearLabel(v).ok) return "";
    return toHalfWidth(v).replace(/\s+/g, "");
  }
  return "";
}

function bandsOf(reader: SheetReader, labels: readonly string[]): HeaderBands | null {
  if (labels.some((label) => label === "")) return null;
  const bands = labels.filter(
    (label) => !reader.vocabulary.words.notAssessable.some((w) => label.includes(w)),
  );
  const thresholds: number[] = [];
  for (const label of bands) {
    const m = THRESHOLD.exec(label);
    if (m !== null) thresholds.push(Number(m[1]) / 100);
  }
  return { labels: bands, thresholds: thresholds.length > 0 ? thresholds : null };
}

function rowLabel(
  reader: SheetReader,
  r: number,
  totalCol: number,
): { label: string; cell: SourceCell | null } {
  for (let c = totalCol - 1; c >= 0; c--) {
    const text = reader.text(r, c);
    if (text !== null && reader.parsed(r, c).kind === "invalid")
      return { label: text, cell: reader.source(r, c) };
  }
  return { label: "", cell: null };
}

function readTable(
  reader: SheetReader,
  layout: Layout,
  taken: (row: number) => boolean,
): { table: CountTable; last: number } {
  const { totalCol, statusCols, statusCol } = layout;
  const rows: CountRow[] = [];
  const labelCols = [totalCol, ...Array.from({ length: totalCol }, (_, c) => c)];
  let last = layout.firstData;
  const end = Math.min(reader.rowCount, layout.firstData + MAX_COUNT_ROWS);
  for (let r = layout.firstData; r < end && !taken(r); r++) {
    if (isShareRow(reader, r, labelCols) && rows.length > 0) {
      const previous = rows[rows.length - 1];
      const counts = previous.counts.map((cell, k) => {
        const source = reader.source(r, statusCols[k]);
        const share = shownPercent(source.raw, source.numberFormat, reader.parse(source.raw), parseValue);
        return cell === null || share?.kind !== "number" || !share.percent
          ? cell
          : { ...cell, share: { value: share, cell: reader.source(r, statusCols[k]) } };
      });
      rows[rows.length - 1] = { ...previous, counts };
      last = r;
      continue;
    }
    const total = countAt(reader, r, totalCol);
    const counts = statusCols.map((c) => countAt(reader, r, c));
    if (total === null && counts.every((c) => c === null)) break;
    const { label, cell } = rowLabel(reader, r, totalCol);
    rows.push({
      label,
      labelCell: cell,
      total,
      counts,
      isTotal: reader.vocabulary.isTotal(label),
      status: statusCol === null || reader.isEmpty(r, statusCol) ? null : reader.source(r, statusCol),
    });
    last = r;
  }
  markSumRow(rows);
  const statuses = statusCols.map((col) => ({ label: statusLabel(reader, layout, col), col }));
  const lastCol = statusCol ?? statusCols[statusCols.length - 1];
  const firstCol = Math.min(
    totalCol,
    ...rows.map((row) => row.labelCell?.col ?? totalCol).map((c) => c - reader.origin.col),
  );
  return {
    table: {
      sheet: reader.sheet,
      range: tableRange(reader, layout.headerRow, last, Math.max(0, firstCol), lastCol),
      statuses,
      totalCol,
      rows,
      bands: bandsOf(
        reader,
        statuses.map((s) => s.label),
      ),
    },
    last,
  };
}

/** An unlabelled last row equal to the sum of the rows above it is the total row. */
function markSumRow(rows: CountRow[]): void {
  if (rows.length < 3 || rows.some((row) => row.isTotal)) return;
  const last = rows[rows.length - 1];
  if (last.label !== "" || last.total === null) return;
  let sum = 0;
  for (const row of rows.slice(0, -1)) sum += row.total?.count ?? 0;
  if (sum === last.total.count) rows[rows.length - 1] = { ...last, isTotal: true };
}

/** Every count table of a sheet; rows already read as KPI tables are skipped. */
export function readCountTables(reader: SheetReader, taken: (row: number) => boolean): CountTable[] {
  const tables: CountTable[] = [];
  for (let r = 0; r < reader.rowCount; r++) {
    if (taken(r)) continue;
    const layout = layoutAt(reader, r, taken);
    if (layout === null) continue;
    const { table, last } = readTable(reader, layout, taken);
    if (table.rows.length > 0) tables.push(table);
    r = last;
  }
  return tables;
}
