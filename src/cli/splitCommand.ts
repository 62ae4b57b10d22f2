/**
 * `kpi-check split MASTER.xlsx --by HEADER -o DIR [--force]`: one workbook per distinct value of the
 * column headed HEADER (core's `planSplit`), named after the value made safe for file names, written
 * through the safe write. A DIR that exists and is not empty is refused unless --force.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { message, planSplit } from "../core";
import { readXlsxBytes } from "../workbook/xlsx/fileBytes";
import { readGridsOfBytes } from "../workbook/xlsx/grids";
import { DEFAULT_XLSX_LIMITS } from "../workbook/xlsx/limits";
import { ensureFolder, writeFileSafely } from "../workbook/xlsx/safeWrite";
import { verifyPackage } from "../workbook/xlsx/surgical";
import type { SplitCommand } from "./args";
import { CliError } from "./failure";
import { detectTables } from "../core";

/** A value as a file name: no path separators, reserved or control characters, never empty or a dot name. */
export function safeFileName(value: string): string {
  const cleaned = value
    // eslint-disable-next-line no-control-regex -- control characters are what is replaced
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_")
    .trim()
    .replace(/^\.+/, "_");
  return cleaned === "" ? "_" : cleaned.slice(0, 120);
}

export async function runSplit(command: SplitCommand): Promise<string> {
  const entries = await readdir(command.output).catch(() => []);
  if (entries.length > 0 && !command.force)
    throw new CliError("cli.error.splitNotEmpty", { path: command.output });
  const bytes = await readXlsxBytes(command.master, DEFAULT_XLSX_LIMITS);
  const grids = await readGridsOfBytes(bytes, [], DEFAULT_XLSX_LIMITS);
  const plan = planSplit(detectTables(grids), grids, command.by);
  if (plan === null) throw new CliError("cli.error.splitNoColumn", { header: command.by });
  await ensureFolder(command.output);
  const { splitWorkbook } = await import("./splitBook");
  const lines: string[] = [];
  const names = new Set<string>();
  for (const part of plan.parts) {
    let name = safeFileName(part.value);
    for (let n = 2; names.has(name); n++) name = `${safeFileName(part.value)}_${n}`;
    names.add(name);
    const path = join(command.output, `${name}.xlsx`);
    const data = await splitWorkbook(bytes, plan, part);
    await writeFileSafely(path, data, { force: command.force, verify: (b) => verifyPackage(b) });
    lines.push(message("cli.split.written", command.lang, { path, indicators: part.blocks.length }));
  }
  return `${lines.join("\n")}\n`;
}
