/**
 * The surgical writer: an existing .xlsx with the cells of a change set changed and nothing else.
 * Only the parts that must change are rewritten — the sheets that hold changed cells (./sheetEdit.ts),
 * xl/styles.xml when a new number format needs an `xf` (appended, ./stylesPatch.ts), xl/workbook.xml for
 * `fullCalcOnLoad`, xl/calcChain.xml without the changed cells — and every other zip entry is copied
 * byte for byte, in its order (./zipRewrite.ts): charts, drawings, VBA projects, external links, names,
 * protection, properties, shared strings and content types stay exactly as they were. A change set with
 * no cells returns the input's bytes. Refusals are `WorkbookError`s, thrown before anything is written.
 */
import { crc32 } from "node:zlib";
import { placeChange, type PlacedChange } from "../../changes";
import { WorkbookError } from "../../errors";
import type { CellChange } from "../../port";
import { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "../limits";
import { inflateEntry } from "../zip";
import { CellIndex } from "./cellIndex";
import { editSheet, type SheetEditResult } from "./sheetEdit";
import { StylesPatch } from "./stylesPatch";
import { readSheetParts, withFullCalcOnLoad, withoutChainCells, withoutElements } from "./workbookParts";
import { rewriteZip, ZipPackage } from "./zipRewrite";

const CALC_CHAIN = "xl/calcChain.xml";
const CALC_CHAIN_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain";

class PackageText {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  readonly changed = new Map<string, Uint8Array | null>();

  constructor(
    readonly pkg: ZipPackage,
    private readonly limits: XlsxLimits,
  ) {}

  text(name: string): string | null {
    const entry = this.pkg.entry(name);
    if (entry === undefined) return null;
    const bytes = inflateEntry(this.pkg.data, entry, this.limits.maxUncompressedBytes);
    if (bytes === null)
      throw new WorkbookError("workbook.uncompressedTooLarge", {
        size: `> ${this.limits.maxUncompressedBytes}`,
        limit: this.limits.maxUncompressedBytes,
      });
    try {
      return this.decoder.decode(bytes);
    } catch {
      throw new WorkbookError("workbook.malformedXml", { part: name });
    }
  }

  required(name: string): string {
    const text = this.text(name);
    if (text === null) throw new WorkbookError("workbook.notXlsx");
    return text;
  }

  set(name: string, text: string | null): void {
    this.changed.set(name, text === null ? null : new Uint8Array(Buffer.from(text, "utf8")));
  }
}

/** Each sheet's changes, each cell once: a later change of the same cell adds its fields to the earlier one's. */
function bySheet(cells: readonly CellChange[]): Map<string, CellIndex> {
  const sheets = new Map<string, PlacedChange[]>();
  for (const cell of cells) {
    const placed = placeChange(cell);
    const list = sheets.get(placed.sheet);
    if (list === undefined) sheets.set(placed.sheet, [placed]);
    else list.push(placed);
  }
  const merge = (earlier: PlacedChange, later: PlacedChange) => ({ ...earlier, ...later });
  return new Map([...sheets].map(([sheet, list]) => [sheet, new CellIndex(list, merge)]));
}

/** The package's bytes with `cells` written. */
export function writeCellChanges(
  data: Uint8Array,
  cells: readonly CellChange[],
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): Uint8Array {
  if (cells.length === 0) return data;
  const parts = new PackageText(new ZipPackage(data), limits);
  const workbookXml = parts.required("xl/workbook.xml");
  const sheetParts = readSheetParts(workbookXml, parts.required("xl/_rels/workbook.xml.rels"));
  const changes = bySheet(cells);
  let styles: StylesPatch | null = null;
  const styleFor = (current: number, format: string) => {
    styles ??= new StylesPatch(parts.required("xl/styles.xml"));
    return styles.styleFor(current, format);
  };
  const edited: { sheetId: string; result: SheetEditResult }[] = [];
  for (const [sheet, sheetChanges] of changes) {
    const target = sheetParts.find((candidate) => candidate.name === sheet);
    const xml = target === undefined ? null : parts.text(target.part);
    if (target === undefined || xml === null) throw new WorkbookError("workbook.sheetNotFound", { sheet });
    const result = editSheet(xml, target.part, sheetChanges, styleFor);
    if (result.xml !== xml) parts.set(target.part, result.xml);
    edited.push({ sheetId: target.sheetId, result });
  }
  const stylesXml = (styles as StylesPatch | null)?.result() ?? null;
  if (stylesXml !== null) parts.set("xl/styles.xml", stylesXml);
  if (edited.some(({ result }) => result.wroteContent)) {
    const fullCalc = withFullCalcOnLoad(workbookXml);
    if (fullCalc !== null) parts.set("xl/workbook.xml", fullCalc);
    dropFromChain(
      parts,
      () =>
        new Set(
          edited.flatMap(({ sheetId, result }) => result.written.map((address) => `${sheetId}!${address}`)),
        ),
    );
  }
  return parts.changed.size === 0 ? data : rewriteZip(parts.pkg, parts.changed);
}

/**
 * The written cells (`sheetId!A1`, listed only when there is a chain) leave the calculation chain; an
 * empty chain leaves the package.
 */
function dropFromChain(parts: PackageText, written: () => ReadonlySet<string>): void {
  const chain = parts.text(CALC_CHAIN);
  if (chain === null) return;
  const kept = withoutChainCells(chain, written());
  if (kept !== null) {
    if (kept !== chain) parts.set(CALC_CHAIN, kept);
    return;
  }
  parts.set(CALC_CHAIN, null);
  const rels = "xl/_rels/workbook.xml.rels";
  parts.set(
    rels,
    withoutElements(parts.required(rels), rels, (a) => a("Type") === CALC_CHAIN_TYPE),
  );
  const types = "[Content_Types].xml";
  parts.set(
    types,
    withoutElements(parts.required(types), types, (a) => a("PartName") === `/${CALC_CHAIN}`),
  );
}

/**
 * Throws unless `data` opens as the zip it should be: the directory reads, and every entry inflates
 * within the limits to the size and CRC-32 its directory record states.
 */
export function verifyPackage(data: Uint8Array, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): void {
  for (const entry of new ZipPackage(data).entries) {
    const bytes = inflateEntry(data, entry, limits.maxUncompressedBytes);
    if (bytes === null || bytes.length !== entry.uncompressedSize || crc32(bytes) !== entry.crc)
      throw new WorkbookError("workbook.corrupt", { reason: `zip entry ${entry.name}` });
  }
}
