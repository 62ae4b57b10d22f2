/**
 * The .xlsx adapter of the workbook port, on ExcelJS: the same interface as the Office adapter over a
 * file held in memory. Load with `XlsxWorkbook.fromBuffer` (or `loadXlsxFile`), which inspects the raw
 * file against `XlsxLimits` before ExcelJS parses it; save with `toBuffer` (or `saveXlsxFile`).
 * Everything a change set does not name is preserved (styles, other sheets, defined names), as far as
 * ExcelJS round-trips it — which is not far enough for a user's file (charts, VBA, x14 extensions are
 * dropped): saving is for workbooks the project creates (templates); an edit of a user's file goes through
 * the surgical writer (./surgical). Undo history and settings live in a veryHidden sheet (./store.ts).
 */
import { readLayoutPart, withLayoutPart } from "./customXml";
import ExcelJS from "exceljs";
import type { Grid } from "../../core/grid";
import {
  assertMayOverwrite,
  cellsToSnapshot,
  newUndoToken,
  placeChanges,
  restoringChanges,
  type CellSnapshot,
  type PlacedChange,
} from "../changes";
import { WorkbookError } from "../errors";
import { formatTargets, mergedAwayCells } from "../formatSnapshot";
import type { ChangeSet, UndoReport, UndoToken, WorkbookPort } from "../port";
import { UndoHistory } from "../undoHistory";
import { readCell, restyle, writeContent } from "./cells";
import { addConditionalFormat, addValidation, applyLayout, applyStyle, removeAdded } from "./formatting";
import { restoreFormats, snapshotFormats, unmerge } from "./formatUndo";
import { assertExcelJsCanLoad, inspectXlsx } from "./guard";
import { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "./limits";
import { worksheetGrid } from "./worksheetGrid";
import { readStore, STORE_SHEET, writeStore } from "./store";

/**
 * ExcelJS reports malformed XML through its SAX parser's messages; a crash inside ExcelJS (a TypeError on
 * a part it does not expect) is content it cannot read, said without its JavaScript text; anything else
 * is a corrupt file.
 */
function loadError(error: unknown): WorkbookError {
  if (error instanceof TypeError || error instanceof RangeError)
    return new WorkbookError("workbook.unsupportedContent");
  const message = error instanceof Error ? error.message : String(error);
  if (
    /xml|sax|tag|attribute|entity|unclosed|unexpected|text data outside|non-whitespace|invalid character/i.test(
      message,
    )
  ) {
    return new WorkbookError("workbook.malformedXml", { part: message.split("\n")[0].slice(0, 120) });
  }
  return new WorkbookError("workbook.corrupt", { reason: message.split("\n")[0].slice(0, 120) });
}

/** ExcelJS 4.4 cannot write charts: they are left out and named in the token, not dropped silently. */
function skippedCharts(changes: ChangeSet): Pick<UndoToken, "skipped"> {
  const charts = changes.charts ?? [];
  return charts.length === 0
    ? {}
    : { skipped: charts.map((chart) => ({ sheet: chart.sheet, kind: "chart", ref: chart.source })) };
}

export class XlsxWorkbook implements WorkbookPort {
  private readonly history: UndoHistory;
  /**
   * The reading saved in the file's custom XML part (./customXml.ts): ExcelJS neither reads nor writes
   * custom XML parts, so it is read from the bytes on load and written into the bytes `toBuffer` returns.
   */
  private layout: string | null = null;

  private constructor(private readonly workbook: ExcelJS.Workbook) {
    this.history = new UndoHistory({
      load: async () => readStore(workbook, "undo"),
      save: async (serialized) => writeStore(workbook, "undo", serialized),
    });
  }

  /** Inspects the file (size, zip bomb, cell counts, encryption) and loads it; refusals are `WorkbookError`s. */
  static async fromBuffer(data: Uint8Array, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Promise<XlsxWorkbook> {
    assertExcelJsCanLoad(inspectXlsx(data, limits), limits);
    const workbook = new ExcelJS.Workbook();
    try {
      // ExcelJS declares its own `Buffer` (an ArrayBuffer); at runtime it takes a Node Buffer.
      await workbook.xlsx.load(
        Buffer.from(data.buffer, data.byteOffset, data.byteLength) as unknown as ArrayBuffer,
      );
    } catch (error) {
      throw loadError(error);
    }
    const loaded = new XlsxWorkbook(workbook);
    loaded.layout = readLayoutPart(data, limits);
    return loaded;
  }

  /** A new workbook with the given (empty) sheets, e.g. for templates. */
  static create(sheets: string[] = ["Sheet1"]): XlsxWorkbook {
    const workbook = new ExcelJS.Workbook();
    for (const name of sheets) workbook.addWorksheet(name);
    return new XlsxWorkbook(workbook);
  }

  async toBuffer(): Promise<Uint8Array> {
    const written = new Uint8Array(await this.workbook.xlsx.writeBuffer());
    return this.layout === null ? written : withLayoutPart(written, this.layout);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const sheet = name === STORE_SHEET ? undefined : this.workbook.getWorksheet(name);
    if (!sheet) throw new WorkbookError("workbook.sheetNotFound", { sheet: name });
    return sheet;
  }

  async listSheets(): Promise<string[]> {
    return this.workbook.worksheets.filter((sheet) => sheet.name !== STORE_SHEET).map((sheet) => sheet.name);
  }

  async activeSheet(): Promise<string> {
    const sheets = this.workbook.worksheets;
    const active = sheets[this.workbook.views?.[0]?.activeTab ?? 0];
    return active && active.name !== STORE_SHEET ? active.name : (await this.listSheets())[0];
  }

  async readSheet(sheet: string): Promise<Grid> {
    return worksheetGrid(this.sheet(sheet));
  }

  private snapshot(changes: PlacedChange[], newSheets: string[]): CellSnapshot[] {
    return cellsToSnapshot(changes, newSheets).map((change) => {
      const { value, formula, numberFormat } = readCell(this.sheet(change.sheet).getCell(change.address));
      assertMayOverwrite(change, formula);
      return { sheet: change.sheet, address: change.address, value, formula, numberFormat };
    });
  }

  private writeCells(changes: PlacedChange[]): void {
    for (const change of changes) {
      const cell = this.sheet(change.sheet).getCell(change.address);
      if (change.formula !== undefined || change.value !== undefined)
        writeContent(cell, change.value ?? null, change.formula ?? null);
      if (change.numberFormat !== undefined) restyle(cell, { numFmt: change.numberFormat });
    }
  }

  async apply(changes: ChangeSet): Promise<UndoToken> {
    const placed = placeChanges(changes);
    const newSheets = changes.newSheets ?? [];
    for (const name of newSheets) {
      if (this.workbook.getWorksheet(name)) throw new WorkbookError("workbook.sheetExists", { sheet: name });
    }
    // Everything is checked (sheets exist, formulas protected) before the first write.
    const targets = formatTargets(changes);
    const sheetOf = (name: string) => this.sheet(name);
    const token = {
      ...newUndoToken(changes, this.snapshot([...placed, ...mergedAwayCells(targets)], newSheets)),
      formats: snapshotFormats(sheetOf, targets),
      ...skippedCharts(changes),
    };
    for (const name of newSheets) this.workbook.addWorksheet(name);
    this.writeCells(placed);
    if (placed.some((change) => change.formula !== undefined))
      this.workbook.calcProperties.fullCalcOnLoad = true;
    for (const style of changes.styles ?? []) applyStyle(this.sheet(style.sheet), style);
    for (const rule of changes.conditionalFormats ?? [])
      addConditionalFormat(this.sheet(rule.sheet), rule, token.added);
    for (const rule of changes.validations ?? []) addValidation(this.sheet(rule.sheet), rule, token.added);
    for (const layout of changes.layouts ?? []) applyLayout(this.workbook, this.sheet(layout.sheet), layout);
    await this.history.push(token);
    return token;
  }

  /** The whole file is in memory and written at once, so nothing can be half undone: nothing to report. */
  async undo(token: UndoToken): Promise<UndoReport> {
    const sheetOf = (name: string) => this.sheet(name);
    const formats = token.formats ?? [];
    unmerge(sheetOf, formats);
    this.writeCells(restoringChanges(token));
    restoreFormats(sheetOf, formats);
    for (const item of token.added)
      if (!token.newSheets.includes(item.sheet)) removeAdded(this.sheet(item.sheet), item);
    for (const name of token.newSheets) {
      const sheet = this.workbook.getWorksheet(name);
      if (sheet) this.workbook.removeWorksheet(sheet.id);
    }
    await this.history.remove(token.id);
    return { notRestored: [] };
  }

  undoHistory(): Promise<UndoToken[]> {
    return this.history.list();
  }

  async select(sheet: string, address: string): Promise<void> {
    const target = this.sheet(sheet);
    const index = this.workbook.worksheets.indexOf(target);
    this.workbook.views = [{ ...(this.workbook.views?.[0] ?? {}), activeTab: index } as ExcelJS.WorkbookView];
    target.views = [{ ...(target.views?.[0] ?? {}), activeCell: address } as ExcelJS.WorksheetView];
  }

  async loadSettings(): Promise<unknown | null> {
    const stored = readStore(this.workbook, "settings");
    return stored === null ? null : (JSON.parse(stored) as unknown);
  }

  async saveSettings(settings: unknown): Promise<void> {
    writeStore(this.workbook, "settings", JSON.stringify(settings));
  }

  /** A file has no user selection: A1 of the first sheet. */
  async selection(): Promise<{ sheet: string; address: string }> {
    return { sheet: (await this.listSheets())[0] ?? "", address: "A1" };
  }

  async loadLayout(): Promise<string | null> {
    return this.layout;
  }

  async saveLayout(json: string): Promise<void> {
    this.layout = json;
  }

  async removeLayout(): Promise<void> {
    this.layout = null;
  }
}
