/**
 * One workbook checked: every sheet (or the `--sheet`s) read as a grid, tables detected, every period
 * evaluated and every check run, all by core. Unreadable and hostile files are refused with a typed
 * `WorkbookError` before anything parses them. A check alone reads the grids with the fast read-only
 * reader (ExcelJS only for files it leaves to ExcelJS); `--fix` loads the workbook through the .xlsx
 * adapter, which must write it.
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
import { readSheetGrids, readXlsxGrids } from "../workbook/xlsx/grids";
import type { XlsxWorkbook } from "../workbook/xlsx/xlsxWorkbook";

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

/** The grids, and the workbook only when kept: no reference to it outlives this function otherwise. */
async function load(
  file: string,
  sheets: readonly string[],
  keepWorkbook: boolean,
): Promise<{ grids: Grid[]; workbook: XlsxWorkbook | null }> {
  if (!keepWorkbook) return { grids: await readXlsxGrids(file, sheets), workbook: null };
  const { loadXlsxFile } = await import("../workbook/xlsx/files");
  const workbook = await loadXlsxFile(file);
  return { grids: await readSheetGrids(workbook, sheets), workbook };
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
  const model = detectTables(grids, { words: settings.words });
  const { findings, evaluations } = checkModel(model, settings);
  return { checked: { file, model, evaluations, findings }, workbook };
}
