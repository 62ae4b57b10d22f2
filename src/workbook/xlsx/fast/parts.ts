/**
 * The parts of an .xlsx the fast reader reads, by name, inflated one at a time when asked (through
 * ../zip.ts, bounded like the guard). The package must look like one ExcelJS reads without surprises:
 * external links, encrypted or duplicate entries, names ExcelJS would match loosely, all send the file
 * to ExcelJS.
 */
import type { XlsxLimits } from "../limits";
import { inflateEntry, readCentralDirectory, type ZipEntry } from "../zip";
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

  /** `inflated`: parts the guard already inflated; each is let go once read. */
  constructor(
    private readonly data: Uint8Array,
    private readonly limits: XlsxLimits,
    private readonly inflated: Map<string, Uint8Array>,
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
}
