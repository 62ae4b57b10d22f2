/**
 * The Office.js adapter of the workbook port. Each method is one `Excel.run` batch: reads load everything
 * and sync once; `apply` syncs once to read the before-state and once to write (more only when Excel on
 * the web's payload limit forces chunks). `run`, the settings store and the requirement check are
 * injectable, so the same code runs over the fake object model in tests and in the preview page.
 *
 * Undo history and add-in settings live in the document settings (`Office.context.document.settings`),
 * not in a custom XML part: they need no requirement set (custom XML parts need ExcelApi 1.5), are read
 * without a round trip, are written by one `saveAsync` outside the Excel batch, and are just as invisible
 * in the user's sheets. Their size limit (2 MB for all of them) is why the persisted history is bounded
 * in bytes (../undoHistory.ts), and why a refused save puts the setting back (`saveRollingBack`). The
 * reading of the tables (core/layout) is the exception: it must travel with the file to kpi-check, which
 * reads the package, so it is a custom XML part (./layoutPart.ts).
 */
import type { Grid } from "../../core/grid";
import type { ChangeSet, UndoReport, UndoToken, WorkbookPort } from "../port";
import { UndoHistory } from "../undoHistory";
import { applyChangeSet, undoChangeSet, type WriteOptions } from "./applyChanges";
import { DEFAULT_BUDGET, type ChunkBudget } from "./chunking";
import { officeFunctionNaming, officeRequirements, officeRunner, officeSettings } from "./environment";
import type { FunctionNaming } from "./functionNames";
import type { ExcelRunner, RequirementCheck, SettingsStore } from "./excelApi";
import { readSheet, type ReadOptions } from "./readSheet";
import { deleteLayoutPart, readLayoutPart, writeLayoutPart } from "./layoutPart";
import { syncNamingSheets } from "./sync";

export const UNDO_SETTING = "kpiAddin.undoHistory";
export const SETTINGS_SETTING = "kpiAddin.settings";

export interface OfficeWorkbookOptions {
  /** Defaults to `Excel.run`. */
  run?: ExcelRunner;
  /** Defaults to `Office.context.document.settings`. */
  settings?: SettingsStore;
  /** Defaults to `Office.context.requirements.isSetSupported`. */
  requirements?: RequirementCheck;
  /** Defaults to DEFAULT_BUDGET (below Excel on the web's limits). */
  budget?: ChunkBudget;
  /**
   * The display language and the add-in's localised function names, for formulas that call them
   * (./functionNames.ts). Defaults to `Office.context.displayLanguage` and no names known.
   */
  functions?: FunctionNaming;
}

export class OfficeWorkbook implements WorkbookPort {
  private readonly run: ExcelRunner;
  private readonly settings: SettingsStore;
  private readonly history: UndoHistory;
  private readonly readOptions: ReadOptions;
  private readonly writeOptions: WriteOptions;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.run = options.run ?? officeRunner;
    const settings = options.settings ?? officeSettings();
    this.settings = settings;
    const supports = options.requirements ?? officeRequirements;
    const budget = options.budget ?? DEFAULT_BUDGET;
    this.readOptions = { budget, mergedAreas: supports("ExcelApi", "1.13") };
    this.writeOptions = {
      budget,
      suspendCalculation: supports("ExcelApi", "1.6"),
      excelApi19: supports("ExcelApi", "1.9"),
      conditionalFormatLookup: supports("ExcelApi", "1.14"),
      functions: options.functions ?? officeFunctionNaming(),
    };
    this.history = new UndoHistory({
      load: async () => {
        const stored = settings.get(UNDO_SETTING);
        return typeof stored === "string" ? stored : null;
      },
      save: (serialized) => saveRollingBack(settings, UNDO_SETTING, serialized),
    });
  }

  listSheets(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  activeSheet(): Promise<string> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
  }

  readSheet(sheet: string): Promise<Grid> {
    return this.run((context) => readSheet(context, sheet, this.readOptions));
  }

  async apply(changes: ChangeSet): Promise<UndoToken> {
    const token = await this.run((context) => applyChangeSet(context, changes, this.writeOptions));
    await this.history.push(token);
    return token;
  }

  async undo(token: UndoToken): Promise<UndoReport> {
    const report = await this.run((context) => undoChangeSet(context, token, this.writeOptions));
    await this.history.remove(token.id);
    return report;
  }

  undoHistory(): Promise<UndoToken[]> {
    return this.history.list();
  }

  select(sheet: string, address: string): Promise<void> {
    return this.run(async (context) => {
      // select() does not bring another sheet forward: activate it first (fakeExcel/range.ts, select).
      const target = context.workbook.worksheets.getItem(sheet);
      target.activate();
      target.getRange(address).select();
      await syncNamingSheets(context, [sheet]);
    });
  }

  async loadSettings(): Promise<unknown | null> {
    const stored = this.settings.get(SETTINGS_SETTING);
    return stored === undefined ? null : stored;
  }

  saveSettings(settings: unknown): Promise<void> {
    return saveRollingBack(this.settings, SETTINGS_SETTING, settings);
  }

  selection(): Promise<{ sheet: string; address: string }> {
    return this.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address");
      await context.sync();
      return splitAddress(range.address);
    });
  }

  loadLayout(): Promise<string | null> {
    return this.run(readLayoutPart);
  }

  saveLayout(json: string): Promise<void> {
    return this.run((context) => writeLayoutPart(context, json));
  }

  removeLayout(): Promise<void> {
    return this.run(deleteLayoutPart);
  }
}

/**
 * Sets one document setting and saves; when `saveAsync` fails, the setting is put back as it was. The
 * settings object keeps what `set` gave it whatever the save's outcome, so without this one refused value
 * (an oversized history) would stay in memory and make every later save of any setting fail too.
 */
async function saveRollingBack(settings: SettingsStore, name: string, value: unknown): Promise<void> {
  const previous = settings.get(name);
  settings.set(name, value);
  try {
    await settings.save();
  } catch (error) {
    if (previous === undefined || previous === null) settings.remove(name);
    else settings.set(name, previous);
    throw error;
  }
}

/** `'My sheet'!A1:B2` → the sheet (quotes undone: `''` is one quote) and the address. */
export function splitAddress(qualified: string): { sheet: string; address: string } {
  const at = qualified.lastIndexOf("!");
  const sheet = qualified.slice(0, at);
  const unquoted =
    sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
  return { sheet: unquoted, address: qualified.slice(at + 1) };
}
