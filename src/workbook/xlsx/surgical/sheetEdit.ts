/**
 * One worksheet part with some cells changed and every other character as it was. The part is scanned
 * once (./xmlTags.ts): rows, the cells of the change set, and the shared formulas. A changed cell's `<c>`
 * is replaced (content) or only its start tag's `s` (a number format alone); a cell or row the sheet lacks
 * is inserted in order. When a change writes into a cell of a shared formula (its master or a clone), that
 * shared group becomes plain formulas — the master's formula moved to each clone (./a1Shift.ts) — so that
 * no clone loses its master; groups no change touches stay shared. A cell holding a formula is overwritten
 * only when its change says `replaceFormula`, as in both adapters.
 */
import { toA1 } from "../../../core/grid";
import { assertMayOverwrite, writesContent, type PlacedChange } from "../../changes";
import { WorkbookError } from "../../errors";
import { shiftFormula } from "./a1Shift";
import { cellContent, elementName, plainFormula } from "./cellXml";
import {
  attributeOf,
  attributesOf,
  applyEdits,
  TagScanner,
  textBetween,
  withAttributes,
  type Edit,
  type Tag,
} from "./xmlTags";

const MAX_COL = 16_384;

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
  readonly open: Tag;
  /** The end tag (`open` when the cell is an empty element). */
  readonly close: Tag;
  readonly formula: FormulaRef | null;
  readonly sharedIndex: string | null;
}

interface FoundRow {
  readonly row: number;
  readonly open: Tag;
  readonly close: Tag;
  /** Columns and start offsets of its cells (only for rows that hold a changed cell). */
  readonly cells: { col: number; start: number }[];
}

/** "B12" → 0-based coordinates without allocating; -1 row when it is not an address. */
function cellAt(ref: string | undefined, fallbackCol: number): number {
  if (ref === undefined) return fallbackCol;
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~0x20;
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col - 1;
}

/** Value of attribute `name` in a start tag, read fast (the scan reads one per row and per cell). */
function quickAttribute(xml: string, tag: Tag, name: string): string | undefined {
  const key = ` ${name}="`;
  const at = xml.indexOf(key, tag.start);
  if (at < 0 || at >= tag.end) return tag.end - tag.start > 64 ? attributeOf(xml, tag, name) : undefined;
  return xml.slice(at + key.length, xml.indexOf('"', at + key.length));
}

class SheetScan {
  readonly rows: FoundRow[] = [];
  readonly cells = new Map<number, FoundCell>();
  readonly shared = new Map<string, SharedMember[]>();
  sheetDataOpen!: Tag;
  sheetDataClose!: Tag;
  prefix = "";

  constructor(
    private readonly xml: string,
    private readonly part: string,
    private readonly wanted: ReadonlySet<number>,
    private readonly wantedRows: ReadonlySet<number>,
  ) {
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
      const r = quickAttribute(this.xml, tag, "r");
      row = r === undefined ? row + 1 : Number(r) - 1;
      const keep = this.wantedRows.has(row);
      const cells: { col: number; start: number }[] = [];
      const close = tag.selfClosing ? tag : this.scanCells(scanner, row, keep ? cells : null);
      this.rows.push({ row, open: tag, close, cells });
    }
  }

  private scanCells(scanner: TagScanner, row: number, cells: { col: number; start: number }[] | null): Tag {
    let col = -1;
    for (;;) {
      const tag = scanner.next();
      if (tag === null) throw new WorkbookError("workbook.malformedXml", { part: this.part });
      if (tag.closing) return tag;
      if (tag.local !== "c") {
        scanner.skipElement(tag);
        continue;
      }
      col = cellAt(quickAttribute(this.xml, tag, "r"), col + 1);
      cells?.push({ col, start: tag.start });
      this.scanCell(scanner, tag, row, col);
    }
  }

  private scanCell(scanner: TagScanner, open: Tag, row: number, col: number): void {
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
    const key = row * MAX_COL + col;
    if (this.wanted.has(key)) this.cells.set(key, { open, close, formula, sharedIndex });
  }
}

export interface SheetEditResult {
  readonly xml: string;
  /** Cells whose content was written (they leave the calculation chain). */
  readonly written: readonly string[];
}

/** `changes` are the sheet's, each cell once. */
export function editSheet(
  xml: string,
  part: string,
  changes: readonly PlacedChange[],
  styleFor: StyleFor,
): SheetEditResult {
  const byKey = new Map(changes.map((change) => [change.row * MAX_COL + change.col, change]));
  const scan = new SheetScan(xml, part, new Set(byKey.keys()), new Set(changes.map((c) => c.row)));
  const edits: Edit[] = [];
  const rewritten = new Set<number>();
  const expand = new Set<string>();
  for (const [key, change] of byKey) {
    const cell = scan.cells.get(key);
    if (cell === undefined) continue;
    assertMayOverwrite(change, cell.formula === null ? null : "=");
    if (writesContent(change)) {
      rewritten.add(key);
      if (cell.sharedIndex !== null) expand.add(cell.sharedIndex);
    }
  }
  for (const si of expand) edits.push(...expandShared(xml, scan, si, rewritten));
  const inserts = new Map<number, { col: number; text: string }[]>();
  for (const [key, change] of byKey) {
    const cell = scan.cells.get(key);
    if (cell !== undefined) {
      const edit = rewriteCell(xml, scan.prefix, cell, change, styleFor);
      if (edit !== null) edits.push(edit);
    } else if (writesContent(change) || change.numberFormat !== undefined) {
      const row = inserts.get(change.row) ?? [];
      row.push({ col: change.col, text: newCell(scan.prefix, change, styleFor) });
      inserts.set(change.row, row);
    }
  }
  edits.push(...insertions(xml, scan, inserts));
  const written = changes.filter(writesContent).map((change) => toA1(change.row, change.col));
  return { xml: edits.length === 0 ? xml : applyEdits(xml, edits), written };
}

function formulaAttributes(xml: string, open: Tag): string {
  return attributesOf(xml, open)
    .filter((a) => a.name !== "t" && a.name !== "ref" && a.name !== "si")
    .map((a) => ` ${a.name}="${a.raw.replace(/"/g, "&quot;")}"`)
    .join("");
}

/** Every member of shared group `si` not rewritten anyway gets its own plain formula. */
function expandShared(xml: string, scan: SheetScan, si: string, rewritten: ReadonlySet<number>): Edit[] {
  const members = scan.shared.get(si) ?? [];
  const master = members.find((member) => member.text !== null);
  if (master === undefined || master.text === null)
    throw new WorkbookError("workbook.corrupt", { reason: `shared formula ${si} has no master` });
  const { text } = master;
  return members
    .filter((member) => !rewritten.has(member.row * MAX_COL + member.col))
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

function styleChange(current: number, change: PlacedChange, styleFor: StyleFor): Record<string, string> {
  if (change.numberFormat === undefined) return {};
  const s = styleFor(current, change.numberFormat);
  return s === null || s === current ? {} : { s: String(s) };
}

function rewriteCell(
  xml: string,
  prefix: string,
  cell: FoundCell,
  change: PlacedChange,
  styleFor: StyleFor,
): Edit | null {
  const style = styleChange(currentStyle(xml, cell.open), change, styleFor);
  if (!writesContent(change)) {
    if (Object.keys(style).length === 0) return null;
    return { start: cell.open.start, end: cell.open.end, text: withAttributes(xml, cell.open, style) };
  }
  const content = cellContent(prefix, change.value, change.formula);
  const start = withAttributes(xml, cell.open, { ...style, t: content.type, cm: null, vm: null });
  return { start: cell.open.start, end: cell.close.end, text: element(start, prefix, content.inner) };
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
        const at = found.cells.find((cell) => cell.col > col)?.start ?? found.close.start;
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
