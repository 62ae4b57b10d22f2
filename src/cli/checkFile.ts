/**
 * One workbook checked: loaded once through the .xlsx adapter (which refuses unreadable and hostile
 * files with a typed `WorkbookError` before ExcelJS parses them), every sheet (or the `--sheet`s) read
 * as a grid, tables detected, every period evaluated and every check run, all by core.
 */
import {
  checkModel,
  detectTables,
  type CheckSettings,
  type Evaluation,
  type Finding,
  type Grid,
  type KpiModel,
} from "../core";
import { loadXlsxFile, type XlsxWorkbook } from "../workbook/xlsx";

export type CheckPhase = "reading" | "checking";

export interface CheckedFile {
  readonly file: string;
  readonly model: KpiModel;
  readonly evaluations: readonly Evaluation[];
  readonly findings: readonly Finding[];
}

/**
 * The check, and with `keepWorkbook` the loaded workbook for `--fix` (which applies the findings' fixes to
 * it in memory). Without, the workbook, by far the largest object, is let go as soon as its grids are
 * read, before tables are detected: less memory for the collector to walk while the checks run.
 */
export interface LoadedFile {
  readonly checked: CheckedFile;
  readonly workbook: XlsxWorkbook | null;
}

/** A sheet named twice is read once: its tables would otherwise be reported twice. */
async function readGrids(workbook: XlsxWorkbook, sheets: readonly string[]): Promise<Grid[]> {
  const names = sheets.length > 0 ? [...new Set(sheets)] : await workbook.listSheets();
  const grids = [];
  for (const name of names) grids.push(await workbook.readSheet(name));
  return grids;
}

/** The grids, and the workbook only when kept: no reference to it outlives this function otherwise. */
async function load(
  file: string,
  sheets: readonly string[],
  keepWorkbook: boolean,
): Promise<{ grids: Grid[]; workbook: XlsxWorkbook | null }> {
  const workbook = await loadXlsxFile(file);
  return { grids: await readGrids(workbook, sheets), workbook: keepWorkbook ? workbook : null };
}

export async function checkFile(
  file: string,
  sheets: readonly string[],
  settings: CheckSettings,
  keepWorkbook: boolean,
  onPhase: (phase: CheckPhase) => void = () => undefined,
): Promise<LoadedFile> {
  onPhase("reading");
  const { grids, workbook } = await load(file, sheets, keepWorkbook);
  onPhase("checking");
  const model = detectTables(grids);
  const { findings, evaluations } = checkModel(model, settings);
  return { checked: { file, model, evaluations, findings }, workbook };
}
