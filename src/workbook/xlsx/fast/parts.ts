/**
 * The parts of an .xlsx the fast reader reads, by name, inflated one at a time when asked (through
 * ../zip.ts, bounded like the guard): whole, or in pieces for the parts the guard left unread (sheets),
 * which are never held whole; those count against what the guard left of the inflated-size limit. The package must look like one ExcelJS reads without surprises:
 * external links, encrypted or duplicate entries, names ExcelJS would match loosely, all send the file
 * to ExcelJS.
 */
import { WorkbookError } from "../../errors";
import type { XlsxLimits } from "../limits";
import {
  inflateEntry,
  inflateEntryChunks,
  InflatedTooLarge,
  readCentralDirectory,
  type ZipEntry,
} from "../zip";
import { unsupported } from "./xml";

export const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;
export const SHEET_RELS_PART = /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/;

/** ExcelJS's own (unanchored) tests of a part's name: matching one loosely means ExcelJS parses it. */
const EXCELJS_SHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const EXCELJS_SHEET_RELS = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/;
/**
 * Parts that send the file to ExcelJS. Drawings, charts, comments, notes' VML and tables are not among
 * them: they change no cell's value, formula or format, and ExcelJS fails on some that Excel opens
 * (openpyxl's default-namespace drawings), so a check reads past them.
 */
const NOT_READ_HERE = [/xl\/externalLinks\//];

function checkName(name: string): void {
  if (name.startsWith("/")) unsupported(`part ${name}`);
  if (EXCELJS_SHEET.test(name) && !SHEET_PART.test(name)) unsupported(`part ${name}`);
  if (EXCELJS_SHEET_RELS.test(name) && !SHEET_RELS_PART.test(name)) unsupported(`part ${name}`);
  if (NOT_READ_HERE.some((pattern) => pattern.test(name))) unsupported(`part ${name}`);
}

export class Parts {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });
  /** Inflated sizes of the parts read in pieces, by name. */
  private readonly streamed = new Map<string, number>();

  /**
   * `inflated`: parts the guard already inflated; each is let go once read. `guardInflated`: how many
   * bytes the guard inflated.
   */
  constructor(
    private readonly data: Uint8Array,
    private readonly limits: XlsxLimits,
    private readonly inflated: Map<string, Uint8Array>,
    private readonly guardInflated = 0,
  ) {
    for (const entry of readCentralDirectory(data)) {
      if (entry.name.endsWith("/")) continue;
      if (this.byName.has(entry.name) || (entry.flags & 1) !== 0) unsupported(`entry ${entry.name}`);
      checkName(entry.name);
      this.byName.set(entry.name, entry);
    }
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The part's text, or `null` when the package has no such part. */
  text(name: string): string | null {
    const entry = this.byName.get(name);
    if (!entry) return null;
    const bytes = this.inflated.get(name) ?? inflateEntry(this.data, entry, this.limits.maxUncompressedBytes);
    this.inflated.delete(name);
    if (bytes === null) return unsupported(`${name} too large`);
    try {
      return this.decoder.decode(bytes);
    } catch {
      return unsupported(`${name} is not UTF-8`);
    }
  }

  /**
   * The part's text in pieces as it inflates, from the start at each call. A part that inflates past
   * what is left of the limit is a `WorkbookError`, as in the guard.
   */
  async *textPieces(name: string): AsyncGenerator<string> {
    const entry = this.byName.get(name);
    if (!entry) return;
    const { maxUncompressedBytes } = this.limits;
    let left = maxUncompressedBytes - this.guardInflated;
    for (const [other, size] of this.streamed) if (other !== name) left -= size;
    const decoder = new TextDecoder("utf-8", { fatal: true });
    let size = 0;
    try {
      for await (const bytes of inflateEntryChunks(this.data, entry, left)) {
        size += bytes.length;
        for (let at = 0; at < bytes.length; at += PIECE_BYTES)
          yield decodePiece(decoder, name, bytes.subarray(at, at + PIECE_BYTES));
      }
    } catch (error) {
      if (!(error instanceof InflatedTooLarge)) throw error;
      const limit = maxUncompressedBytes;
      throw new WorkbookError("workbook.uncompressedTooLarge", { size: `> ${limit}`, limit });
    }
    yield decodePiece(decoder, name);
    this.streamed.set(name, size);
  }
}

/**
 * Bytes decoded at a time: a piece's text stays below V8's large-object size (128 KB), so that it dies
 * young instead of filling the old generation with pieces (a large object is only freed by a full GC).
 */
const PIECE_BYTES = 64 * 1024;

/** The next piece of a part's text (the rest, without `bytes`); `Unsupported` when it is not UTF-8. */
function decodePiece(decoder: TextDecoder, name: string, bytes?: Uint8Array): string {
  try {
    return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
  } catch {
    return unsupported(`${name} is not UTF-8`);
  }
}
