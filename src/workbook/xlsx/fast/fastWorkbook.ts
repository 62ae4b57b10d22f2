/**
 * The fast read-only path from an .xlsx file to grids: the parts unzipped with ../zip.ts and parsed with
 * saxes, without building ExcelJS's workbook (for 10,000 indicators ExcelJS spends ~0.9 s and a large
 * heap on objects a check never needs). The grids are the ones ../worksheetGrid.ts reads through ExcelJS, cell
 * for cell. The file must already have passed the guard (../guard.ts), which may have left the sheet parts
 * to this reader (`readsSheets: false`): they are read in pieces as they inflate, under the same limits. Returns `null` whenever the file
 * holds anything this reader does not read with certainty as ExcelJS does, malformed XML included: the
 * caller then loads it with ExcelJS, which reads it or refuses it with its usual error.
 */
import type { Grid } from "../../../core/grid";
import type { XlsxLimits } from "../limits";
import { STORE_SHEET } from "../store";
import { Parts, SHEET_PART, SHEET_RELS_PART } from "./parts";
import { parseSharedStrings } from "./sharedStrings";
import { readSheetPieces } from "./sheetXml";
import { Styles } from "./styles";
import { readSheetEntries } from "./workbookXml";
import { parseXml, Unsupported } from "./xml";

export interface FastWorkbook {
  /** The sheets `listSheets` lists, in order (the add-in's hidden store sheet left out). */
  readonly sheets: readonly string[];
  /** Every sheet's grid by name, the store sheet's too. */
  readonly grids: ReadonlyMap<string, Grid>;
}

/** Parts ExcelJS parses only to keep: well-formed or the file goes to ExcelJS. */
const CHECKED_PARTS = ["_rels/.rels", "docProps/app.xml", "docProps/core.xml"];

async function read(parts: Parts, limits: XlsxLimits): Promise<FastWorkbook> {
  const workbookXml = parts.text("xl/workbook.xml") ?? "";
  const entries = readSheetEntries(workbookXml, parts.text("xl/_rels/workbook.xml.rels"));
  if (!entries.every((entry) => parts.has(entry.part))) throw new Unsupported("sheet part missing");
  for (const name of parts.names()) {
    if (CHECKED_PARTS.includes(name) || SHEET_RELS_PART.test(name)) parseXml(name, parts.text(name) ?? "");
  }
  const stylesXml = parts.text("xl/styles.xml");
  if (stylesXml === null) throw new Unsupported("no styles");
  const styles = Styles.parse(stylesXml);
  const sharedStringsXml = parts.text("xl/sharedStrings.xml");
  const sharedStrings = sharedStringsXml === null ? null : parseSharedStrings(sharedStringsXml);
  const names = new Map(entries.map((entry) => [entry.part, entry.name]));
  const grids = new Map<string, Grid>();
  // Every sheet part is read, listed or not, as ExcelJS reads them all: the same files fail.
  let cells = 0;
  for (const part of parts.names().filter((name) => SHEET_PART.test(name))) {
    const name = names.get(part) ?? part;
    const count = { before: cells, limits };
    const read = await readSheetPieces(
      name,
      part,
      () => parts.textPieces(part),
      count,
      styles,
      sharedStrings,
    );
    cells += read.cells;
    if (names.has(part)) grids.set(name, read.grid);
  }
  return { sheets: entries.map((entry) => entry.name).filter((name) => name !== STORE_SHEET), grids };
}

/**
 * `inflated`: parts the guard already inflated (see `inspectXlsx`), by name; `guardInflated`: how many
 * bytes it inflated in all.
 */
export async function readFastWorkbook(
  data: Uint8Array,
  limits: XlsxLimits,
  inflated = new Map<string, Uint8Array>(),
  guardInflated = 0,
): Promise<FastWorkbook | null> {
  try {
    return await read(new Parts(data, limits, inflated, guardInflated), limits);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}
