/**
 * One workbook checked: every sheet (or the `--sheet`s) read as a grid, tables detected, every period
 * evaluated and every check run, all by core. Tables a reading names (`--layout`, else the reading saved
 * in the workbook) are read by it. Unreadable and hostile files are refused with a typed
 * `WorkbookError` before anything parses them. The grids come from the fast read-only reader (ExcelJS
 * only for files it leaves to ExcelJS); `--fix` keeps the file's bytes, which the surgical writer edits.
 */
import {
  checkModel,
  detectTables,
  detectWords,
  layoutOfModel,
  type CheckSettings,
  type Evaluation,
  type Finding,
  type KpiModel,
  type ModelLayout,
} from "../core";
import { layoutFor, type GivenLayout } from "./layout";
import { readXlsxBytes } from "../workbook/xlsx/fileBytes";
import { readGridsOfBytes } from "../workbook/xlsx/grids";
import { DEFAULT_XLSX_LIMITS } from "../workbook/xlsx/limits";

export type CheckPhase = "reading" | "checking";

export interface CheckedFile {
  readonly file: string;
  readonly model: KpiModel;
  readonly evaluations: readonly Evaluation[];
  readonly findings: readonly Finding[];
  /** With `--print-layout`: the reading of every table, as used. */
  readonly layout?: ModelLayout;
}

/** How tables are read: `--layout`'s reading (else the workbook's), and whether to print the readings. */
export interface ReadingOptions {
  readonly layout: GivenLayout | null;
  readonly print: boolean;
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

/**
 * The tables of a file's bytes, and with `--print-layout` the reading of each: the grids do not outlive
 * detection (the model holds what it needs).
 */
async function detectFile(
  data: Uint8Array,
  file: string,
  sheets: readonly string[],
  settings: CheckSettings,
  reading: ReadingOptions,
  onPhase: (phase: CheckPhase) => void,
): Promise<{ model: KpiModel; layout?: ModelLayout }> {
  const grids = await readGridsOfBytes(data, sheets, DEFAULT_XLSX_LIMITS);
  onPhase("checking");
  const layout = layoutFor(reading.layout, data, file, sheets, grids) ?? undefined;
  const words = detectWords(settings);
  const model = detectTables(grids, { words, layout });
  return reading.print ? { model, layout: layoutOfModel(model, grids, words) } : { model };
}

export async function checkFile(
  file: string,
  sheets: readonly string[],
  settings: CheckSettings,
  keepBytes: boolean,
  onPhase: (phase: CheckPhase) => void = () => undefined,
  reading: ReadingOptions = { layout: null, print: false },
): Promise<LoadedFile> {
  onPhase("reading");
  const data = await readXlsxBytes(file, DEFAULT_XLSX_LIMITS);
  const { model, layout } = await detectFile(data, file, sheets, settings, reading, onPhase);
  const { findings, evaluations } = checkModel(model, settings);
  const printed = layout === undefined ? {} : { layout };
  return { checked: { file, model, evaluations, findings, ...printed }, bytes: keepBytes ? data : null };
}
