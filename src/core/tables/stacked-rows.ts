/**
 * Reader for tables whose indicators take two or three rows with no role label, the roles given once by a
 * header note (`目標値(上段)・実績値(下段)`, `上段：目標 下段：実績`): layout `stacked-rows`. The note
 * sits on the period header row or up to two rows above it; each indicator starts at a row whose name
 * cell is written, and its k-th row holds the k-th role of the note. Rate and status columns (`達成率
 * (R5)`, `評価`) beside the periods take the first cell written among the indicator's rows.
 */
import type { CellValue } from "../grid";
import type { KpiTable, Role } from "./model";
import type { SheetReader } from "./sheet-reader";
import type { PeriodLabel } from "./vocabulary";
import { newDraft, periodAt, type IndicatorDraft } from "./indicator-draft";
import { confidenceOf, tableRange } from "./table-quality";
import { isTable, splitDrafts, unfilledField } from "./tables-to-fill";

/** Rows above the period header a note may sit in (a merged two-row header). */
const NOTE_ABOVE = 2;

interface PeriodColumn {
  readonly col: number;
  readonly period: PeriodLabel;
}

interface StackedHeader {
  readonly row: number;
  /** Roles of an indicator's rows, top first. */
  readonly roles: readonly Role[];
  readonly periods: readonly PeriodColumn[];
  /** Rate and status columns with the period each belongs to. */
  readonly extra: readonly { readonly col: number; readonly role: Role; readonly period: PeriodColumn }[];
  readonly nameCol: number | null;
  readonly unitCol: number | null;
  readonly idCol: number | null;
  /** A 基準値 column: written on the indicator's first row. */
  readonly baselineCol: number | null;
  readonly noteRow: number;
}

function periodColumns(reader: SheetReader, r: number): PeriodColumn[] {
  const periods: PeriodColumn[] = [];
  for (let c = 0; c < reader.colCount; c++) {
    const label = reader.label(r, c);
    if (label.kind === "period" && !label.period.cumulative) periods.push({ col: c, period: label.period });
  }
  return periods;
}

function noteOf(reader: SheetReader, r: number): { roles: Role[]; row: number } | null {
  for (let row = r; row >= Math.max(0, r - NOTE_ABOVE); row--)
    for (let c = 0; c < reader.colCount; c++) {
      const text = reader.text(row, c);
      const roles = text === null ? null : reader.vocabulary.stackedRoles(text);
      if (roles !== null) return { roles, row };
    }
  return null;
}

/** An identity column headed on the header row or on a row above it merged down (`成果指標`, `単位`). */
function identityCol(
  reader: SheetReader,
  r: number,
  from: number,
  header: "name" | "unit" | "id" | "baseline",
): number | null {
  for (let c = 0; c < reader.colCount; c++)
    for (let row = r; row >= from; row--) {
      const label = reader.mergedLabel(row, c);
      if (label.kind === "identity" && label.header === header) return c;
    }
  return null;
}

function extraColumns(
  reader: SheetReader,
  r: number,
  from: number,
  periods: readonly PeriodColumn[],
): StackedHeader["extra"] {
  const extra: { col: number; role: Role; period: PeriodColumn }[] = [];
  const taken = new Set(periods.map((p) => p.col));
  for (let c = 0; c < reader.colCount; c++) {
    if (taken.has(c)) continue;
    for (let row = r; row >= from; row--) {
      const label = reader.mergedLabel(row, c);
      if (label.kind !== "role" && label.kind !== "period-role") continue;
      if (label.role !== "rate" && label.role !== "status") break;
      const own =
        label.kind === "period-role"
          ? periods.find((p) => p.period.fiscalYear === label.period.fiscalYear)
          : [...periods].reverse().find((p) => p.col < c);
      if (own !== undefined) extra.push({ col: c, role: label.role, period: own });
      break;
    }
  }
  return extra;
}

function headerAt(reader: SheetReader, r: number): StackedHeader | null {
  const periods = periodColumns(reader, r);
  if (periods.length === 0) return null;
  const note = noteOf(reader, r);
  if (note === null) return null;
  const from = Math.max(0, r - NOTE_ABOVE);
  return {
    row: r,
    roles: note.roles,
    periods,
    extra: extraColumns(reader, r, from, periods),
    nameCol: identityCol(reader, r, from, "name"),
    unitCol: identityCol(reader, r, from, "unit"),
    idCol: identityCol(reader, r, from, "id"),
    baselineCol: identityCol(reader, r, from, "baseline"),
    noteRow: note.row,
  };
}

function isBlank(raw: CellValue): boolean {
  return raw === null || (typeof raw === "string" && raw.trim() === "");
}

function hasValues(reader: SheetReader, r: number, header: StackedHeader): boolean {
  return header.periods.some((p) => !reader.isEmpty(r, p.col) && reader.parsed(r, p.col).kind !== "invalid");
}

/** The first row of an indicator: its name written (or, with no name column, every `roles.length` rows). */
function startsIndicator(reader: SheetReader, r: number, header: StackedHeader, offset: number): boolean {
  if (header.nameCol === null) return offset % header.roles.length === 0;
  return !reader.isEmpty(r, header.nameCol);
}

function startDraft(reader: SheetReader, r: number, header: StackedHeader): IndicatorDraft {
  const draft = newDraft();
  if (header.nameCol !== null) {
    draft.name = reader.display(r, header.nameCol) ?? "";
    draft.nameCell = reader.source(r, header.nameCol);
  }
  if (header.unitCol !== null) draft.unitHint = reader.text(r, header.unitCol);
  if (header.idCol !== null) draft.id = reader.display(r, header.idCol);
  if (header.baselineCol !== null && !reader.isEmpty(r, header.baselineCol))
    draft.baselineCell = reader.source(r, header.baselineCol);
  return draft;
}

/** Reads the indicators under one header; returns the drafts and the last row used. */
function readBlock(reader: SheetReader, header: StackedHeader): { drafts: IndicatorDraft[]; last: number } {
  const drafts: IndicatorDraft[] = [];
  let draft: IndicatorDraft | null = null;
  let k = 0;
  let last = header.row;
  for (let r = header.row + 1; r < reader.rowCount; r++) {
    const offset = r - header.row - 1;
    if (startsIndicator(reader, r, header, offset)) {
      if (!hasValues(reader, r, header)) break;
      draft = startDraft(reader, r, header);
      drafts.push(draft);
      k = 0;
    } else if (draft === null || k >= header.roles.length || !hasValues(reader, r, header)) break;
    const role = header.roles[k];
    for (const p of header.periods) periodAt(draft, p.col, p.period).cells[role] ??= reader.source(r, p.col);
    for (const x of header.extra) {
      const cells = periodAt(draft, x.period.col, x.period.period).cells;
      const held = cells[x.role];
      if (held === undefined || (isBlank(held.raw) && !reader.isEmpty(r, x.col)))
        cells[x.role] = reader.source(r, x.col);
    }
    k++;
    last = r;
  }
  return { drafts, last };
}

/** Every stacked-rows table of a sheet. `taken` holds rows other readers already read. */
export function readStackedRowTables(reader: SheetReader, taken: (row: number) => boolean): KpiTable[] {
  const tables: KpiTable[] = [];
  for (let r = 0; r < reader.rowCount; r++) {
    if (taken(r)) continue;
    const header = headerAt(reader, r);
    if (header === null) continue;
    const { drafts, last } = readBlock(reader, header);
    const { indicators, unfilled } = splitDrafts(drafts, reader, reader.vocabulary.words);
    if (!isTable(indicators, unfilled)) continue;
    const cols = [...header.periods.map((p) => p.col), ...header.extra.map((x) => x.col)];
    for (const c of [header.nameCol, header.unitCol, header.idCol, header.baselineCol])
      if (c !== null) cols.push(c);
    tables.push({
      sheet: reader.sheet,
      range: tableRange(
        reader,
        Math.min(header.noteRow, header.row),
        last,
        Math.min(...cols),
        Math.max(...cols),
      ),
      layout: "stacked-rows",
      confidence: confidenceOf(indicators, header.nameCol !== null),
      indicators,
      ...unfilledField(unfilled),
    });
    r = last;
  }
  return tables;
}
