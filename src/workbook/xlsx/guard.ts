/**
 * Refuses files that are not .xlsx workbooks or would exhaust memory, before ExcelJS loads them:
 * file size; OLE/CFB containers (password-protected workbooks are encrypted inside one, as are legacy
 * .xls files); zips without a workbook; the real inflated size of every part (not the size the zip
 * claims); the shared-strings size; each sheet's <dimension> claim and the cells actually present.
 * Time and memory are bounded by the limits: at most `maxUncompressedBytes` are ever inflated, one part
 * at a time (a caller that keeps the parts it is handed holds them all).
 */
import { WorkbookError } from "../errors";
import type { XlsxLimits } from "./limits";
import { inflateEntry, readCentralDirectory, type ZipEntry } from "./zip";

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const SHARED_STRINGS = "xl/sharedStrings.xml";

function startsWith(data: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => data[i] === byte);
}

/** An encrypted OOXML package is a CFB file holding an "EncryptionInfo" stream (its name is UTF-16LE). */
function isEncryptedPackage(data: Uint8Array): boolean {
  const name = Array.from("EncryptionInfo").flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let at = 0; at + name.length <= Math.min(data.length, 1 << 20); at++) {
    for (let i = 0; i < name.length; i++) if (data[at + i] !== name[i]) continue outer;
    return true;
  }
  return false;
}

/** Sheet part → sheet name, from xl/workbook.xml and its relationships (for messages only). */
function sheetNames(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name && part) names.set(part, name);
  }
  return names;
}

const REF = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/;

/** Cells a <dimension ref="A1:XFD1048576"/> claims, or 0 without one. */
function claimedCells(head: string): number {
  return cellsInRef(/<dimension\b[^>]*\bref="([^"]*)"/.exec(head)?.[1] ?? "");
}

/** Cells a range reference ("A1:XFD1048576", "B2") covers; 0 when it is not one. */
export function cellsInRef(text: string): number {
  const ref = REF.exec(text);
  if (!ref) return 0;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const rows = ref[4] ? Math.abs(Number(ref[4]) - Number(ref[2])) + 1 : 1;
  const cols = ref[3] ? Math.abs(col(ref[3]) - col(ref[1])) + 1 : 1;
  return rows * cols;
}

/** `<c ` / `<c>` / `<c/>` start tags: the cells a sheet part actually holds. */
function countCells(xml: Uint8Array): number {
  let count = 0;
  for (let i = 0; i + 2 < xml.length; i++) {
    if (xml[i] === 0x3c && xml[i + 1] === 0x63) {
      const next = xml[i + 2];
      if (next === 0x20 || next === 0x3e || next === 0x2f) count++;
    }
  }
  return count;
}

const MERGE_CELL = Buffer.from("<mergeCell ");

/** Cells the `<mergeCell ref>`s of a sheet part cover, counted from their refs (never materialised). */
function mergedCells(xml: Uint8Array): number {
  const bytes = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  let total = 0;
  for (let at = bytes.indexOf(MERGE_CELL); at >= 0; at = bytes.indexOf(MERGE_CELL, at + 1)) {
    const tag = bytes.toString("latin1", at, Math.min(bytes.length, at + 80));
    total += claimedCells(tag.replace("<mergeCell ", "<dimension "));
  }
  return total;
}

function firstNonSpace(xml: Uint8Array): number {
  let i = xml[0] === 0xef && xml[1] === 0xbb && xml[2] === 0xbf ? 3 : 0;
  while (i < xml.length && (xml[i] === 0x20 || xml[i] === 0x0a || xml[i] === 0x0d || xml[i] === 0x09)) i++;
  return xml[i];
}

/** The refusal of a sheet with more cells than the limit. */
export function tooManyCells(sheet: string, cells: number | string, limits: XlsxLimits): WorkbookError {
  return new WorkbookError("workbook.tooManyCells", { sheet, cells, limit: limits.maxCells });
}

/**
 * What the guard counted: the cells present and the cells merges cover, over the sheets it read, and the
 * bytes it inflated.
 */
export interface PackageCounts {
  readonly cells: number;
  readonly mergedCells: number;
  readonly inflatedBytes: number;
}

/** Sheet parts as the guard finds them. */
export const SHEET_PARTS = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * Throws a `WorkbookError` for a file that must not be loaded. `onXmlPart` is handed each XML part it
 * inflated and accepted (except xl/workbook.xml and its relationships), so that a reader need not inflate
 * it again. With `readsSheets: false` the sheet parts are neither inflated nor counted here: the caller
 * reads them in pieces and applies the same limits (the fast reader, ./fast/sheetXml.ts).
 */
export function inspectXlsx(
  data: Uint8Array,
  limits: XlsxLimits,
  onXmlPart: (name: string, bytes: Uint8Array) => void = () => undefined,
  { readsSheets = true }: { readsSheets?: boolean } = {},
): PackageCounts {
  if (data.length > limits.maxFileBytes) {
    throw new WorkbookError("workbook.fileTooLarge", { size: data.length, limit: limits.maxFileBytes });
  }
  if (startsWith(data, CFB_SIGNATURE)) {
    throw new WorkbookError(isEncryptedPackage(data) ? "workbook.passwordProtected" : "workbook.notXlsx");
  }
  if (!startsWith(data, ZIP_SIGNATURE)) throw new WorkbookError("workbook.notXlsx");
  const entries = readCentralDirectory(data);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  if (!byName.has("[Content_Types].xml") || !byName.has("xl/workbook.xml"))
    throw new WorkbookError("workbook.notXlsx");
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > limits.maxUncompressedBytes) {
    throw new WorkbookError("workbook.uncompressedTooLarge", {
      size: declared,
      limit: limits.maxUncompressedBytes,
    });
  }

  let inflated = 0;
  let cells = 0;
  let merged = 0;
  const inflate = (entry: ZipEntry): Uint8Array => {
    const sharedStrings = entry.name === SHARED_STRINGS;
    const bound = Math.min(
      limits.maxUncompressedBytes - inflated,
      sharedStrings ? limits.maxSharedStringsBytes : Infinity,
    );
    const bytes = inflateEntry(data, entry, bound);
    if (bytes === null && sharedStrings && bound === limits.maxSharedStringsBytes) {
      throw new WorkbookError("workbook.sharedStringsTooLarge", {
        size: `> ${bound}`,
        limit: limits.maxSharedStringsBytes,
      });
    }
    if (bytes === null) {
      throw new WorkbookError("workbook.uncompressedTooLarge", {
        size: `> ${limits.maxUncompressedBytes}`,
        limit: limits.maxUncompressedBytes,
      });
    }
    inflated += bytes.length;
    return bytes;
  };
  const decode = (name: string) => {
    const entry = byName.get(name);
    return entry ? new TextDecoder().decode(inflate(entry)) : "";
  };
  const names = sheetNames(decode("xl/workbook.xml"), decode("xl/_rels/workbook.xml.rels"));
  for (const entry of entries) {
    if (
      entry.name === "xl/workbook.xml" ||
      entry.name === "xl/_rels/workbook.xml.rels" ||
      entry.name.endsWith("/") ||
      (!readsSheets && SHEET_PARTS.test(entry.name))
    )
      continue;
    const bytes = inflate(entry);
    const isXml = /\.(xml|rels)$/.test(entry.name);
    if (isXml && bytes.length > 0 && firstNonSpace(bytes) !== 0x3c)
      throw new WorkbookError("workbook.malformedXml", { part: entry.name });
    if (isXml) onXmlPart(entry.name, bytes);
    if (!SHEET_PARTS.test(entry.name)) continue;
    const sheet = names.get(entry.name) ?? entry.name;
    const claim = claimedCells(new TextDecoder().decode(bytes.subarray(0, 4096)));
    const present = countCells(bytes);
    for (const count of [claim, cells + present]) {
      if (count > limits.maxCells) throw tooManyCells(sheet, count, limits);
    }
    cells += present;
    merged += mergedCells(bytes);
  }
  return { cells, mergedCells: merged, inflatedBytes: inflated };
}

/**
 * ExcelJS, the last-resort reader, creates an object for every cell a merge covers: it is given a file
 * only within `maxExcelJsCells`, counted both ways.
 */
export function assertExcelJsCanLoad(counts: PackageCounts, limits: XlsxLimits): void {
  const cells = Math.max(counts.cells, counts.mergedCells);
  if (cells > limits.maxExcelJsCells)
    throw new WorkbookError(
      counts.mergedCells > counts.cells ? "workbook.mergesTooLarge" : "workbook.tooManyCellsToLoad",
      {
        cells,
        limit: limits.maxExcelJsCells,
      },
    );
}
