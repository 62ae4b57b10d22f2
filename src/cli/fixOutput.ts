/**
 * `--fix -o OUT`: where the fixed copies go, and writing one. With one input, OUT is the copy's path,
 * or a directory (existing, or written with a trailing `/`) that receives the copy under the input's
 * file name. With several inputs, OUT is always a directory and every copy keeps its input's file name;
 * two inputs with the same name are refused. Missing directories are created. No output may be an
 * input file: the inputs are never modified.
 */
import { mkdir, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fixableFindings, fixesOf, message, type Finding, type Lang } from "../core";
import type { XlsxWorkbook } from "../workbook/xlsx/xlsxWorkbook";
import { CliError } from "./failure";

async function statOf(path: string) {
  return stat(path).catch(() => null);
}

async function isSameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [x, y] = await Promise.all([statOf(a), statOf(b)]);
  return x !== null && y !== null && x.dev === y.dev && x.ino === y.ino;
}

/** The output path of every input, in input order; throws `CliError` before anything is checked. */
export async function fixOutputPaths(files: readonly string[], output: string): Promise<string[]> {
  const existing = await statOf(output);
  const asDirectory = files.length > 1 || existing?.isDirectory() === true || /[\\/]$/.test(output);
  if (asDirectory && existing !== null && !existing.isDirectory())
    throw new CliError("cli.error.outputNotDirectory", { path: output });
  if (asDirectory && existing === null) await mkdir(output, { recursive: true });
  else if (!asDirectory) await mkdir(dirname(output), { recursive: true });
  const outputs = asDirectory ? files.map((file) => join(output, basename(file))) : [output];
  const names = new Set<string>();
  for (const path of outputs) {
    if (names.has(resolve(path))) throw new CliError("cli.error.sameName", { name: basename(path) });
    names.add(resolve(path));
    for (const file of files)
      if (await isSameFile(path, file)) throw new CliError("cli.error.outputIsInput", { path });
  }
  return outputs;
}

export interface FixResult {
  readonly path: string;
  /** Findings whose fixes were applied. */
  readonly findings: number;
  /** Cells written. */
  readonly cells: number;
}

/** Applies every fixable finding (core's `fixesOf`: each cell once) as one change set and saves it at `path`. */
export async function writeFixedCopy(
  workbook: XlsxWorkbook,
  findings: readonly Finding[],
  path: string,
  lang: Lang,
): Promise<FixResult> {
  const fixable = fixableFindings(findings);
  const cells = fixesOf(fixable);
  if (cells.length > 0) await workbook.apply({ label: message("ui.fix.label", lang), cells });
  // Loaded only when a copy is written: a check alone never loads ExcelJS.
  const { saveXlsxFile } = await import("../workbook/xlsx/files");
  await saveXlsxFile(workbook, path);
  return { path, findings: fixable.length, cells: cells.length };
}
