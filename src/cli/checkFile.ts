/**
 * One workbook checked: every sheet (or the `--sheet`s) read as a grid, tables detected, every period
 * evaluated and every check run, all by core. Unreadable and hostile files are refused with a typed
 * `WorkbookError` before anything parses them. The grids come from the fast read-only reader (ExcelJS
 * only for files it leaves to ExcelJS); `--fix` keeps the file's bytes, which the surgical writer edits.
 */
import {
  checkModel,
  detectTables,
  type CheckSettings,
  type Evaluation,
  type Finding,
  type KpiModel,
} from "../core";
import { readXlsxBytes } from "../workbook/xlsx/fileBytes";
import { readGridsOfBytes } from "../workbook/xlsx/grids";
import { DEFAULT_XLSX_LIMITS } from "../workbook/xlsx/limits";

export type CheckPhase = "reading" | "checking";

export interface CheckedFile {
  readonly file: string;
  readonly model: KpiModel;
  readonly evaluations: readonly Evaluation[];
  readonly findings: readonly Finding[];
}

/** The check, and with `keepBytes` the file's bytes for `--fix` (the input is read once). */
export interface LoadedFile {
  readonly checked: CheckedFile;
  readonly bytes: Uint8Array | null;
}

/** A file's tables as core detects them, and its bytes. Throws a `WorkbookError` when it cannot be read. */
export async function readModel(file: string): Promise<{ model: KpiModel; bytes: Uint8Array }> {
  const bytes = await readXlsxBytes(file, DEFAULT_XLSX_LIMITS);
  const grids = await readGridsOfBytes(bytes, [], DEFAULT_XLSX_LIMITS);
  return { model: detectTables(grids), bytes };
}

/** The tables of a file's bytes: the grids do not outlive detection (the model holds what it needs). */
async function detectFile(
  data: Uint8Array,
  sheets: readonly string[],
  settings: CheckSettings,
  onPhase: (phase: CheckPhase) => void,
): Promise<KpiModel> {
  const grids = await readGridsOfBytes(data, sheets, DEFAULT_XLSX_LIMITS);
  onPhase("checking");
  return detectTables(grids, { words: settings.words });
}

export async function checkFile(
  file: string,
  sheets: readonly string[],
  settings: CheckSettings,
  keepBytes: boolean,
  onPhase: (phase: CheckPhase) => void = () => undefined,
): Promise<LoadedFile> {
  onPhase("reading");
  const data = await readXlsxBytes(file, DEFAULT_XLSX_LIMITS);
  const model = await detectFile(data, sheets, settings, onPhase);
  const { findings, evaluations } = checkModel(model, settings);
  return { checked: { file, model, evaluations, findings }, bytes: keepBytes ? data : null };
}
