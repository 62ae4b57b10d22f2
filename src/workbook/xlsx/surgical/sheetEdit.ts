/**
 * One worksheet part with some cells changed and every other character as it was. The part is scanned
 * once (./xmlTags.ts): rows, the cells of the change set, and the shared formulas. A changed cell's `<c>`
 * is replaced (content) or only its start tag's `s` (a number format alone); a cell or row the sheet lacks
 * is inserted in order. When a change writes into a cell of a shared formula (its master or a clone), that
 * shared group becomes plain formulas — the master's formula moved to each clone (./a1Shift.ts) — so that
 * no clone loses its master; groups no change touches stay shared. A cell holding a formula is overwritten
 * only when its change says `replaceFormula`, as in both adapters.
 *
 * Built for a --fix that changes a hundred thousand cells: the scan finds changes by row (./cellIndex.ts),
 * styles are chosen in the change list's order (new `xf`s are numbered in the order they are asked for, so
 * the output is the same whatever order the part is in), then the cells are rewritten in the part's order
 * straight into the output, so that the rewritten text does not pile up until the end.
 */
import { toA1 } from "../../../core/grid";
import { assertMayOverwrite, writesContent, type PlacedChange } from "../../changes";
import { WorkbookError } from "../../errors";
import { shiftFormula } from "./a1Shift";
import { CellIndex } from "./cellIndex";
import { cellContent, elementName, plainFormula } from "./cellXml";
import {
  attributeOf,
  attributesOf,
  byPosition,
  Splicer,
  TagScanner,
  textBetween,
  type Edit,
  type Tag,
  withAttributes,
} from "./xmlTags";

/** The style index a cell gets for a number format, from its current one (`null`: keep it). */
export type StyleFor = (current: number, numberFormat: string) => number | null;

interface FormulaRef {
  readonly open: Tag;
  readonly close: Tag;
}

interface SharedMember extends FormulaRef {
  readonly row: number;
  readonly col: number;
  /** The master's formula (`null` for a clone). */
  readonly text: string | null;
}

interface FoundCell {
  /** Its change's place in the change list. */
  readonly place: number;
  readonly open: Tag;
  /** Just after its end tag (after `open` when the cell is an empty element). */
  readonly end: number;
  readonly formula: FormulaRef | null;
  readonly sharedIndex: string | null;
}

interface FoundRow {
  readonly row: number;
  readonly open: Tag;
  readonly close: Tag;
  /** Its cells' entries [cellsFrom, cellsTo) in the scan's `cellCols` and `cellStarts` (rows with a changed cell only). */
  readonly cellsFrom: number;
  readonly cellsTo: number;
}

/** The 0-based column of the letters at `from` in `text` ("B12" → 1; -1 without letters). */
function columnAt(text: string, from: number): number {
  let col = 0;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i) & ~0x20;
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col - 1;
}

const REF = ' r="';

/** Where the value of a start tag's `r` starts, found fast (the scan reads one per row and per cell); -1 if not found so. */
function refStart(xml: string, tag: Tag): number {
  const at = xml.indexOf(REF, tag.start);
  return at < 0 || at >= tag.end ? -1 : at + REF.length;
}

/** The `r` of a row or cell start tag (read slowly only in a long tag that spells it differently). */
function refOf(xml: string, tag: Tag): string | undefined {
  const start = refStart(xml, tag);
  if (start < 0) return tag.end - tag.start > 64 ? attributeOf(xml, tag, "r") : undefined;
  return xml.slice(start, xml.indexOf('"', start));
}

/** A cell's 0-based column from its `r`, read in place (the value ends at `"`, no letter); `fallbackCol` without one. */
function columnOf(xml: string, tag: Tag, fallbackCol: number): number {
  const start = refStart(xml, tag);
  if (start >= 0) return columnAt(xml, start);
  const ref = refOf(xml, tag);
  return ref === undefined ? fallbackCol : columnAt(ref, 0);
}

class SheetScan {
  readonly rows: FoundRow[] = [];
  /** The cell found for each place of the index's change list. */
  readonly found: (FoundCell | undefined)[];
  /** The cells found, in the part's order (a cell written twice: the earlier is not in `found`). */
  readonly foundInOrder: FoundCell[] = [];
  /** Columns and start offsets of the cells of rows with a changed cell, row after row (see FoundRow). */
  readonly cellCols: number[] = [];
  readonly cellStarts: number[] = [];
  readonly shared = new Map<string, SharedMember[]>();
  sheetDataOpen!: Tag;
  sheetDataClose!: Tag;
  prefix = "";
  /**
   * No comment or CDATA after `<sheetData>`: an end tag can then be found by searching its text (text
   * content cannot hold `<`), which skips rows without changed cells or shared formulas and the inside
   * of cells without formulas.
   */
  private plain = false;
  /** The next occurrence of a searched text at or after the last search (scans only move forward). */
  private readonly nextFound = new Map<string, number>();
  /** `</name>` of the last element name met. */
  private endName = "";
  private endTextOfName = "";
  private formulaStart = "<f";

  constructor(
    private readonly xml: string,
    private readonly part: string,
    private readonly index: CellIndex,
  ) {
    this.found = new Array<FoundCell | undefined>(index.changes.length);
    const scanner = new TagScanner(xml, part);
    let tag = scanner.next();
    while (tag !== null && !(tag.local === "sheetData" && !tag.closing)) {
      if (tag.local === "worksheet" || tag.closing || tag.selfClosing) tag = scanner.next();
      else {
        scanner.skipElement(tag);
        tag = scanner.next();
      }
    }
    if (tag === null) throw new WorkbookError("workbook.malformedXml", { part });
    this.sheetDataOpen = tag;
    this.prefix = tag.name.includes(":") ? tag.name.slice(0, tag.name.indexOf(":")) : "";
    this.formulaStart = `<${elementName(this.prefix, "f")}`;
    this.plain = xml.indexOf("<!--", tag.end) < 0 && xml.indexOf("<![CDATA[", tag.end) < 0;
    this.sheetDataClose = tag.selfClosing ? tag : this.scanRows(scanner);
  }

  private scanRows(scanner: TagScanner): Tag {
    let row = -1;
    for (;;) {
      const tag = scanner.next();
      if (tag === null) throw new WorkbookError("workbook.malformedXml", { part: this.part });
      if (tag.closing) return tag;
      if (tag.local !== "row") {
        scanner.skipElement(tag);
        continue;
      }
      const r = refOf(this.xml, tag);
      row = r === undefined ? row + 1 : Number(r) - 1;
      const places = this.index.row(row);
      const skipped = places !== undefined || tag.selfClosing ? null : this.endWithoutShared(tag);
      if (skipped !== null) scanner.seek(skipped.end);
      const cellsFrom = this.cellCols.length;
      const close = skipped ?? (tag.selfClosing ? tag : this.scanCells(scanner, row, places));
      this.rows.push({ row, open: tag, close, cellsFrom, cellsTo: this.cellCols.length });
    }
  }

  /** The cells of a row up to its end tag; a row with changes (`places`) has its cells listed. */
  private scanCells(scanner: TagScanner, row: number, places: readonly number[] | undefined): Tag {
    let col = -1;
    for (;;) {
      const tag = scanner.next();
      if (tag === null) throw new WorkbookError("workbook.malformedXml", { part: this.part });
      if (tag.closing) return tag;
      if (tag.local !== "c") {
        scanner.skipElement(tag);
        continue;
      }
      col = columnOf(this.xml, tag, col + 1);
      if (places !== undefined) {
        this.cellCols.push(col);
        this.cellStarts.push(tag.start);
      }
      this.scanCell(scanner, tag, row, col, places === undefined ? -1 : this.index.placeIn(places, col));
    }
  }

  /** Where the end tag of element `open` starts, found by its text (plain parts only), or -1. */
  private endTagAt(open: Tag): number {
    if (!this.plain) return -1;
    const start = this.xml.indexOf(this.endText(open), open.end);
    if (start < 0) throw new WorkbookError("workbook.malformedXml", { part: this.part });
    return start;
  }

  private endText(open: Tag): string {
    if (open.name !== this.endName) {
      this.endName = open.name;
      this.endTextOfName = `</${open.name}>`;
    }
    return this.endTextOfName;
  }

  /** The end tag of element `open` that starts at `start`. */
  private endTag(open: Tag, start: number): Tag {
    return {
      name: open.name,
      local: open.local,
      start,
      end: start + open.name.length + 3,
      closing: true,
      selfClosing: false,
    };
  }

  /**
   * The first index of `text` at or after `from` (-1 for none). The scan moves forward, so an occurrence
   * found before is reused while it is still ahead: all searches for one text read the part once.
   */
  private next(text: string, from: number): number {
    const known = this.nextFound.get(text);
    if (known !== undefined && (known < 0 || known >= from)) return known;
    const found = this.xml.indexOf(text, from);
    this.nextFound.set(text, found);
    return found;
  }

  /** A row's end tag when the row holds no shared formula (it need not be scanned cell by cell). */
  private endWithoutShared(open: Tag): Tag | null {
    const close = this.endTagAt(open);
    if (close < 0) return null;
    const shared = this.next('t="shared"', open.end);
    return shared >= 0 && shared < close ? null : this.endTag(open, close);
  }

  /** Where a cell's end tag starts when it holds no formula (its content need not be scanned), or -1. */
  private endWithoutFormula(open: Tag): number {
    const close = this.endTagAt(open);
    if (close < 0) return -1;
    const f = this.next(this.formulaStart, open.end);
    return f >= 0 && f < close ? -1 : close;
  }

  /** Reads a cell (its formula, a shared one's group) and keeps it when it has a change at `place`. */
  private scanCell(scanner: TagScanner, open: Tag, row: number, col: number, place: number): void {
    if (!open.selfClosing) {
      const plainEnd = this.endWithoutFormula(open);
      if (plainEnd >= 0) {
        const end = plainEnd + open.name.length + 3;
        scanner.seek(end);
        if (place >= 0) this.keep({ place, open, end, formula: null, sharedIndex: null });
        return;
      }
    }
    let formula: FormulaRef | null = null;
    let sharedIndex: string | null = null;
    let close = open;
    if (!open.selfClosing) {
      for (;;) {
        const tag = scanner.next();
        if (tag === null) throw new WorkbookError("workbook.malformedXml", { part: this.part });
        if (tag.closing) {
          close = tag;
          break;
        }
        const end = scanner.skipElement(tag);
        if (tag.local !== "f") continue;
        formula = { open: tag, close: end };
        if (attributeOf(this.xml, tag, "t") !== "shared") continue;
        sharedIndex = attributeOf(this.xml, tag, "si") ?? null;
        if (sharedIndex === null) continue;
        const hasRef = attributeOf(this.xml, tag, "ref") !== undefined;
        const text = hasRef ? textBetween(this.xml, tag, end) : null;
        const members = this.shared.get(sharedIndex) ?? [];
        members.push({ row, col, open: tag, close: end, text });
        this.shared.set(sharedIndex, members);
      }
    }
    if (place >= 0) this.keep({ place, open, end: close.end, formula, sharedIndex });
  }

  private keep(cell: FoundCell): void {
    this.found[cell.place] = cell;
    this.foundInOrder.push(cell);
  }
}

export interface SheetEditResult {
  readonly xml: string;
  /** Whether some cell's content was written. */
  readonly wroteContent: boolean;
  /** Cells whose content was written (they leave the calculation chain), listed when first read. */
  readonly written: readonly string[];
}

/** `changes` are the sheet's, each cell once (or already indexed). */
export function editSheet(
  xml: string,
  part: string,
  changes: readonly PlacedChange[] | CellIndex,
  styleFor: StyleFor,
): SheetEditResult {
  const index = changes instanceof CellIndex ? changes : new CellIndex(changes);
  const scan = new SheetScan(xml, part, index);
  const expand = new Set<string>();
  for (let place = 0; place < index.changes.length; place++) {
    const change = index.changes[place];
    const cell = scan.found[place];
    if (change === null || cell === undefined) continue;
    assertMayOverwrite(change, cell.formula === null ? null : "=");
    if (writesContent(change) && cell.sharedIndex !== null) expand.add(cell.sharedIndex);
  }
  const rewritten = (row: number, col: number) => {
    const place = index.placeOf(row, col);
    const change = place < 0 ? null : index.changes[place];
    return change !== null && scan.found[place] !== undefined && writesContent(change);
  };
  const others: Edit[] = [];
  for (const si of expand) others.push(...expandShared(xml, scan, si, rewritten));
  // Styles are asked for in the change list's order, as new `xf`s are numbered in the order asked.
  const styles = new Array<number | null>(index.changes.length).fill(null);
  const inserts = new Map<number, { col: number; text: string }[]>();
  for (let place = 0; place < index.changes.length; place++) {
    const change = index.changes[place];
    if (change === null) continue;
    const cell = scan.found[place];
    if (cell !== undefined) styles[place] = styleChange(currentStyle(xml, cell.open), change, styleFor);
    else if (writesContent(change) || change.numberFormat !== undefined) {
      const row = inserts.get(change.row) ?? [];
      row.push({ col: change.col, text: newCell(scan.prefix, change, styleFor) });
      inserts.set(change.row, row);
    }
  }
  if (inserts.size > 0) others.push(...insertions(xml, scan, inserts));
  const writing = (change: PlacedChange | null): change is PlacedChange =>
    change !== null && writesContent(change);
  return {
    xml: rewrite(xml, scan, index, styles, others.sort(byPosition)),
    wroteContent: index.changes.some(writing),
    get written() {
      return index.changes.filter(writing).map((change) => toA1(change.row, change.col));
    },
  };
}

/** The part with the found cells rewritten (in the part's order, each made as it is reached) and `others` (sorted) applied. */
function rewrite(
  xml: string,
  scan: SheetScan,
  index: CellIndex,
  styles: readonly (number | null)[],
  others: readonly Edit[],
): string {
  const splicer = new Splicer(xml);
  let next = 0;
  for (const cell of scan.foundInOrder) {
    if (scan.found[cell.place] !== cell) continue;
    const edit = rewriteCell(
      xml,
      scan.prefix,
      cell,
      index.changes[cell.place] as PlacedChange,
      styles[cell.place],
    );
    if (edit === null) continue;
    while (next < others.length && byPosition(others[next], edit) < 0) splicer.replace(others[next++]);
    splicer.replace(edit);
  }
  while (next < others.length) splicer.replace(others[next++]);
  return splicer.count === 0 ? xml : splicer.result();
}

function formulaAttributes(xml: string, open: Tag): string {
  return attributesOf(xml, open)
    .filter((a) => a.name !== "t" && a.name !== "ref" && a.name !== "si")
    .map((a) => ` ${a.name}="${a.raw.replace(/"/g, "&quot;")}"`)
    .join("");
}

/** Every member of shared group `si` not rewritten anyway gets its own plain formula. */
function expandShared(
  xml: string,
  scan: SheetScan,
  si: string,
  rewritten: (row: number, col: number) => boolean,
): Edit[] {
  const members = scan.shared.get(si) ?? [];
  const master = members.find((member) => member.text !== null);
  if (master === undefined || master.text === null)
    throw new WorkbookError("workbook.corrupt", { reason: `shared formula ${si} has no master` });
  const { text } = master;
  return members
    .filter((member) => !rewritten(member.row, member.col))
    .map((member) => ({
      start: member.open.start,
      end: member.close.end,
      text: plainFormula(
        scan.prefix,
        formulaAttributes(xml, member.open),
        shiftFormula(text, member.row - master.row, member.col - master.col),
      ),
    }));
}

function currentStyle(xml: string, open: Tag): number {
  const s = attributeOf(xml, open, "s");
  return s === undefined ? 0 : parseInt(s, 10) || 0;
}

/** The new style of a changed cell (`null`: it keeps its style). */
function styleChange(current: number, change: PlacedChange, styleFor: StyleFor): number | null {
  if (change.numberFormat === undefined) return null;
  const s = styleFor(current, change.numberFormat);
  return s === null || s === current ? null : s;
}

/** A found cell's change (its style already chosen): the whole element, or only its start tag for a format. */
function rewriteCell(
  xml: string,
  prefix: string,
  cell: FoundCell,
  change: PlacedChange,
  style: number | null,
): Edit | null {
  const s = style === null ? null : String(style);
  if (!writesContent(change)) {
    if (s === null) return null;
    const text = withAttributes(xml, cell.open, { s });
    return { start: cell.open.start, end: cell.open.end, text };
  }
  const content = cellContent(prefix, change.value, change.formula);
  const changes: Record<string, string | null> =
    s === null ? { t: content.type, cm: null, vm: null } : { s, t: content.type, cm: null, vm: null };
  const start = withAttributes(xml, cell.open, changes);
  return { start: cell.open.start, end: cell.end, text: element(start, prefix, content.inner) };
}

/** A start tag (`<c …>` or `<c …/>`) made into the whole element with `inner`. */
function element(startTag: string, prefix: string, inner: string): string {
  const open = startTag.endsWith("/>") ? `${startTag.slice(0, -2)}>` : startTag;
  return inner === "" ? `${open.slice(0, -1)}/>` : `${open}${inner}</${elementName(prefix, "c")}>`;
}

function newCell(prefix: string, change: PlacedChange, styleFor: StyleFor): string {
  const s = change.numberFormat === undefined ? null : styleFor(0, change.numberFormat);
  const content = writesContent(change)
    ? cellContent(prefix, change.value, change.formula)
    : { type: null, inner: "" };
  const attributes = [
    ` r="${toA1(change.row, change.col)}"`,
    s === null || s === 0 ? "" : ` s="${s}"`,
    content.type === null ? "" : ` t="${content.type}"`,
  ].join("");
  return element(`<${elementName(prefix, "c")}${attributes}>`, prefix, content.inner);
}

/** Cells the sheet lacked, placed in their rows in column order; rows it lacked, in row order. */
function insertions(
  xml: string,
  scan: SheetScan,
  inserts: ReadonlyMap<number, { col: number; text: string }[]>,
): Edit[] {
  const edits: Edit[] = [];
  const newRows: { row: number; text: string }[] = [];
  const rowName = elementName(scan.prefix, "row");
  const rowOf = new Map(scan.rows.map((row) => [row.row, row]));
  for (const [row, cells] of inserts) {
    cells.sort((a, b) => a.col - b.col);
    const found = rowOf.get(row);
    if (found === undefined) {
      newRows.push({
        row,
        text: `<${rowName} r="${row + 1}">${cells.map((c) => c.text).join("")}</${rowName}>`,
      });
    } else if (found.open.selfClosing) {
      const open = xml.slice(found.open.start, found.open.end - 2);
      const text = `${open}>${cells.map((c) => c.text).join("")}</${found.open.name}>`;
      edits.push({ start: found.open.start, end: found.open.end, text });
    } else {
      // Each new cell goes before the first cell to its right (or at the end of the row).
      const points = new Map<number, string>();
      for (const { col, text } of cells) {
        let right = found.cellsFrom;
        while (right < found.cellsTo && scan.cellCols[right] <= col) right++;
        const at = right < found.cellsTo ? scan.cellStarts[right] : found.close.start;
        points.set(at, (points.get(at) ?? "") + text);
      }
      for (const [at, text] of points) edits.push({ start: at, end: at, text });
    }
  }
  if (newRows.length === 0) return edits;
  newRows.sort((a, b) => a.row - b.row);
  const points = new Map<number, string>();
  for (const { row, text } of newRows) {
    const at = scan.rows.find((candidate) => candidate.row > row)?.open.start ?? scan.sheetDataClose.start;
    points.set(at, (points.get(at) ?? "") + text);
  }
  const open = scan.sheetDataOpen;
  for (const [at, text] of points) {
    if (open.selfClosing)
      edits.push({
        start: open.start,
        end: open.end,
        text: `${xml.slice(open.start, open.end - 2)}>${text}</${open.name}>`,
      });
    else edits.push({ start: at, end: at, text });
  }
  return edits;
}
