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
 * The check, and the loaded workbook for `--fix` (which applies the findings' fixes to it in memory).
 * Kept apart so that the caller can let go of the workbook, by far the largest object, before it
 * builds a report.
 */
export interface LoadedFile {
  readonly checked: CheckedFile;
  readonly workbook: XlsxWorkbook;
}

export async function checkFile(
  file: string,
  sheets: readonly string[],
  settings: CheckSettings,
  onPhase: (phase: CheckPhase) => void = () => undefined,
): Promise<LoadedFile> {
  onPhase("reading");
  const workbook = await loadXlsxFile(file);
  // A sheet named twice is read once: its tables would otherwise be reported twice.
  const names = sheets.length > 0 ? [...new Set(sheets)] : await workbook.listSheets();
  const grids = [];
  for (const name of names) grids.push(await workbook.readSheet(name));
  onPhase("checking");
  const model = detectTables(grids);
  const { findings, evaluations } = checkModel(model, settings);
  return { checked: { file, model, evaluations, findings }, workbook };
}
