/**
 * Reader for tables whose columns are roles of periods (`令和3年度予定 | 令和3年度実績`, `FY2023 Target`,
 * or `計画 | 実績` under a merged `令和3年度`), one indicator per data row: layouts `evaluation-sheet`
 * (002: the indicator named on a 指標名 line above its header) and `column-roles`. A long table with a
 * 年度 column (one row per indicator and year) is read too.
 */
import { rowFiscalYear } from "./row-periods";
import type { KpiTable, LayoutId } from "./model";
import type { SheetReader } from "./sheet-reader";
import { newDraft, periodAt, type IndicatorDraft } from "./indicator-draft";
import type { PeriodLabel } from "./vocabulary";
import { headerColumns, type RoleColumn } from "./column-context";
import { parseGlued, splitGlued } from "./glued-values";
import { confidenceOf, tableRange } from "./table-quality";
import { isPreparedBlock, isPreparedRow, isTable, splitDrafts, unfilledField } from "./tables-to-fill";

interface HeaderInfo {
  readonly row: number;
  readonly columns: readonly RoleColumn[];
  readonly periodCol: number | null;
  readonly nameCol: number | null;
  readonly idCol: number | null;
  readonly unitCol: number | null;
  /** The last column the name header is merged over (`KPI` over `指標① | 観光入込客数`); `nameCol` when not merged. */
  readonly nameSpan: number;
  /** A column of direction words (アップ / ダウン) beside the target. */
  readonly directionCol: number | null;
  /** 002: the name and id written on a 指標名 line above the header. */
  readonly lineName: { name: string; nameCol: number; id: string | null; row: number } | null;
}

interface Builder {
  readonly signature: string;
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
  readonly drafts: IndicatorDraft[];
  evaluationSheet: boolean;
  headerWords: boolean;
}

const MIN_ROLE_COLUMNS = 2;

/** Explicitly labelled role columns of row `r` (a following header ends a block). */
function roleColumns(reader: SheetReader, r: number): RoleColumn[] {
  return headerColumns(reader, r).columns;
}

/** The cell's value, read also after a name glued before it (`就業相談者数 100 人`). */
function valueAt(reader: SheetReader, r: number, c: number) {
  return parseGlued(reader.value(r, c), (v) => reader.parse(v));
}

function isValueLike(reader: SheetReader, r: number, c: number): boolean {
  return valueAt(reader, r, c).kind !== "invalid";
}

/** The column (not a role column) whose cell on the first data row is a fiscal year: a long table. */
function findPeriodCol(reader: SheetReader, r: number, roleCols: Set<number>): number | null {
  if (r + 1 >= reader.rowCount) return null;
  for (let c = 0; c < reader.colCount; c++) {
    if (roleCols.has(c) || reader.isEmpty(r + 1, c)) continue;
    if (rowFiscalYear(reader.value(r + 1, c)) !== null) return c;
  }
  return null;
}

function identityIn(
  reader: SheetReader,
  r: number,
  header: "name" | "id" | "unit",
  exclude: Set<number>,
): number | null {
  for (let c = 0; c < reader.colCount; c++) {
    if (exclude.has(c)) continue;
    // A header merged down over two header rows (`指標名` beside a period row over roles) heads the lower one too.
    const label = reader.mergedLabel(r, c);
    if (label.kind === "identity" && label.header === header) return c;
  }
  return null;
}

/** 002: `活動指標1 | 指標名 | 先端技術に関する…` on the line above the header (the name may be still empty). */
function nameLine(reader: SheetReader, r: number): HeaderInfo["lineName"] {
  if (r === 0) return null;
  const above = r - 1;
  const nameHeader = identityIn(reader, above, "name", new Set());
  // `指標名` merged down into the header row heads a name column; it is no name line.
  if (nameHeader === null) return null;
  if (reader.value(r, nameHeader) === null && reader.mergedValue(r, nameHeader) !== null) return null;
  let name: string | null = null;
  let nameCol = -1;
  for (let c = nameHeader + 1; c < reader.colCount && name === null; c++) {
    name = reader.text(above, c);
    nameCol = c;
  }
  // No name written yet (a sheet to fill): the cell right of 指標名 is where it goes.
  if (name === null) {
    if (nameHeader + 1 >= reader.colCount) return null;
    [name, nameCol] = ["", nameHeader + 1];
  }
  let id: string | null = null;
  for (let c = 0; c < nameHeader && id === null; c++) id = reader.text(above, c);
  return { name, nameCol, id, row: above };
}

function headerAt(reader: SheetReader, r: number): HeaderInfo | null {
  const { columns, directionCol } = headerColumns(reader, r);
  if (columns.length < MIN_ROLE_COLUMNS) return null;
  const roleCols = new Set(columns.map((c) => c.col));
  const periodCol = columns.some((c) => c.period === null) ? findPeriodCol(reader, r, roleCols) : null;
  const usable = columns.filter((c) => c.period !== null || periodCol !== null);
  if (usable.length < MIN_ROLE_COLUMNS || !usable.some((c) => c.role === "target" || c.role === "actual"))
    return null;
  const exclude = new Set([...roleCols, ...(periodCol === null ? [] : [periodCol])]);
  const nameCol = identityIn(reader, r, "name", exclude);
  return {
    row: r,
    columns: usable,
    periodCol,
    nameCol,
    nameSpan: nameCol === null ? -1 : mergedSpanEnd(reader, r, nameCol, exclude),
    idCol: identityIn(reader, r, "id", exclude),
    unitCol: identityIn(reader, r, "unit", exclude),
    directionCol,
    lineName: nameLine(reader, r),
  };
}

/** The last column of the header cell at (r, c) merged rightwards, stopping at a role or period column. */
function mergedSpanEnd(reader: SheetReader, r: number, c: number, exclude: Set<number>): number {
  let end = c;
  while (
    end + 1 < reader.colCount &&
    !exclude.has(end + 1) &&
    reader.value(r, end + 1) === null &&
    reader.mergedValue(r, end + 1) !== null &&
    reader.mergedValue(r, end + 1) === reader.mergedValue(r, c)
  )
    end++;
  return end;
}

/**
 * Under a name header merged over several columns, the name is the last text written in them; what is
 * written before it is a slot label (`指標①`, `A`), kept as the id. `null` when the header is not merged.
 */
function nameInSpan(
  reader: SheetReader,
  r: number,
  first: number,
  last: number,
): { col: number; slot: string | null } | null {
  if (last <= first) return null;
  for (let c = last; c > first; c--)
    if (reader.text(r, c) !== null) return { col: c, slot: reader.display(r, first) };
  return null;
}

/** An id as tables write them: a number or a short code (`No.3`, `A-1`, `11102`). */
const ID_LIKE = /^[\w.\-()#・]{1,12}$/;

function guessedName(reader: SheetReader, r: number, header: HeaderInfo): number | null {
  const firstRoleCol = Math.min(...header.columns.map((c) => c.col));
  for (let c = 0; c < firstRoleCol; c++) {
    if (c === header.periodCol || c === header.idCol) continue;
    const text = reader.text(r, c);
    if (text !== null && reader.parsed(r, c).kind === "invalid") return c;
  }
  // A column headed like an id (`区分`) whose cells are words, not codes, names the rows.
  const id = header.idCol === null ? null : reader.text(r, header.idCol);
  return id !== null && !ID_LIKE.test(id) ? header.idCol : null;
}

const roleCols = (header: HeaderInfo) => header.columns.map((c) => c.col);

/**
 * A data row has a number, placeholder or error under a target, actual or rate column, or, when it is
 * named, any text there (`設置`, `なし`: a text target is not computable, yet the row is an indicator).
 */
function rowHasValues(reader: SheetReader, r: number, header: HeaderInfo, named: boolean): boolean {
  return header.columns.some(
    (c) => c.role !== "status" && !reader.isEmpty(r, c.col) && (named || isValueLike(reader, r, c.col)),
  );
}

/** The name glued before the values of a row without a name column (`就業相談者数 100 人`), when its cells agree. */
function gluedName(reader: SheetReader, r: number, header: HeaderInfo): { name: string; col: number } | null {
  let found: { name: string; col: number } | null = null;
  for (const column of header.columns) {
    if (column.role !== "target" && column.role !== "actual") continue;
    const text = reader.text(r, column.col);
    const glued = text === null ? null : splitGlued(text);
    if (glued === null) continue;
    if (found !== null && found.name !== glued.name) return null;
    found ??= { name: glued.name, col: column.col };
  }
  return found;
}

function periodOfRow(
  reader: SheetReader,
  r: number,
  header: HeaderInfo,
  column: RoleColumn,
): PeriodLabel | null {
  if (column.period !== null) return column.period;
  if (header.periodCol === null) return null;
  const year = rowFiscalYear(reader.value(r, header.periodCol));
  if (year === null) return null;
  return {
    label: reader.display(r, header.periodCol) ?? "",
    fiscalYear: year,
    cumulative: false,
    projected: false,
  };
}

/** Reads the data rows under one header; returns the last row used. */
function readBlock(reader: SheetReader, header: HeaderInfo, b: Builder): number {
  let last = header.row;
  let current: IndicatorDraft | null = null;
  for (let r = header.row + 1; r < reader.rowCount; r++) {
    if (roleColumns(reader, r).length >= MIN_ROLE_COLUMNS) break;
    const spanned = header.nameCol === null ? null : nameInSpan(reader, r, header.nameCol, header.nameSpan);
    const nameCol =
      spanned?.col ?? header.nameCol ?? (header.lineName === null ? guessedName(reader, r, header) : null);
    const name = nameCol === null ? null : reader.display(r, nameCol);
    const named = header.nameCol !== null && name !== null;
    if (!rowHasValues(reader, r, header, named) && !isPreparedRow(reader, r, roleCols(header))) break;
    const continues =
      header.periodCol !== null && current !== null && (name === null || name === current.name);
    if (!continues) {
      current = newDraft();
      if (name !== null && nameCol !== null) {
        current.name = name;
        current.nameCell = reader.source(r, nameCol);
      } else if (header.lineName !== null) {
        current.name = header.lineName.name;
        current.nameCell = reader.source(header.lineName.row, header.lineName.nameCol);
        current.id = header.lineName.id;
        b.evaluationSheet = true;
      }
      const glued = header.nameCol === null ? gluedName(reader, r, header) : null;
      if (glued !== null) {
        current.name = glued.name;
        current.nameCell = reader.source(r, glued.col);
      }
      if (header.idCol !== null && header.idCol !== nameCol) current.id = reader.display(r, header.idCol);
      else if (spanned?.slot != null) current.id = spanned.slot;
      if (header.directionCol !== null && !reader.isEmpty(r, header.directionCol))
        current.directionCell = reader.source(r, header.directionCol);
      if (header.unitCol !== null) current.unitHint = reader.text(r, header.unitCol);
      b.drafts.push(current);
    }
    const draft = current as IndicatorDraft;
    for (const column of header.columns) {
      const period = periodOfRow(reader, r, header, column);
      if (period === null) continue;
      const key = column.period === null ? (period.fiscalYear ?? -1 - column.col) : column.key;
      const slot = periodAt(draft, key, period);
      slot.cells[column.role] ??= reader.source(r, column.col);
    }
    last = r;
  }
  return last;
}

function isNumeric(reader: SheetReader, header: HeaderInfo, firstRow: number, lastRow: number): boolean {
  let filled = 0;
  let valueLike = 0;
  let numbers = 0;
  for (let r = firstRow; r <= lastRow; r++) {
    for (const column of header.columns) {
      if (column.role !== "target" && column.role !== "actual") continue;
      if (reader.isEmpty(r, column.col)) continue;
      filled++;
      if (isValueLike(reader, r, column.col)) valueLike++;
      if (valueAt(reader, r, column.col).kind === "number") numbers++;
    }
  }
  return numbers > 0 && valueLike * 2 >= filled;
}

function signatureOf(header: HeaderInfo): string {
  return header.columns.map((c) => `${c.col}:${c.role}:${c.period?.fiscalYear ?? "row"}`).join(",");
}

/** Every column-role table of a sheet. `taken` holds rows already read as row-role tables. */
export function readColumnRoleTables(reader: SheetReader, taken: (row: number) => boolean): KpiTable[] {
  const order: Builder[] = [];
  let open: Builder | null = null;
  for (let r = 0; r < reader.rowCount; r++) {
    if (taken(r)) continue;
    const header = headerAt(reader, r);
    if (header === null) continue;
    const signature = signatureOf(header);
    const scratch: Builder = {
      signature,
      firstRow: r,
      lastRow: r,
      firstCol: 0,
      lastCol: 0,
      drafts: [],
      evaluationSheet: false,
      headerWords: false,
    };
    const last = readBlock(reader, header, scratch);
    if (last === r) continue;
    if (!isNumeric(reader, header, r + 1, last) && !isPreparedBlock(reader, r + 1, last, roleCols(header)))
      continue;
    const into: Builder = open !== null && open.signature === signature ? open : scratch;
    if (into !== scratch) {
      for (const draft of scratch.drafts) into.drafts.push(draft);
      into.evaluationSheet ||= scratch.evaluationSheet;
    } else order.push(scratch);
    const cols = header.columns.map((c) => c.col);
    for (const c of [header.nameCol, header.idCol, header.periodCol, header.lineName?.nameCol])
      if (c !== null && c !== undefined) cols.push(c);
    into.firstCol = into === scratch ? Math.min(...cols) : Math.min(into.firstCol, ...cols);
    into.lastCol = Math.max(into === scratch ? 0 : into.lastCol, ...cols);
    into.firstRow = Math.min(into.firstRow, header.lineName?.row ?? r);
    into.lastRow = last;
    into.headerWords ||= header.nameCol !== null || header.lineName !== null;
    open = into;
    r = last;
  }
  const tables: KpiTable[] = [];
  for (const b of order) {
    const { indicators, unfilled } = splitDrafts(b.drafts, reader, reader.vocabulary.words);
    if (!isTable(indicators, unfilled)) continue;
    const layout: LayoutId = b.evaluationSheet ? "evaluation-sheet" : "column-roles";
    tables.push({
      sheet: reader.sheet,
      range: tableRange(reader, b.firstRow, b.lastRow, b.firstCol, b.lastCol),
      layout,
      confidence: confidenceOf(indicators.length > 0 ? indicators : unfilled, b.headerWords),
      indicators,
      ...unfilledField(unfilled),
    });
  }
  return tables;
}
