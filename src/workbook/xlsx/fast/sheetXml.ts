/**
 * One worksheet part as the cells ExcelJS would hold and worksheetGrid would read from them (see ./cellValue.ts
 * for a cell's value and formula), and its merges. Only the plain structure is read: `<sheetData>` of
 * `<row r>` of `<c r>` (rows and cells in increasing order, each cell in its row), `<mergeCells>`, and the
 * row and column styles that ExcelJS gives to cells it creates for a merge. Anything else that could
 * change what ExcelJS reads (hyperlinks, cells without an address, unexpected elements inside the cell
 * structure, overlapping merges, …) is `Unsupported`. The part is read in pieces as it inflates, never
 * held whole, and the guard's limits are applied as it goes: a `<dimension>` claiming more cells than the
 * limit, or more cells present (over all sheets) than the limit, is refused before they are all read.
 * Row start tags and simple cells (./simpleCell.ts), nearly all of a sheet, are read straight from the
 * text; the rest through the tokenizer's events.
 */
import type { SaxesTagPlain } from "saxes";
import { parseRangeA1, type CellRange, type Grid } from "../../../core/grid";
import { gridFromCells, ReadCells } from "../cellGrid";
import { cellsInRef, tooManyCells } from "../guard";
import type { XlsxLimits } from "../limits";
import { CellReader } from "./cellValue";
import { applyMerges } from "./merges";
import { digitsAt, SimpleCell, SimpleRow } from "./simpleCell";
import type { CellStyle, Styles } from "./styles";
import { MAIN_NS, parseMostlyPlainPieces, unsupported, type XmlHandler } from "./xml";

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/**
 * "AB12" (`text` from `from` to `to`) → row × MAX_COL + col (0-based), or -1 unless it is a plain, in-range
 * address: the only spelling of a cell's address (`toA1`) read.
 */
function decodeAddress(text: string, from = 0, to = text.length): number {
  let i = from;
  let col = 0;
  for (; i < to && i < from + 3; i++) {
    const code = text.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  if (i === from || i === to || text.charCodeAt(i) === 48) return -1;
  let row = 0;
  for (; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
    row = row * 10 + code - 48;
  }
  return row <= MAX_ROW && col <= MAX_COL ? (row - 1) * MAX_COL + col - 1 : -1;
}

/** How many cells the sheets read before this one held, and the limits. */
export interface CellCount {
  readonly before: number;
  readonly limits: XlsxLimits;
}

class SheetHandler implements XmlHandler {
  readonly read = new ReadCells();
  /** `<c>` elements read so far. */
  cells = 0;
  readonly merges: CellRange[] = [];
  /** Rows or columns whose style has a number format: cells ExcelJS creates for a merge would get it. */
  styledRowsOrCols = false;
  private section: string | null = null;
  private readonly seen = new Set<string>();
  private row = -1;
  private col = -1;
  private readonly cell: CellReader;
  private readonly simple = new SimpleCell();
  private readonly simpleRow = new SimpleRow();

  constructor(
    private readonly sheet: string,
    private readonly count: CellCount,
    private readonly styles: Styles,
    sharedStrings: readonly (string | null)[] | null,
  ) {
    this.cell = new CellReader(sharedStrings);
  }

  open(tag: SaxesTagPlain, depth: number): void {
    if (depth >= 3 && this.section === "sheetData") {
      if (depth === 3) this.openCell(tag);
      else this.cell.open(tag, depth - 3);
      return;
    }
    const { name, attributes } = tag;
    if (depth === 1) {
      if (name === "hyperlinks") unsupported("hyperlinks");
      if (name === "dimension" && cellsInRef(attributes.ref ?? "") > this.count.limits.maxCells)
        throw tooManyCells(this.sheet, cellsInRef(attributes.ref ?? ""), this.count.limits);
      if (name === "sheetData" || name === "mergeCells" || name === "cols") {
        if (this.seen.has(name)) unsupported(`second ${name}`);
        this.seen.add(name);
        this.section = name;
      }
      return;
    }
    if (depth === 2 && this.section === "sheetData") {
      if (name !== "row") unsupported(`sheetData ${name}`);
      const r = attributes.r;
      const row = r !== undefined && /^[1-9][0-9]{0,6}$/.test(r) ? Number(r) - 1 : -1;
      this.startRow(row, attributes.s ? this.styles.of(attributes.s) : null);
    } else if (depth === 2 && this.section === "mergeCells" && name === "mergeCell") {
      const ref = attributes.ref ?? "";
      const [a, b = a] = ref.split(":");
      const range = decodeAddress(a) >= 0 && decodeAddress(b) >= 0 ? parseRangeA1(ref) : null;
      if (range === null) return unsupported(`merge ${ref}`);
      this.merges.push(range);
    } else if (depth === 2 && this.section === "cols" && name === "col") {
      if (attributes.style && this.styles.of(attributes.style).raw) this.styledRowsOrCols = true;
    } else if (["sheetData", "mergeCells", "cols", "hyperlinks", "row", "c"].includes(name)) {
      unsupported(`${name} at depth ${depth}`);
    }
  }

  /** A `<row>` of sheet row `row` (-1 when its `r` is not one) and with style `style`. */
  private startRow(row: number, style: CellStyle | null): void {
    if (row <= this.row || row >= MAX_ROW) unsupported(`row ${row + 1}`);
    this.row = row;
    this.col = -1;
    if (style?.raw) this.styledRowsOrCols = true;
  }

  /** A simple row start tag (./simpleCell.ts) read from the text: as its event would read it. */
  startTag(xml: string, start: number, end: number, depth: number): number {
    if (depth !== 2 || this.section !== "sheetData") return -1;
    const { simpleRow: tag } = this;
    const after = tag.scan(xml, start, end);
    if (after < 0) return -1;
    const r =
      tag.r < 0 || xml.charCodeAt(tag.r) === 0x30 || tag.rEnd - tag.r > 7
        ? -1
        : digitsAt(xml, tag.r, tag.rEnd);
    this.startRow(
      r < 0 ? -1 : r - 1,
      tag.s < 0 || tag.s === tag.sEnd ? null : this.styleAt(xml, tag.s, tag.sEnd),
    );
    return after;
  }

  private openCell(tag: SaxesTagPlain): void {
    if (tag.name !== "c") unsupported(`row ${tag.name}`);
    const { r = "", t, s } = tag.attributes;
    const col = this.nextCell(decodeAddress(r));
    this.cell.start(this.row, col, t, this.styles.of(s));
  }

  /** The column of the next `<c>`, at `at` (see `decodeAddress`), counted and checked. */
  private nextCell(at: number): number {
    const { before, limits } = this.count;
    if (before + ++this.cells > limits.maxCells)
      throw tooManyCells(this.sheet, `> ${limits.maxCells}`, limits);
    const col = at - this.row * MAX_COL;
    if (at < 0 || col <= this.col || col >= MAX_COL) return unsupported(`cell at ${at}`);
    this.col = col;
    return col;
  }

  /** A simple cell (./simpleCell.ts) read from the text: as its events would read it. */
  element(xml: string, start: number, end: number, depth: number): number {
    if (depth !== 3 || this.section !== "sheetData") return -1;
    const { simple } = this;
    const after = simple.scan(xml, start, end);
    if (after < 0) return -1;
    const at = simple.r < 0 ? -1 : decodeAddress(xml, simple.r, simple.rEnd);
    const type = simple.t < 0 ? undefined : xml.slice(simple.t, simple.tEnd);
    const col = this.nextCell(at);
    const style = this.styleAt(xml, simple.s, simple.sEnd);
    this.cell.readSimple(this.read, this.row, col, type, style, xml, simple.v, simple.vEnd);
    return after;
  }

  /** The style of an `s` attribute from `from` to `to` in `xml` (-1: none), as `Styles.of` reads it. */
  private styleAt(xml: string, from: number, to: number): CellStyle {
    if (from < 0) return this.styles.of(undefined);
    const id = digitsAt(xml, from, to);
    return id >= 0 ? this.styles.ofId(id) : this.styles.of(xml.slice(from, to));
  }

  /** Sheet coordinates of the shared-formula masters. */
  get masters(): readonly [number, number][] {
    return this.cell.masters;
  }

  text(text: string): void {
    this.cell.text(text);
  }

  close(name: string, depth: number): void {
    if (depth === 1) this.section = null;
    else if (depth === 3 && this.section === "sheetData") this.cell.finish(this.read);
    else if (depth > 3 && this.section === "sheetData") this.cell.close(name, depth - 3);
  }
}

/** The sheet's grid, and how many `<c>` elements its part holds. */
export async function readSheetPieces(
  sheet: string,
  part: string,
  pieces: () => AsyncIterable<string>,
  count: CellCount,
  styles: Styles,
  sharedStrings: readonly (string | null)[] | null,
): Promise<{ grid: Grid; cells: number }> {
  const handler = await parseMostlyPlainPieces(
    part,
    pieces,
    () => new SheetHandler(sheet, count, styles, sharedStrings),
    { name: "worksheet", ns: MAIN_NS },
    { name: "sheetData", depth: 1 },
  );
  if (handler.merges.length > 0 && handler.styledRowsOrCols)
    unsupported("merges over styled rows or columns");
  const masters = new Set(handler.masters.map(([r, c]) => r * MAX_COL + c));
  applyMerges(handler.read, handler.merges, masters);
  return { grid: gridFromCells(sheet, handler.read, handler.merges), cells: handler.cells };
}
