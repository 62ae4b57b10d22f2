/**
 * Reader for tables whose rows are roles (目標 / 実績 / 結果 / 達成率) under a header row of periods
 * (R3 R4 R5, H28 … 累計, `2015 (27) 年度`): layouts `measure-rows`, `value-rows`, `small-blocks`
 * and `indicator-rows`. One pass over the rows; repeated page headers with the same periods continue
 * the table they repeat.
 */
import type { IdentityHeader, Label, PeriodLabel } from "./vocabulary";
import { yearNumberLabel } from "./vocabulary";
import type { KpiTable, LayoutId, Role } from "./model";
import type { SheetReader } from "./sheet-reader";
import { newDraft, periodAt, type IndicatorDraft, type PeriodDraft } from "./indicator-draft";
import { indicatorId } from "./indicator-id";
import { headingAbove, stripCircled } from "./headings";
import { confidenceOf, tableRange } from "./table-quality";
import { placeEralessYears } from "./eraless-years";
import { isTable, opensTableToFill, splitDrafts, unfilledField } from "./tables-to-fill";

interface HeaderCell {
  readonly col: number;
  /** `null` for a non-empty cell that is not a period (it ends a run of periods). */
  readonly period: PeriodLabel | null;
}

interface HeaderRow {
  readonly row: number;
  readonly cells: readonly HeaderCell[];
  /** Period runs of this header by role column, built on first use: every data row below asks again. */
  readonly runs: Map<number, PeriodRun>;
}

/** The periods right of one role column under one header, and the key of the table they make. */
interface PeriodRun {
  readonly cells: readonly HeaderCell[];
  readonly signature: string;
}

interface RoleCell {
  readonly col: number;
  readonly label: Extract<Label, { kind: "role" }>;
}

interface IdentityColumns {
  readonly id: number | null;
  readonly name: number | null;
  readonly measureCode: number | null;
  readonly measures: readonly number[];
  readonly baseline: number | null;
  /** A 単位 / Unit column. */
  readonly unit: number | null;
  /** Header text of the id column (`No.`), to write ids as `No.1`. */
  readonly idHeader: string | null;
  readonly found: boolean;
}

interface TableBuilder {
  readonly roleCol: number;
  readonly run: readonly HeaderCell[];
  readonly identity: IdentityColumns;
  readonly firstRow: number;
  lastRow: number;
  lastHeaderRow: number;
  readonly drafts: IndicatorDraft[];
  current: IndicatorDraft | null;
  currentRoles: Set<Role>;
  headingFound: boolean;
  namesInRows: boolean;
  unitInLabel: boolean;
  readonly measureCarry: Map<number, string>;
}

const HEADER_LOOKBACK = 4;
const IDENTITY_BAND_ABOVE = 2;
const IDENTITY_BAND_BELOW = 1;
/** An all-empty role row still belongs to a table whose previous row is at most this far above. */
const CONTINUATION_GAP = 4;
const NUMERIC_YEAR_MIN = 1990;
const NUMERIC_YEAR_MAX = 2100;

function isNumericYear(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= NUMERIC_YEAR_MIN && v <= NUMERIC_YEAR_MAX;
}

/**
 * One row: its role labels, or, when it has none, its header cells if any is a period. The header cells
 * are only built for rows that have a period, so a data row allocates nothing but its role labels.
 */
function scanRow(reader: SheetReader, r: number): { roles: RoleCell[]; header: HeaderRow | null } {
  const roles: RoleCell[] = [];
  let periods = 0;
  let numericYears = 0;
  const row = reader.rowValues(r);
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v === "string") {
      const label = reader.labelOf(v);
      if (label.kind === "role") roles.push({ col: c, label });
      else if (label.kind === "period") periods++;
    } else if (isNumericYear(v)) numericYears++;
  }
  if (roles.length > 0 || (periods === 0 && numericYears < 2)) return { roles, header: null };
  const cells: HeaderCell[] = [];
  for (let c = 0; c < reader.colCount; c++) {
    if (reader.isEmpty(r, c)) continue;
    const v = reader.value(r, c);
    const label =
      typeof v === "string"
        ? reader.label(r, c)
        : periods === 0 && isNumericYear(v)
          ? yearNumberLabel(v)
          : null;
    cells.push({ col: c, period: label?.kind === "period" ? label.period : null });
  }
  const total = unlabeledTotal(reader, r, cells);
  if (total !== null) cells.push(total);
  return { roles, header: { row: r, cells: placeEralessYears(reader, r, cells), runs: new Map() } };
}

/** A 累計 period with no label of its own: the plan total, where the header leaves it blank. */
const UNLABELED_TOTAL: PeriodLabel = { label: "", fiscalYear: null, cumulative: true, projected: false };

/**
 * The blank-headed column right after the last year, when the row below fills it: tables print the
 * plan total there without a label (`18年度 … 22年度 | (blank)`).
 */
function unlabeledTotal(reader: SheetReader, r: number, cells: readonly HeaderCell[]): HeaderCell | null {
  const last = cells[cells.length - 1];
  if (last?.period == null || last.period.cumulative) return null;
  const col = last.col + 1;
  if (col >= reader.colCount || r + 1 >= reader.rowCount || reader.isEmpty(r + 1, col)) return null;
  if (r > 0 && !reader.isEmpty(r - 1, col) && reader.isEmpty(r - 1, last.col)) return null;
  return { col, period: UNLABELED_TOTAL };
}

/** Periods right of the role column: the first run of period cells, ended by any other non-empty header cell. */
function periodRun(header: HeaderRow, roleCol: number): PeriodRun {
  let known = header.runs.get(roleCol);
  if (known !== undefined) return known;
  const run: HeaderCell[] = [];
  for (const cell of header.cells) {
    if (cell.col <= roleCol) continue;
    if (cell.period === null) {
      if (run.length > 0) break;
      continue;
    }
    run.push(cell);
  }
  known = { cells: run, signature: signatureOf(roleCol, run) };
  header.runs.set(roleCol, known);
  return known;
}

/** A role row has something in a period column: any text for a status, a number, error or placeholder otherwise. */
function hasValues(reader: SheetReader, r: number, run: readonly HeaderCell[], role: Role): boolean {
  for (const { col } of run) {
    if (reader.isEmpty(r, col)) continue;
    if (role === "status") return true;
    if (reader.parsed(r, col).kind !== "invalid") return true;
  }
  return false;
}

function identityColumns(reader: SheetReader, header: HeaderRow, roleCol: number): IdentityColumns {
  const found: Partial<Record<IdentityHeader, number>> = {};
  const measures: number[] = [];
  let idHeader: string | null = null;
  const first = Math.max(0, header.row - IDENTITY_BAND_ABOVE);
  const last = Math.min(reader.rowCount - 1, header.row + IDENTITY_BAND_BELOW);
  for (let c = 0; c < roleCol; c++) {
    for (let r = first; r <= last; r++) {
      const v = reader.mergedValue(r, c);
      if (typeof v !== "string") continue;
      const label = reader.mergedLabel(r, c);
      if (label.kind !== "identity") continue;
      if (label.header === "measure") measures.push(c);
      else if (found[label.header] === undefined) {
        found[label.header] = c;
        if (label.header === "id") idHeader = v.trim();
      }
      break;
    }
  }
  return {
    id: found.id ?? null,
    name: found.name ?? null,
    measureCode: found.measureCode ?? null,
    measures,
    baseline: found.baseline ?? null,
    unit: found.unit ?? null,
    idHeader,
    found: Object.keys(found).length > 0 || measures.length > 0,
  };
}

const SPACES = /\s+/;

function idOf(reader: SheetReader, r: number, identity: IdentityColumns): string | null {
  if (identity.id === null) return null;
  const shown = reader.display(r, identity.id);
  if (shown === null) return null;
  return indicatorId(shown, identity.idHeader);
}

/** The column left of the role column holding plain text on this row: the name when no header says so. */
function guessedNameCol(reader: SheetReader, r: number, roleCol: number): number | null {
  for (let c = roleCol - 1; c >= 0; c--) {
    const text = reader.text(r, c);
    if (text !== null && reader.label(r, c).kind === "other" && reader.parsed(r, c).kind === "invalid")
      return c;
  }
  return null;
}

function startIndicator(reader: SheetReader, b: TableBuilder, r: number, header: HeaderRow): IndicatorDraft {
  const draft = newDraft();
  const { identity } = b;
  draft.id = idOf(reader, r, identity);
  const nameCol = identity.name ?? (identity.found ? null : guessedNameCol(reader, r, b.roleCol));
  if (nameCol !== null && !reader.isEmpty(r, nameCol)) {
    draft.name = reader.display(r, nameCol) ?? "";
    draft.nameCell = reader.source(r, nameCol);
    b.namesInRows = true;
  } else if (identity.name === null) {
    // Only a table without a name column is named by a heading: under one, an empty name is not yet written.
    const heading = headingAbove(reader, header.row, b.lastRow, b.run[b.run.length - 1].col);
    if (heading.name !== null) {
      draft.name = heading.name;
      draft.nameCell = reader.source(heading.row, heading.col);
      b.headingFound = true;
    }
    draft.unitHint = heading.unit;
  }
  if (identity.unit !== null) draft.unitHint ??= reader.text(r, identity.unit);
  if (identity.baseline !== null && !reader.isEmpty(r, identity.baseline)) {
    draft.baselineCell = reader.source(r, identity.baseline);
  }
  if (identity.measureCode !== null) {
    draft.measureCodes = (reader.display(r, identity.measureCode) ?? "")
      .split(SPACES)
      .filter((s) => s !== "");
  }
  if (identity.measures.length > 0) {
    for (const c of identity.measures) {
      const text = reader.display(r, c);
      if (text !== null) b.measureCarry.set(c, text);
    }
    const own = reader.display(r, identity.measures[identity.measures.length - 1]);
    draft.measureNames = (own ?? "")
      .split(SPACES)
      .map(stripCircled)
      .filter((s) => s !== "");
    draft.measureKey = identity.measures.map((c) => b.measureCarry.get(c) ?? "").join(" / ");
  }
  return draft;
}

function startsIndicator(
  reader: SheetReader,
  b: TableBuilder,
  r: number,
  role: RoleCell,
  header: HeaderRow,
): boolean {
  if (b.current === null) return true;
  if (role.label.revised === true) return false;
  const { id, name } = b.identity;
  if ((id !== null && !reader.isEmpty(r, id)) || (name !== null && !reader.isEmpty(r, name))) return true;
  if (b.currentRoles.has(role.label.role)) return true;
  return id === null && name === null && header.row !== b.lastHeaderRow;
}

function addRow(reader: SheetReader, b: TableBuilder, r: number, role: RoleCell, header: HeaderRow): void {
  const r0 = role.label.role;
  if (startsIndicator(reader, b, r, role, header)) {
    b.current = startIndicator(reader, b, r, header);
    b.drafts.push(b.current);
    b.currentRoles = new Set();
  }
  const draft = b.current as IndicatorDraft;
  b.currentRoles.add(r0);
  if (role.label.unit !== null) {
    draft.unitHint ??= role.label.unit;
    b.unitInLabel = true;
  }
  for (const cell of b.run) {
    const period = periodAt(draft, cell.col, cell.period as PeriodLabel);
    if (role.label.revised === true) {
      reviseTarget(reader, period, r, cell.col);
      continue;
    }
    if (period.cells[r0] !== undefined) continue;
    period.cells[r0] = reader.source(r, cell.col);
    if (role.label.projected && !reader.isEmpty(r, cell.col)) period.projected = true;
  }
  b.lastRow = r;
  b.lastHeaderRow = header.row;
}

/** A revision row's written cell becomes the period's target; the target it revises is kept beside it. */
function reviseTarget(reader: SheetReader, period: PeriodDraft, r: number, col: number): void {
  if (reader.isEmpty(r, col)) return;
  period.revisedFrom ??= period.cells.target;
  period.cells.target = reader.source(r, col);
}

function layoutOf(b: TableBuilder): LayoutId {
  if (b.identity.baseline !== null) return "indicator-rows";
  if (b.identity.found || b.namesInRows) return "measure-rows";
  const yearsWithEra = b.run.some((cell) => (cell.period?.label ?? "").includes("("));
  return b.unitInLabel || yearsWithEra ? "small-blocks" : "value-rows";
}

function signatureOf(roleCol: number, run: readonly HeaderCell[]): string {
  return `${roleCol}|${run.map((cell) => `${cell.col}:${cell.period?.label}`).join(",")}`;
}

/** Every row-role table of a sheet. */
export function readRowRoleTables(reader: SheetReader): KpiTable[] {
  const headers: HeaderRow[] = [];
  const builders = new Map<string, TableBuilder>();
  const order: TableBuilder[] = [];
  let lastTableRow = -1;
  for (let r = 0; r < reader.rowCount; r++) {
    const { roles, header } = scanRow(reader, r);
    if (header !== null) {
      headers.push(header);
      if (headers.length > HEADER_LOOKBACK) headers.shift();
      continue;
    }
    // Two different roles side by side (`目標 | 実績 | 達成率`) head columns: the column-role reader's.
    if (roles.length === 0 || new Set(roles.map((role) => role.label.role)).size > 1) continue;
    for (let k = roles.length - 1; k >= 0; k--) {
      const role = roles[k];
      const placed = placeRow(reader, r, role, headers, builders, order, lastTableRow);
      if (placed) {
        lastTableRow = r;
        break;
      }
    }
  }
  const tables: KpiTable[] = [];
  for (const b of order) {
    const { indicators, unfilled } = splitDrafts(b.drafts, reader, reader.vocabulary.words);
    if (!isTable(indicators, unfilled)) continue;
    const cols = [b.roleCol, ...b.run.map((cell) => cell.col)];
    const { id, name, measureCode, baseline, unit } = b.identity;
    for (const c of [id, name, measureCode, baseline, unit, ...b.identity.measures])
      if (c !== null) cols.push(c);
    tables.push({
      sheet: reader.sheet,
      range: tableRange(reader, b.firstRow, b.lastRow, Math.min(...cols), Math.max(...cols)),
      layout: layoutOf(b),
      confidence: confidenceOf(
        indicators.length > 0 ? indicators : unfilled,
        b.identity.found || b.headingFound,
      ),
      indicators,
      ...unfilledField(unfilled),
    });
  }
  return tables;
}

function placeRow(
  reader: SheetReader,
  r: number,
  role: RoleCell,
  /** The latest header rows, at most {@link HEADER_LOOKBACK}. */
  headers: readonly HeaderRow[],
  builders: Map<string, TableBuilder>,
  order: TableBuilder[],
  lastTableRow: number,
): boolean {
  for (let h = headers.length - 1; h >= 0; h--) {
    const header = headers[h];
    const { cells: run, signature } = periodRun(header, role.col);
    if (run.length === 0) continue;
    let b = builders.get(signature);
    const values = hasValues(reader, r, run, role.label.role);
    const continues = b !== undefined && r - b.lastRow <= CONTINUATION_GAP;
    if (!values && !continues && !opensTableToFill(header.row, r)) continue;
    if (b === undefined) {
      b = {
        roleCol: role.col,
        run,
        identity: identityColumns(reader, header, role.col),
        firstRow: header.row,
        lastRow: lastTableRow,
        lastHeaderRow: -1,
        drafts: [],
        current: null,
        currentRoles: new Set(),
        headingFound: false,
        namesInRows: false,
        unitInLabel: false,
        measureCarry: new Map(),
      };
      builders.set(signature, b);
      order.push(b);
    }
    addRow(reader, b, r, role, header);
    return true;
  }
  return false;
}
