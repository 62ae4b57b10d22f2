/**
 * `--fix -o OUT`: where the fixed copies go, and writing one. With one input, OUT is the copy's path,
 * or a directory (existing, or written with a trailing `/`) that receives the copy under the input's
 * file name. With several inputs, OUT is always a directory and every copy keeps its input's file name;
 * two inputs with the same name are refused. Missing directories are created. No output may be an
 * input file (same path, same real path or same file): the inputs are never modified. An output that
 * already exists is refused unless `--force`, before anything is checked.
 *
 * The copy is the input's package with only the fixed cells rewritten (the surgical writer,
 * src/workbook/xlsx/surgical): no ExcelJS round trip, and no undo sheet inside — the untouched input is
 * the undo. It is written to a temporary file, flushed, read back and verified, then moved into place.
 */
import { realpath, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fixableFindings, fixesOf, type Finding } from "../core";
import { assertWritable, ensureFolder, writeFileSafely } from "../workbook/xlsx/safeWrite";
import { verifyPackage, writeCellChanges } from "../workbook/xlsx/surgical";
import { CliError } from "./failure";

async function statOf(path: string) {
  return stat(path).catch(() => null);
}

/** The real path of `path`, or of its folder joined with its name when it does not exist yet. */
async function realPathOf(path: string): Promise<string> {
  const direct = await realpath(path).catch(() => null);
  if (direct !== null) return direct;
  const folder = await realpath(dirname(path)).catch(() => dirname(resolve(path)));
  return join(folder, basename(path));
}

export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  if ((await realPathOf(a)) === (await realPathOf(b))) return true;
  const [x, y] = await Promise.all([statOf(a), statOf(b)]);
  return x !== null && y !== null && x.dev === y.dev && x.ino === y.ino;
}

/** The output path of every input, in input order; throws before anything is checked. */
export async function fixOutputPaths(
  files: readonly string[],
  output: string,
  force: boolean,
): Promise<string[]> {
  const existing = await statOf(output);
  const asDirectory = files.length > 1 || existing?.isDirectory() === true || /[\\/]$/.test(output);
  if (asDirectory && existing !== null && !existing.isDirectory())
    throw new CliError("cli.error.outputNotDirectory", { path: output });
  const folder = asDirectory ? output : dirname(output);
  await ensureFolder(folder);
  const outputs = asDirectory ? files.map((file) => join(output, basename(file))) : [output];
  const names = new Set<string>();
  for (const path of outputs) {
    if (names.has(resolve(path))) throw new CliError("cli.error.sameName", { name: basename(path) });
    names.add(resolve(path));
    for (const file of files)
      if (await isSameFile(path, file)) throw new CliError("cli.error.outputIsInput", { path });
    await assertWritable(path, force);
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

/** Writes the input's bytes with every fixable finding's cells changed at `path` (core's `fixesOf`: each cell once). */
export async function writeFixedCopy(
  input: Uint8Array,
  findings: readonly Finding[],
  path: string,
  force: boolean,
): Promise<FixResult> {
  const fixable = fixableFindings(findings);
  const cells = fixesOf(fixable);
  const fixed = writeCellChanges(input, cells);
  await writeFileSafely(path, fixed, { force, verify: (bytes) => verifyPackage(bytes) });
  return { path, findings: fixable.length, cells: cells.length };
}
